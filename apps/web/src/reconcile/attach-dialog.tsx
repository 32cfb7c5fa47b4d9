import { createResource, createSignal, For, type JSX, Match, Switch } from "solid-js";
import { listContracts } from "../api/contracts.ts";
import type { ReconciliationCard } from "../api/types.ts";
import { Dialog } from "../components/dialog.tsx";
import { DialogFormFooter } from "../components/dialog-form-footer.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { LoadingState } from "../components/state-message.tsx";
import { formatQuantity } from "./format-delta.ts";

/** Attach: turn new revenue into a contract line on one of the account's contracts. */
export function AttachDialog(props: {
  card: ReconciliationCard;
  onSubmit: (contractId: string) => Promise<void>;
  onClose: () => void;
}): JSX.Element {
  const [contracts, { refetch }] = createResource(() => props.card.accountId, listContracts);
  const [choice, setChoice] = createSignal("");
  const [error, setError] = createSignal<unknown>(null);
  const [busy, setBusy] = createSignal(false);
  const chosen = () => choice() || contracts()?.[0]?.id || "";

  const submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (chosen() === "") return;
    setBusy(true);
    setError(null);
    try {
      await props.onSubmit(chosen());
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title="Attach to a contract"
      description={
        <>
          Adds a {props.card.serviceName} line of {formatQuantity(props.card.vendorQuantity)} to a contract of{" "}
          {props.card.accountName}.
        </>
      }
      onClose={props.onClose}
      dismissible={!busy()}
    >
      <form onSubmit={(event) => void submit(event)}>
        <Switch>
          <Match when={contracts.error}>
            <ProblemAlert error={contracts.error} context="Loading the account's contracts" onRetry={refetch} />
          </Match>
          <Match when={contracts.loading}>
            <LoadingState label="Loading contracts…" compact />
          </Match>
          <Match when={contracts()?.length === 0}>
            <p class="alert alert-warning">
              {props.card.accountName} has no contract yet. Create one under Contracts, then attach.
            </p>
          </Match>
          <Match when={contracts()}>
            {(list) => (
              <fieldset class="choice-list">
                <legend class="label">Contract</legend>
                <For each={list()}>
                  {(contract) => (
                    <label class="choice-row">
                      <input
                        type="radio"
                        name="attach-contract"
                        value={contract.id}
                        checked={chosen() === contract.id}
                        onChange={() => setChoice(contract.id)}
                      />
                      <span>
                        {contract.name} <span class="muted">· {contract.status}</span>
                      </span>
                    </label>
                  )}
                </For>
              </fieldset>
            )}
          </Match>
        </Switch>
        <DialogFormFooter
          error={error()}
          errorContext="Attaching the card"
          busy={busy()}
          submitLabel="Attach"
          submitDisabled={chosen() === ""}
          onCancel={props.onClose}
        />
      </form>
    </Dialog>
  );
}
