import { createResource, type JSX, Match, Show, Switch } from "solid-js";
import { getIntegration } from "../api/integrations.ts";
import { listVendorServices } from "../api/vendor-services.ts";
import { Icon } from "../components/icon.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { LoadingState } from "../components/state-message.tsx";
import { formatCount, formatPlural } from "../lib/format.ts";

/** Step 5: what was mapped, excluded and left unmapped, and what the first sync will read — then Finish. */
export function ReviewStep(props: {
  integrationId: string;
  vendorName: string;
  finishing: boolean;
  finishError: unknown;
  canFinish: boolean;
  onBack: () => void;
  onMapServices: () => void;
  onFinish: () => void;
}): JSX.Element {
  const [data, { refetch }] = createResource(
    () => props.integrationId,
    async (id) => {
      const [integration, services] = await Promise.all([getIntegration(id), listVendorServices(id)]);
      return {
        integration,
        servicesMapped: services.filter((service) => service.status === "mapped").length,
        servicesTotal: services.length,
      };
    },
  );
  return (
    <div class="panel wizard-panel">
      <div class="panel-body">
        <h2>Review</h2>
        <p class="muted wizard-lead">Check the mapping, then press Finish to start the first sync.</p>
        <Switch>
          <Match when={data.error}>
            <ProblemAlert error={data.error} context="Loading the review" onRetry={() => void refetch()} />
          </Match>
          <Match when={data.loading}>
            <LoadingState label="Counting mappings…" compact />
          </Match>
          <Match when={data()}>
            {(review) => {
              const counts = () => review().integration.counts;
              return (
                <div class="review">
                  <h3 class="review-heading">Mapping</h3>
                  <div class="stat-row">
                    <div class="stat">
                      <div class="stat-label">Mapped</div>
                      <div class="stat-value" data-testid="review-mapped">
                        {formatCount(counts().mapped)}
                      </div>
                    </div>
                    <div class="stat">
                      <div class="stat-label">Excluded</div>
                      <div class="stat-value" data-testid="review-excluded">
                        {formatCount(counts().excluded)}
                      </div>
                    </div>
                    <div class="stat">
                      <div class="stat-label">Unmapped</div>
                      <div class="stat-value" data-testid="review-unmapped">
                        {formatCount(counts().unmapped)}
                      </div>
                    </div>
                    <div class="stat">
                      <div class="stat-label">Services mapped</div>
                      <div class="stat-value">
                        {formatCount(review().servicesMapped)}
                        <span class="stat-of"> of {formatCount(review().servicesTotal)}</span>
                      </div>
                    </div>
                  </div>
                  <div class="alert alert-info">
                    <span class="alert-icon">
                      <Icon name="info" />
                    </span>
                    <div class="alert-body">
                      <p class="alert-title">What will sync</p>
                      <p>
                        Tally reads {props.vendorName}'s Licensing Stats for the{" "}
                        {formatPlural(counts().mapped, "mapped domain group", "mapped domain groups")} over the past 30
                        days and uses each group's maximum as its quantity. Excluded groups produce no cards.
                      </p>
                      <Show when={counts().unmapped > 0}>
                        <p>
                          {formatPlural(counts().unmapped, "domain group stays", "domain groups stay")} unmapped; you
                          can map them later from Configure.
                        </p>
                      </Show>
                    </div>
                  </div>
                  <Show when={review().servicesMapped === 0}>
                    <div class="alert alert-warning" role="alert">
                      <span class="alert-icon">
                        <Icon name="alert" />
                      </span>
                      <div class="alert-body">
                        <p class="alert-title">No service is mapped</p>
                        <p>
                          Without a service, usage cannot be compared with contract lines.{" "}
                          <button type="button" class="link-button" onClick={() => props.onMapServices()}>
                            Map services
                          </button>
                        </p>
                      </div>
                    </div>
                  </Show>
                </div>
              );
            }}
          </Match>
        </Switch>
        <Show when={props.finishError}>
          <div class="review-error">
            <ProblemAlert error={props.finishError} context="Finishing the setup" />
          </div>
        </Show>
      </div>
      <div class="panel-footer">
        <button type="button" class="btn" onClick={() => props.onBack()}>
          Back
        </button>
        <button
          type="button"
          class="btn btn-primary"
          disabled={props.finishing || !props.canFinish || !data()}
          onClick={() => props.onFinish()}
        >
          <Show when={props.finishing}>
            <span class="spinner" aria-hidden="true" />
          </Show>
          {props.finishing ? "Finishing…" : "Finish"}
        </button>
      </div>
    </div>
  );
}
