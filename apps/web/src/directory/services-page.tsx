import { createMemo, createResource, createSignal, For, type JSX, Show } from "solid-js";
import { canMap } from "../api/auth.ts";
import { listDirectoryServices } from "../api/services.ts";
import type { DirectoryService } from "../api/types.ts";
import { useCurrentUser } from "../auth/session.tsx";
import { ListStates } from "../components/list-states.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { formatPlural } from "../lib/format.ts";
import { createSearchIndex, searchItems } from "../lib/search-index.ts";
import { DirectoryActions } from "./directory-actions.tsx";
import { DirectoryToolbar } from "./directory-toolbar.tsx";
import { formatUnitMoney } from "./format-unit-money.ts";
import { HiddenRowsNote } from "./hidden-rows-note.tsx";
import { ImportDialog } from "./import-dialog.tsx";
import { ServiceFormDialog } from "./service-form-dialog.tsx";
import { firstRows } from "./shown-rows.ts";
import "./directory.css";

/** Services: the MSP's catalog with unit price and cost, searchable, with create/edit and import. */
export function ServicesPage(): JSX.Element {
  const user = useCurrentUser();
  const canWrite = () => canMap(user().role);
  const [services, { refetch, mutate }] = createResource(listDirectoryServices);
  const [query, setQuery] = createSignal("");
  const [editing, setEditing] = createSignal<DirectoryService | null | undefined>(undefined);
  const [importing, setImporting] = createSignal(false);
  const index = createMemo(() =>
    createSearchIndex(
      services() ?? [],
      (service) => service.id,
      (service) => [service.name, service.sku ?? ""],
    ),
  );
  const shown = createMemo(() => firstRows(searchItems(index(), services() ?? [], (service) => service.id, query())));
  const onSaved = (saved: DirectoryService): void => {
    mutate((list) =>
      [...(list ?? []).filter((service) => service.id !== saved.id), saved].sort((a, b) =>
        a.name.localeCompare(b.name),
      ),
    );
    setEditing(undefined);
  };

  return (
    <div class="page">
      <PageHeader
        title="Services"
        description="Your catalog: what you sell, with unit price and cost."
        actions={
          <DirectoryActions
            canWrite={canWrite()}
            newLabel="New service"
            onImport={() => setImporting(true)}
            onNew={() => setEditing(null)}
          />
        }
      />
      <DirectoryToolbar
        id="services-search"
        label="Search services"
        placeholder="Search by name or SKU"
        value={query()}
        onInput={setQuery}
        count={formatPlural(services()?.length ?? 0, "service", "services")}
      />
      <div class="panel directory-panel">
        <ListStates
          list={services}
          loadingLabel="Loading services…"
          errorContext="Loading services"
          emptyIcon="services"
          emptyTitle="No services yet"
          emptyText="Add what you sell (e.g. “Email Security – per mailbox”) so vendor services can be mapped to it."
          search={{ query: query(), matchCount: shown().rows.length, noMatchTitle: "No service matches" }}
          onRetry={refetch}
        >
          <table class="data-table directory-table">
            <caption class="visually-hidden">Services</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">SKU</th>
                <th scope="col" class="num">
                  Unit price
                </th>
                <th scope="col" class="num">
                  Unit cost
                </th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              <For each={shown().rows}>
                {(service) => (
                  <tr>
                    <th scope="row" class="cell-name">
                      {service.name}
                    </th>
                    <td class="mono">{service.sku ?? "—"}</td>
                    <td class="num numeric">{formatUnitMoney(service.unitPrice)}</td>
                    <td class="num numeric">{formatUnitMoney(service.unitCost)}</td>
                    <td class="cell-actions">
                      <Show when={canWrite()}>
                        <button
                          type="button"
                          class="btn btn-sm"
                          aria-label={`Edit ${service.name}`}
                          onClick={() => setEditing(service)}
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
        <ServiceFormDialog service={editing() ?? null} onSaved={onSaved} onClose={() => setEditing(undefined)} />
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
