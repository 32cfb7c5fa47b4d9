import { createMemo, createResource, createSignal, For, type JSX, Show } from "solid-js";
import { listDirectoryAccounts } from "../api/accounts.ts";
import { canMap } from "../api/auth.ts";
import type { DirectoryAccount } from "../api/types.ts";
import { useCurrentUser } from "../auth/session.tsx";
import { ListStates } from "../components/list-states.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { formatPlural } from "../lib/format.ts";
import { createSearchIndex, searchItems } from "../lib/search-index.ts";
import { AccountFormDialog } from "./account-form-dialog.tsx";
import { DirectoryActions } from "./directory-actions.tsx";
import { DirectoryToolbar } from "./directory-toolbar.tsx";
import { HiddenRowsNote } from "./hidden-rows-note.tsx";
import { ImportDialog } from "./import-dialog.tsx";
import { firstRows } from "./shown-rows.ts";
import "./directory.css";

/** Accounts: the MSP's customers, searchable, with create/edit and the CSV import. */
export function AccountsPage(): JSX.Element {
  const user = useCurrentUser();
  const canWrite = () => canMap(user().role);
  const [accounts, { refetch, mutate }] = createResource(listDirectoryAccounts);
  const [query, setQuery] = createSignal("");
  const [editing, setEditing] = createSignal<DirectoryAccount | null | undefined>(undefined);
  const [importing, setImporting] = createSignal(false);
  const index = createMemo(() =>
    createSearchIndex(
      accounts() ?? [],
      (account) => account.id,
      (account) => [account.name, account.externalId ?? "", account.domain ?? ""],
    ),
  );
  const shown = createMemo(() => firstRows(searchItems(index(), accounts() ?? [], (account) => account.id, query())));

  const onSaved = (saved: DirectoryAccount): void => {
    mutate((list) => {
      const rest = (list ?? []).filter((account) => account.id !== saved.id);
      return [...rest, saved].sort((a, b) => a.name.localeCompare(b.name));
    });
    setEditing(undefined);
  };

  return (
    <div class="page">
      <PageHeader
        title="Accounts"
        description="Your customers, as your PSA knows them."
        actions={
          <DirectoryActions
            canWrite={canWrite()}
            newLabel="New account"
            onImport={() => setImporting(true)}
            onNew={() => setEditing(null)}
          />
        }
      />
      <DirectoryToolbar
        id="accounts-search"
        label="Search accounts"
        placeholder="Search by name, PSA id or domain"
        value={query()}
        onInput={setQuery}
        count={formatPlural(accounts()?.length ?? 0, "account", "accounts")}
      />
      <div class="panel directory-panel">
        <ListStates
          list={accounts}
          loadingLabel="Loading accounts…"
          errorContext="Loading accounts"
          emptyIcon="accounts"
          emptyTitle="No accounts yet"
          emptyText="Create your customers one by one, or import them from your PSA's CSV export."
          search={{ query: query(), matchCount: shown().rows.length, noMatchTitle: "No account matches" }}
          onRetry={refetch}
        >
          <table class="data-table directory-table">
            <caption class="visually-hidden">Accounts</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">PSA id</th>
                <th scope="col">Domain</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              <For each={shown().rows}>
                {(account) => (
                  <tr>
                    <th scope="row" class="cell-name">
                      {account.name}
                    </th>
                    <td class="mono">{account.externalId ?? "—"}</td>
                    <td class="mono">{account.domain ?? "—"}</td>
                    <td>
                      <span class={account.active ? "badge badge-success" : "badge"}>
                        {account.active ? "Active" : "Inactive"}
                      </span>
                    </td>
                    <td class="cell-actions">
                      <Show when={canWrite()}>
                        <button
                          type="button"
                          class="btn btn-sm"
                          aria-label={`Edit ${account.name}`}
                          onClick={() => setEditing(account)}
                        >
                          Edit
                        </button>
                      </Show>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
          <HiddenRowsNote hidden={shown().hidden} />
        </ListStates>
      </div>
      <Show when={editing() !== undefined}>
        <AccountFormDialog account={editing() ?? null} onSaved={onSaved} onClose={() => setEditing(undefined)} />
      </Show>
      <Show when={importing()}>
        <ImportDialog
          onClose={() => setImporting(false)}
          onApplied={() => {
            setImporting(false);
            void refetch();
          }}
        />
      </Show>
    </div>
  );
}
