import { type JSX, Show } from "solid-js";
import { ProblemAlert } from "./problem-alert.tsx";

/**
 * The end of a dialog's form: what went wrong (when something did) above Cancel and the submit
 * button, both disabled while the form is busy.
 */
export function DialogFormFooter(props: {
  error: unknown;
  /** What was being done, for the alert, e.g. "Dismissing the card". */
  errorContext?: string | undefined;
  busy: boolean;
  submitLabel: string;
  /** Disables the submit button for a reason other than being busy (e.g. nothing chosen). */
  submitDisabled?: boolean;
  /** Shows a spinner in the submit button while busy. */
  spinner?: boolean;
  /** Extra class on the button row (e.g. "form-footer"). */
  class?: string;
  onCancel: () => void;
}): JSX.Element {
  return (
    <>
      <Show when={props.error}>
        <div class="dialog-alert">
          <ProblemAlert error={props.error} context={props.errorContext} />
        </div>
      </Show>
      <div class={props.class ? `dialog-inline-footer ${props.class}` : "dialog-inline-footer"}>
        <button type="button" class="btn" onClick={props.onCancel} disabled={props.busy}>
          Cancel
        </button>
        <button type="submit" class="btn btn-primary" disabled={props.busy || props.submitDisabled === true}>
          <Show when={props.spinner === true && props.busy}>
            <span class="spinner" aria-hidden="true" />
          </Show>
          {props.submitLabel}
        </button>
      </div>
    </>
  );
}
