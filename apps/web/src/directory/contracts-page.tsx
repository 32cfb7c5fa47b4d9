import { createMemo, createResource, createSignal, For, type JSX, Show } from "solid-js";
import { listDirectoryAccounts } from "../api/accounts.ts";
import { canMap } from "../api/auth.ts";
import { deleteContractLine, listContractLines, listContracts } from "../api/contracts.ts";
import { listDirectoryServices } from "../api/services.ts";
import type { Contract, ContractLine } from "../api/types.ts";
import { useCurrentUser } from "../auth/session.tsx";
import { ListStates } from "../components/list-states.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { StateMessage } from "../components/state-message.tsx";
import { formatCount, formatPlural } from "../lib/format.ts";
import { createSearchIndex, searchItems } from "../lib/search-index.ts";
import { ContractFormDialog } from "./contract-form-dialog.tsx";
import { ContractLineFormDialog } from "./contract-line-form-dialog.tsx";
import { DirectoryActions } from "./directory-actions.tsx";
import { DirectoryToolbar } from "./directory-toolbar.tsx";
import { formatUnitMoney } from "./format-unit-money.ts";
import { HiddenRowsNote } from "./hidden-rows-note.tsx";
import { ImportDialog } from "./import-dialog.tsx";
import { firstRows } from "./shown-rows.ts";
import "./directory.css";

const statusBadge = { active: "badge badge-success", draft: "badge", ended: "badge badge-warning" } as const;
const statusLabel = { active: "Active", draft: "Draft", ended: "Ended" } as const;

