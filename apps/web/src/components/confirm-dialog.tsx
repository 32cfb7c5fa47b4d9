import type { JSX } from "solid-js";
import { Dialog } from "./dialog.tsx";

/** A small alert dialog that asks before a destructive action: Cancel, or the danger button. */
export function ConfirmDialog(props: {
  title: string;
  description: JSX.Element;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
}): JSX.Element {
  return (
    <Dialog title={props.title} role="alertdialog" description={props.description} onClose={props.onClose} size="sm">
      <div class="dialog-inline-footer">
        <button type="button" class="btn" onClick={props.onClose}>
          Cancel
        </button>
        <button type="button" class="btn btn-danger" onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
