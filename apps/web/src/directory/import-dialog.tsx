import { createSignal, For, type JSX, Show } from "solid-js";
import { importDirectoryCsv } from "../api/imports.ts";
import type { ImportResult } from "../api/types.ts";
import { Dialog } from "../components/dialog.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { formatCount } from "../lib/format.ts";

const example = `type,name,external_id,domain,sku,unit_price,account,service,quantity
account,Acme Ltd,PSA-1001,acme.example,,,,,
service,Email Security – per mailbox,,,EMAIL-SEC,2.50,,,
contract_line,,,,,,PSA-1001,EMAIL-SEC,25`;

const actionLabel: Record<ImportResult["rows"][number]["action"], string> = {
  created: "Create",
  updated: "Update",
  unchanged: "No change",
  rejected: "Rejected",
};

/**
 * CSV import of accounts, services and contract lines: paste or choose a file, read the dry
 * run's result per row, then apply (all or nothing: any rejected row blocks the import).
 */
export function ImportDialog(props: { onApplied: (result: ImportResult) => void; onClose: () => void }): JSX.Element {
  const [csv, setCsv] = createSignal("");
  const [preview, setPreview] = createSignal<ImportResult | null>(null);
  const [error, setError] = createSignal<unknown>(null);
  const [busy, setBusy] = createSignal(false);

  const run = async (dryRun: boolean): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const result = await importDirectoryCsv(csv(), dryRun);
      if (dryRun) setPreview(result);
      else props.onApplied(result);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const readFile = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    setCsv(await file.text());
    setPreview(null);
  };
  const rejected = () => preview()?.summary.rejected ?? 0;

  return (
    <Dialog
      title="Import from CSV"
      description="Accounts, services and contract lines in one file with a type column. Preview first: nothing changes until you apply."
      onClose={props.onClose}
      dismissible={!busy()}
      size="lg"
    >
      <div class="field">
        <label class="label" for="import-file">
          CSV file
        </label>
        <input
          id="import-file"
          type="file"
          accept=".csv,text/csv"
          onChange={(event) => void readFile(event.currentTarget.files?.[0])}
        />
      </div>
      <div class="field">
        <label class="label" for="import-csv">
          Or paste the CSV
        </label>
        <textarea
          id="import-csv"
          class="input textarea mono"
          rows={6}
          placeholder={example}
          value={csv()}
          onInput={(event) => {
            setCsv(event.currentTarget.value);
            setPreview(null);
          }}
        />
      </div>
      <Show when={error()}>
        <div class="dialog-alert">
          <ProblemAlert error={error()} context="The import" />
        </div>
      </Show>
      <Show when={preview()}>
        {(result) => (
          <section class="import-preview" aria-label="Dry-run result">
            <p class="bulk-counts" role="status">
              Dry run: {formatCount(result().summary.created)} to create, {formatCount(result().summary.updated)} to
              update, {formatCount(result().summary.unchanged)} unchanged, {formatCount(result().summary.rejected)}{" "}
              rejected.
            </p>
            <div class="bulk-diff">
              <table class="data-table">
                <caption class="visually-hidden">What each row would do</caption>
                <thead>
                  <tr>
                    <th scope="col" class="num">
                      Line
                    </th>
                    <th scope="col">Type</th>
                    <th scope="col">Result</th>
                    <th scope="col">Reason</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={result().rows}>
                    {(row) => (
                      <tr data-outcome={row.action}>
                        <td class="num numeric">{row.line}</td>
                        <td>{row.type}</td>
                        <td>
                          <span class={`badge import-${row.action}`}>{actionLabel[row.action]}</span>
                        </td>
                        <td>{row.reason ?? ""}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
            <Show when={rejected() > 0}>
              <p class="field-error">Fix the rejected rows and preview again; the import applies all rows or none.</p>
            </Show>
          </section>
        )}
      </Show>
      <div class="dialog-inline-footer form-footer">
        <button type="button" class="btn" onClick={props.onClose} disabled={busy()}>
          Cancel
        </button>
        <button type="button" class="btn" onClick={() => void run(true)} disabled={busy() || csv().trim() === ""}>
          Preview
        </button>
        <button
          type="button"
          class="btn btn-primary"
          onClick={() => void run(false)}
          disabled={busy() || preview() === null || rejected() > 0}
        >
          Apply import
        </button>
      </div>
    </Dialog>
  );
}
