import { A, useNavigate, useParams, useSearchParams } from "@solidjs/router";
import { createMemo, createSignal, type JSX, Match, Show, Switch } from "solid-js";
import { canManageIntegrations, canMap } from "../api/auth.ts";
import { connectSpamTitan, finishIntegration } from "../api/integrations.ts";
import type { SpamTitanCredentials } from "../api/types.ts";
import { useCurrentUser } from "../auth/session.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { StateMessage } from "../components/state-message.tsx";
import { StepIndicator } from "../components/step-indicator.tsx";
import { describeVendor } from "../lib/vendors.ts";
import { MappingBoard } from "../mapping/mapping-board.tsx";
import { createAccountMappingSource, createServiceMappingSource } from "../mapping/mapping-source.ts";
import { CredentialsStep } from "../wizard/credentials-step.tsx";
import { ModuleStep } from "../wizard/module-step.tsx";
import { resolveStep, type WizardStep, wizardStepLabels, wizardSteps } from "../wizard/resolve-step.ts";
import { ReviewStep } from "../wizard/review-step.tsx";
import { SetupCompleteDialog } from "../wizard/setup-complete-dialog.tsx";

/**
 * Connect SpamTitan: (1) module → Continue, (2) API URL + key → Authenticate → Next (connects),
 * (3) Map accounts → Next, (4) Map services → Next, (5) Review → Finish → the setup-complete pop-up.
 * The step and the integration id live in the URL, so a reload resumes the mapping.
 */
export function ConnectWizardPage(): JSX.Element {
  const user = useCurrentUser();
  const params = useParams<{ vendor: string }>();
  const [search, setSearch] = useSearchParams<{ step?: string; integration?: string }>();
  const navigate = useNavigate();
  const vendorName = () => (params.vendor === "spamtitan" ? "SpamTitan" : params.vendor);
  const step = createMemo(() => resolveStep(search.step, search.integration));
  const stepIndex = () => wizardSteps.indexOf(step());
  const go = (next: WizardStep, integration = search.integration): void =>
    setSearch({ step: next, integration }, { replace: false });

  const [connecting, setConnecting] = createSignal(false);
  const [connectError, setConnectError] = createSignal<unknown>(null);
  const [finishing, setFinishing] = createSignal(false);
  const [finishError, setFinishError] = createSignal<unknown>(null);
  const [finished, setFinished] = createSignal<{ syncRunId: string | null } | null>(null);

  const connect = async (credentials: SpamTitanCredentials): Promise<void> => {
    setConnecting(true);
    setConnectError(null);
    try {
      const integration = await connectSpamTitan({ module: "billing", ...credentials });
      go("accounts", integration.id);
    } catch (error) {
      setConnectError(error);
    } finally {
      setConnecting(false);
    }
  };

  const finish = async (): Promise<void> => {
    const id = search.integration;
    if (!id) return;
    setFinishing(true);
    setFinishError(null);
    try {
      setFinished(await finishIntegration(id));
    } catch (error) {
      setFinishError(error);
    } finally {
      setFinishing(false);
    }
  };

  const accountSource = createMemo(() =>
    search.integration ? createAccountMappingSource(search.integration, vendorName()) : null,
  );
  const serviceSource = createMemo(() =>
    search.integration ? createServiceMappingSource(search.integration, vendorName()) : null,
  );

  return (
    <div class="page page-wide wizard">
      <PageHeader
        eyebrow={<A href="/integrations">Integrations</A>}
        title={`Connect ${vendorName()}`}
        description={`Connect ${vendorName()} to Tally in five steps. You can change the mapping later from Configure.`}
      />
      <Show
        when={params.vendor === "spamtitan" && canManageIntegrations(user().role)}
        fallback={
          <div class="panel">
            <StateMessage
              icon="ban"
              title={
                params.vendor === "spamtitan"
                  ? "Only an owner or admin can connect integrations"
                  : "Unknown integration"
              }
              actions={
                <A class="btn" href="/integrations">
                  Back to Integrations
                </A>
              }
            >
              {params.vendor === "spamtitan"
                ? "Ask an owner or admin of your organization to connect SpamTitan."
                : "Tally cannot connect this vendor."}
            </StateMessage>
          </div>
        }
      >
        <StepIndicator steps={wizardStepLabels} current={stepIndex()} />
        <Switch>
          <Match when={step() === "module"}>
            <ModuleStep
              vendorName={vendorName()}
              onCancel={() => navigate("/integrations")}
              onContinue={() => go("credentials")}
            />
          </Match>
          <Match when={step() === "credentials"}>
            <CredentialsStep
              vendorName={vendorName()}
              helpPath={describeVendor(params.vendor).helpGenerateKey}
              connecting={connecting()}
              connectError={connectError()}
              onBack={() => go("module")}
              onNext={(credentials) => void connect(credentials)}
            />
          </Match>
          <Match when={step() === "accounts" && accountSource()}>
            {(source) => (
              <div class="wizard-mapping">
                <MappingBoard source={source()} readOnly={!canMap(user().role)} />
                <div class="wizard-actions">
                  <p class="hint">Exact-name matches were auto-mapped. Unmapped groups can be mapped later.</p>
                  <button type="button" class="btn btn-primary" onClick={() => go("services")}>
                    Next
                  </button>
                </div>
              </div>
            )}
          </Match>
          <Match when={step() === "services" && serviceSource()}>
            {(source) => (
              <div class="wizard-mapping">
                <MappingBoard source={source()} readOnly={!canMap(user().role)} />
                <div class="wizard-actions">
                  <button type="button" class="btn" onClick={() => go("accounts")}>
                    Back
                  </button>
                  <button type="button" class="btn btn-primary" onClick={() => go("review")}>
                    Next
                  </button>
                </div>
              </div>
            )}
          </Match>
          <Match when={step() === "review" && search.integration}>
            {(id) => (
              <ReviewStep
                integrationId={id()}
                vendorName={vendorName()}
                finishing={finishing()}
                finishError={finishError()}
                canFinish={finished() === null}
                onBack={() => go("services")}
                onMapServices={() => go("services")}
                onFinish={() => void finish()}
              />
            )}
          </Match>
        </Switch>
        <Show when={finished() && search.integration}>
          {(id) => (
            <SetupCompleteDialog
              vendorName={vendorName()}
              integrationId={id()}
              syncRunId={finished()?.syncRunId ?? null}
              onClose={() => navigate("/integrations")}
            />
          )}
        </Show>
      </Show>
    </div>
  );
}
