import { createResource, createSignal, For, type JSX, Show } from "solid-js";
import { createApiToken, listApiTokens, revokeApiToken } from "../api/tokens.ts";
import type { ApiToken, CreatedApiToken } from "../api/types.ts";
import { ConfirmDialog } from "../components/confirm-dialog.tsx";
import { Dialog } from "../components/dialog.tsx";
import { ListStates } from "../components/list-states.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import type { FieldErrors } from "../directory/field-errors.ts";
import { FormDialog } from "../directory/form-dialog.tsx";
import { TextField } from "../directory/text-field.tsx";
import { formatDateTime } from "../lib/format.ts";

function NewTokenDialog(props: { onCreated: (token: CreatedApiToken) => void; onClose: () => void }): JSX.Element {
  const [name, setName] = createSignal("");
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const submit = async (): Promise<FieldErrors | undefined> => {
    if (name().trim() === "") return { name: "Name the token after what uses it, e.g. “PSA sync script”." };
    props.onCreated(await createApiToken(name().trim()));
    return undefined;
  };
  return (
    <FormDialog
      title="Create API token"
      description="A token acts as you, with your role. Send it as Authorization: Bearer <token>."
      submitLabel="Create token"
      onClose={props.onClose}
      submit={submit}
      setErrors={setErrors}
    >
      <TextField id="token-name" label="Name" required value={name()} onInput={setName} error={errors().name} />
    </FormDialog>
  );
}

function ShowOnceDialog(props: { token: CreatedApiToken; onClose: () => void }): JSX.Element {
  const [copied, setCopied] = createSignal(false);
  let field: HTMLInputElement | undefined;
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(props.token.token);
      setCopied(true);
    } catch {
      field?.select();
    }
  };
  return (
    <Dialog
      title="Copy your new token"
      description="This is the only time it is shown. Store it somewhere safe now."
      onClose={props.onClose}
      initialFocus={() => field}
    >
      <div class="field">
        <label class="label" for="new-token">
          {props.token.name}
        </label>
        <div class="token-copy">
          <input
            ref={field}
            id="new-token"
            class="input mono"
            readOnly
            value={props.token.token}
            onFocus={(event) => event.currentTarget.select()}
          />
          <button type="button" class="btn" onClick={() => void copy()}>
            {copied() ? "Copied" : "Copy"}
          </button>
        </div>
        <p class="hint" role="status">
          {copied() ? "Copied to the clipboard." : ""}
        </p>
      </div>
      <div class="dialog-inline-footer">
        <button type="button" class="btn btn-primary" onClick={props.onClose}>
          Done
        </button>
      </div>
    </Dialog>
  );
}

/** Settings → API tokens: the signed-in user's tokens; create (shown once, with copy) and revoke. */
export function TokensSection(): JSX.Element {
  const [tokens, { refetch, mutate }] = createResource(listApiTokens);
  const [creating, setCreating] = createSignal(false);
  const [created, setCreated] = createSignal<CreatedApiToken | null>(null);
  const [revoking, setRevoking] = createSignal<ApiToken | null>(null);
  const [error, setError] = createSignal<unknown>(null);
  const revoke = async (token: ApiToken): Promise<void> => {
    setError(null);
    try {
      await revokeApiToken(token.id);
      setRevoking(null);
      void refetch();
    } catch (caught) {
      setRevoking(null);
      setError(caught);
    }
  };
  return (
    <section class="panel settings-section" aria-labelledby="tokens-title">
      <header class="panel-header">
        <div>
          <h2 id="tokens-title">API tokens</h2>
          <p class="muted">Personal tokens to automate Tally over its HTTP API.</p>
        </div>
        <button type="button" class="btn btn-primary btn-sm" onClick={() => setCreating(true)}>
          Create token
        </button>
      </header>
      <Show when={error()}>
        <div class="panel-body">
          <ProblemAlert error={error()} context="Revoking the token" />
        </div>
      </Show>
      <ListStates
        list={tokens}
        loadingLabel="Loading tokens…"
        errorContext="Loading tokens"
        compact
        emptyIcon="key"
        emptyTitle="No API tokens"
        emptyText="Create one for each script or system that calls Tally, so each can be revoked alone."
        onRetry={refetch}
      >
        <table class="data-table">
          <caption class="visually-hidden">API tokens</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Token</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={tokens()}>
              {(token) => (
                <tr>
                  <th scope="row" class="cell-name">
                    {token.name}
                  </th>
                  <td class="mono">…{token.hint}</td>
                  <td class="muted">{formatDateTime(token.createdAt)}</td>
                  <td class="muted">{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : "Never"}</td>
                  <td class="cell-actions">
                    <Show when={token.revokedAt === null} fallback={<span class="badge">Revoked</span>}>
                      <button
                        type="button"
                        class="btn btn-sm btn-danger-outline"
                        aria-label={`Revoke ${token.name}`}
                        onClick={() => setRevoking(token)}
                      >
                        Revoke
                      </button>
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </ListStates>
      <Show when={creating()}>
        <NewTokenDialog
          onClose={() => setCreating(false)}
          onCreated={(token) => {
            setCreating(false);
            setCreated(token);
            mutate((list) => [...(list ?? []), token]);
          }}
        />
      </Show>
      <Show when={created()}>{(token) => <ShowOnceDialog token={token()} onClose={() => setCreated(null)} />}</Show>
      <Show when={revoking()}>
        {(token) => (
          <ConfirmDialog
            title={`Revoke “${token().name}”?`}
            description="Anything using this token stops working at once."
            confirmLabel="Revoke token"
            onConfirm={() => void revoke(token())}
            onClose={() => setRevoking(null)}
          />
        )}
      </Show>
    </section>
  );
}
