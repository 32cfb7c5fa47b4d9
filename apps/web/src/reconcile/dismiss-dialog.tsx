import { createSignal, type JSX } from "solid-js";
import type { ReconciliationCard } from "../api/types.ts";
import { Dialog } from "../components/dialog.tsx";
import { DialogFormFooter } from "../components/dialog-form-footer.tsx";
import { NoteField } from "./note-field.tsx";

/** Dismiss: hide the card for the period, with an optional note for the audit log. */
export function DismissDialog(props: {
  card: ReconciliationCard;
  onSubmit: (note: string) => Promise<void>;
  onClose: () => void;
}): JSX.Element {
  const [note, setNote] = createSignal("");
  const [error, setError] = createSignal<unknown>(null);
  const [busy, setBusy] = createSignal(false);
  const submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await props.onSubmit(note().trim());
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      title="Dismiss card"
      description={
        <>
          {props.card.accountName} · {props.card.serviceName} leaves the list for this period; the contract line is not
          changed.
        </>
      }
      onClose={props.onClose}
      dismissible={!busy()}
      size="sm"
    >
      <form onSubmit={(event) => void submit(event)}>
        <NoteField
          id="dismiss-note"
          value={note()}
          onInput={setNote}
          placeholder="Why it needs no change (kept in the audit log)"
        />
        <DialogFormFooter
          error={error()}
          errorContext="Dismissing the card"
          busy={busy()}
          submitLabel="Dismiss"
          onCancel={props.onClose}
        />
      </form>
    </Dialog>
  );
}
