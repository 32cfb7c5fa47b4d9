import { createSignal, type JSX, Show } from "solid-js";
import { updateIntegration } from "../api/integrations.ts";
import type { Integration } from "../api/types.ts";
import { Dialog } from "../components/dialog.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";

/** Rotate key: a new API key (and optionally URL), re-authenticated by the API before it replaces the old one. */
export function RotateKeyDialog(props: {
  integration: Integration;
  onClose: () => void;
  onRotated: (integration: Integration) => void;
}): JSX.Element {
  const [apiKey, setApiKey] = createSignal("");
  const [apiUrl, setApiUrl] = createSignal(props.integration.apiUrl ?? "");
  const [pending, setPending] = createSignal(false);
  const [error, setError] = createSignal<unknown>(null);
  const [missing, setMissing] = createSignal(false);

  const submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (apiKey().trim() === "") {
      setMissing(true);
      return;
    }
    setPending(true);
    setError(null);
    try {
      const change = {
        apiKey: apiKey().trim(),
        ...(apiUrl().trim() !== (props.integration.apiUrl ?? "") ? { apiUrl: apiUrl().trim() } : {}),
      };
      props.onRotated(await updateIntegration(props.integration.id, change));
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog
      title="Rotate API key"
      description={`Paste a new key from ${props.integration.name}. Tally checks it before replacing the current one.`}
      onClose={props.onClose}
      dismissible={!pending()}
    >
      <form id="rotate-key-form" onSubmit={(event) => void submit(event)} noValidate>
        <div class="field">
          <label class="label" for="rotate-api-url">
            API URL
          </label>
          <input
            id="rotate-api-url"
            class="input"
            type="url"
            value={apiUrl()}
            onInput={(event) => setApiUrl(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label class="label" for="rotate-api-key">
            New API key
          </label>
          <input
            id="rotate-api-key"
            class="input mono"
            type="password"
            autocomplete="off"
            value={apiKey()}
            onInput={(event) => {
              setApiKey(event.currentTarget.value);
              setMissing(false);
            }}
            aria-invalid={missing() ? "true" : undefined}
            aria-describedby={missing() ? "rotate-api-key-error" : undefined}
          />
          <Show when={missing()}>
            <p id="rotate-api-key-error" class="field-error">
              Enter the new API key.
            </p>
          </Show>
        </div>
      </form>
      <Show when={error()}>
        <ProblemAlert error={error()} context="Rotating the key" />
      </Show>
      <div class="dialog-inline-footer">
        <button type="button" class="btn" onClick={() => props.onClose()} disabled={pending()}>
          Cancel
        </button>
        <button type="submit" form="rotate-key-form" class="btn btn-primary" disabled={pending()}>
          <Show when={pending()}>
            <span class="spinner" aria-hidden="true" />
          </Show>
          {pending() ? "Authenticating…" : "Authenticate and save"}
        </button>
      </div>
    </Dialog>
  );
}
