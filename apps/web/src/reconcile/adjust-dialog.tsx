import { createSignal, type JSX, Show } from "solid-js";
import { ApiProblem } from "../api/api-problem.ts";
import type { ReconciliationCard } from "../api/types.ts";
import { Dialog } from "../components/dialog.tsx";
import { DialogFormFooter } from "../components/dialog-form-footer.tsx";
import { formatQuantity } from "./format-delta.ts";
import { NoteField } from "./note-field.tsx";
import { parseQuantity } from "./parse-quantity.ts";
import { firstOfNextMonth } from "./period.ts";

/** What Adjust sends: the chosen quantity, when it takes effect and why. */
export interface AdjustValues {
  quantity: number;
  effectiveDate: string;
  note: string;
}

/**
 * Adjust: bill a quantity of the person's choosing (prefilled with the vendor's), from an
 * effective date (first of next month unless changed), with a note for the audit log.
 */
export function AdjustDialog(props: {
  card: ReconciliationCard;
  onSubmit: (values: AdjustValues) => Promise<void>;
  onClose: () => void;
}): JSX.Element {
  const [quantity, setQuantity] = createSignal(String(props.card.vendorQuantity ?? props.card.psaQuantity ?? 0));
  const [effectiveDate, setEffectiveDate] = createSignal(firstOfNextMonth(new Date()));
  const [note, setNote] = createSignal("");
  const [quantityError, setQuantityError] = createSignal<string | null>(null);
  const [error, setError] = createSignal<unknown>(null);
  const [busy, setBusy] = createSignal(false);

  const submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const parsed = parseQuantity(quantity());
    if (!parsed.ok) {
      setQuantityError(parsed.message);
      return;
    }
    setQuantityError(null);
    setBusy(true);
    setError(null);
    try {
      await props.onSubmit({ quantity: parsed.value, effectiveDate: effectiveDate(), note: note().trim() });
    } catch (caught) {
      setError(caught);
      if (caught instanceof ApiProblem) setQuantityError(caught.fieldError("quantity") ?? null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title="Adjust quantity"
      description={
        <>
          {props.card.accountName} · {props.card.serviceName}: billed {formatQuantity(props.card.psaQuantity)}, vendor
          reports {formatQuantity(props.card.vendorQuantity)}.
        </>
      }
      onClose={props.onClose}
      dismissible={!busy()}
    >
      <form onSubmit={(event) => void submit(event)} novalidate>
        <div class="field">
          <label class="label" for="adjust-quantity">
            Quantity to bill
          </label>
          <input
            id="adjust-quantity"
            class="input numeric"
            inputmode="numeric"
            value={quantity()}
            onInput={(event) => setQuantity(event.currentTarget.value)}
            aria-invalid={quantityError() ? "true" : undefined}
            aria-describedby={quantityError() ? "adjust-quantity-error" : undefined}
          />
          <Show when={quantityError()}>
            <p id="adjust-quantity-error" class="field-error">
              {quantityError()}
            </p>
          </Show>
        </div>
        <div class="field">
          <label class="label" for="adjust-date">
            Effective date
          </label>
          <input
            id="adjust-date"
            class="input"
            type="date"
            required
            value={effectiveDate()}
            onInput={(event) => setEffectiveDate(event.currentTarget.value)}
          />
          <p class="hint">The first day of next month unless you choose another.</p>
        </div>
        <NoteField
          id="adjust-note"
          value={note()}
          onInput={setNote}
          placeholder="Why this quantity (kept in the audit log)"
        />
        <DialogFormFooter
          error={error()}
          errorContext="Adjusting the card"
          busy={busy()}
          submitLabel="Adjust"
          spinner
          onCancel={props.onClose}
        />
      </form>
    </Dialog>
  );
}