function formatDate(date: string | null): string {
  if (!date) return "—";
  return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** One contract's lines: service, quantity, unit price and line total, with add/edit/remove. */
function ContractLines(props: {
  contract: Contract;
  serviceName: (id: string) => string;
  canWrite: boolean;
  onAdd: () => void;
  onEdit: (line: ContractLine) => void;
  refreshKey: number;
}): JSX.Element {
  const [lines, { refetch, mutate }] = createResource(
    () => ({ id: props.contract.id, key: props.refreshKey }),
    (source) => listContractLines(source.id),
  );
  const [error, setError] = createSignal<unknown>(null);
  const remove = async (line: ContractLine): Promise<void> => {
    setError(null);
    try {
      await deleteContractLine(line.id);
      mutate((list) => (list ?? []).filter((item) => item.id !== line.id));
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <section class="panel lines-panel" aria-labelledby="lines-title">
      <header class="panel-header">
        <div>
          <h2 id="lines-title">{props.contract.name}</h2>
          <p class="muted">
            {props.contract.accountName} · {statusLabel[props.contract.status]} from{" "}
            {formatDate(props.contract.startDate)}
          </p>
        </div>
        <Show when={props.canWrite}>
          <button type="button" class="btn btn-sm btn-primary" onClick={props.onAdd}>
            Add line
          </button>
        </Show>
      </header>
      <Show when={error()}>
        <div class="panel-body">
          <ProblemAlert error={error()} context="Removing the line" />
        </div>
      </Show>
      <ListStates
        list={lines}
        loadingLabel="Loading lines…"
        errorContext="Loading the lines"
        compact
        emptyIcon="contracts"
        emptyTitle="No lines yet"
        emptyText="Add the services billed on this contract with their quantities."
        onRetry={refetch}
      >
        <table class="data-table">
          <caption class="visually-hidden">Lines of {props.contract.name}</caption>
          <thead>
            <tr>
              <th scope="col">Service</th>
              <th scope="col" class="num">
                Quantity
              </th>
              <th scope="col" class="num">
                Unit price
              </th>
              <th scope="col" class="num">
                Total
              </th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={lines()}>
              {(line) => (
                <tr>
                  <th scope="row" class="cell-name">
                    {props.serviceName(line.serviceId)}
                  </th>
                  <td class="num numeric">{formatCount(line.quantity)}</td>
                  <td class="num numeric">{formatUnitMoney(line.unitPrice)}</td>
                  <td class="num numeric">{formatUnitMoney(Math.round(line.quantity * line.unitPrice * 100) / 100)}</td>
                  <td class="cell-actions">
                    <Show when={props.canWrite}>
                      <button
                        type="button"
                        class="btn btn-sm"
                        aria-label={`Edit line ${props.serviceName(line.serviceId)}`}
                        onClick={() => props.onEdit(line)}
                      >
                        Edit
                      </button>
                      <button
                        type="button"
                        class="btn btn-sm btn-ghost"
                        aria-label={`Remove line ${props.serviceName(line.serviceId)}`}
                        onClick={() => void remove(line)}
                      >
                        Remove
                      </button>
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </ListStates>
    </section>
  );
}

type Editing =
  | { type: "contract"; contract: Contract | null }
  | { type: "line"; contract: Contract; line: ContractLine | null }
  | { type: "import" };

/** Contracts: searchable, with create/edit, and the selected contract's lines beside the list. */
export function ContractsPage(): JSX.Element {
  const user = useCurrentUser();
  const canWrite = () => canMap(user().role);
  const [contracts, { refetch, mutate }] = createResource(() => listContracts());
  const [accounts] = createResource(listDirectoryAccounts);
  const [services] = createResource(listDirectoryServices);
  const [query, setQuery] = createSignal("");
  const [selectedId, setSelectedId] = createSignal<string | null>(null);
  const [editing, setEditing] = createSignal<Editing | null>(null);
  const [linesKey, setLinesKey] = createSignal(0);
  const serviceNames = createMemo(() => new Map((services() ?? []).map((service) => [service.id, service.name])));
  const index = createMemo(() =>
    createSearchIndex(
      contracts() ?? [],
      (contract) => contract.id,
      (contract) => [contract.name, contract.accountName],
    ),
  );
  const shown = createMemo(() =>
    firstRows(searchItems(index(), contracts() ?? [], (contract) => contract.id, query())),
  );
  const selected = () => (contracts() ?? []).find((contract) => contract.id === selectedId()) ?? null;

  return (
    <div class="page page-wide contracts-page">
      <PageHeader
        title="Contracts"
        description="Recurring agreements and their billed lines: the PSA quantities reconciliation compares."
        actions={
          <DirectoryActions
            canWrite={canWrite()}
            newLabel="New contract"
            onImport={() => setEditing({ type: "import" })}
            onNew={() => setEditing({ type: "contract", contract: null })}
          />
        }
      />
      <DirectoryToolbar
        id="contracts-search"
        label="Search contracts"
        placeholder="Search by contract or account name"
        value={query()}
        onInput={setQuery}
        count={formatPlural(contracts()?.length ?? 0, "contract", "contracts")}
      />
      <div class="contracts-layout">
        <div class="panel directory-panel">
          <ListStates
            list={contracts}
            loadingLabel="Loading contracts…"
            errorContext="Loading contracts"
            emptyIcon="contracts"
            emptyTitle="No contracts yet"
            emptyText="Create a contract for an account, then add the services you bill on it."
            search={{ query: query(), matchCount: shown().rows.length, noMatchTitle: "No contract matches" }}
            onRetry={refetch}
          >
            <table class="data-table directory-table">
              <caption class="visually-hidden">Contracts</caption>
              <thead>
                <tr>
                  <th scope="col">Contract</th>
                  <th scope="col">Account</th>
                  <th scope="col">Status</th>
                  <th scope="col">Start</th>
                  <th scope="col">
                    <span class="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                <For each={shown().rows}>
                  {(contract) => (
                    <tr classList={{ "is-selected": contract.id === selectedId() }}>
                      <th scope="row" class="cell-name">
                        {contract.name}
                      </th>
                      <td>{contract.accountName}</td>
                      <td>
                        <span class={statusBadge[contract.status]}>{statusLabel[contract.status]}</span>
                      </td>
                      <td class="numeric">{formatDate(contract.startDate)}</td>
                      <td class="cell-actions">
                        <button
                          type="button"
                          class="btn btn-sm"
                          aria-pressed={contract.id === selectedId()}
                          aria-label={`Lines of ${contract.name}, ${contract.accountName}`}
                          onClick={() => setSelectedId(contract.id === selectedId() ? null : contract.id)}
                        >
                          Lines
                        </button>
                        <Show when={canWrite()}>
                          <button
                            type="button"
                            class="btn btn-sm btn-ghost"
                            aria-label={`Edit ${contract.name}, ${contract.accountName}`}
                            onClick={() => setEditing({ type: "contract", contract })}
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
        <Show
          when={selected()}
          fallback={
            <div class="panel lines-panel lines-placeholder">
              <StateMessage icon="contracts" title="Choose a contract" compact>
                Its lines — service, quantity and price — show here.
              </StateMessage>
            </div>
          }
        >
          {(contract) => (
            <ContractLines
              contract={contract()}
              serviceName={(id) => serviceNames().get(id) ?? "Unknown service"}
              canWrite={canWrite()}
              refreshKey={linesKey()}
              onAdd={() => setEditing({ type: "line", contract: contract(), line: null })}
              onEdit={(line) => setEditing({ type: "line", contract: contract(), line })}
            />
          )}
        </Show>
      </div>
      <Show when={editing()}>
        {(open) => {
          const current = open();
          const close = () => setEditing(null);
          if (current.type === "import") {
            return (
              <ImportDialog
                onClose={close}
                onApplied={() => {
                  close();
                  void refetch();
                  setLinesKey((key) => key + 1);
                }}
              />
            );
          }
          if (current.type === "contract") {
            return (
              <ContractFormDialog
                contract={current.contract}
                accounts={accounts() ?? []}
                onClose={close}
                onSaved={(saved) => {
                  mutate((list) => [...(list ?? []).filter((item) => item.id !== saved.id), saved]);
                  setSelectedId(saved.id);
                  close();
                }}
              />
            );
          }
          return (
            <ContractLineFormDialog
              contract={current.contract}
              line={current.line}
              services={services() ?? []}
              onClose={close}
              onSaved={() => {
                setLinesKey((key) => key + 1);
                close();
              }}
            />
          );
        }}
      </Show>
    </div>
  );
}
