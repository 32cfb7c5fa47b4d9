import { createSignal, type JSX } from "solid-js";
import { Dialog } from "../components/dialog.tsx";
import { DialogFormFooter } from "../components/dialog-form-footer.tsx";
import { type FieldErrors, fieldErrorsOf } from "./field-errors.ts";

/**
 * A create/edit dialog around a form: `submit` returns field errors to show (client checks) or
 * throws the API's problem, whose field errors land under their fields and whose other
 * messages show as an alert above the buttons.
 */
export function FormDialog(props: {
  title: string;
  description?: JSX.Element;
  submitLabel: string;
  onClose: () => void;
  /** Returns client-side errors to show, or undefined once saved. */
  submit: () => Promise<FieldErrors | undefined>;
  setErrors: (errors: FieldErrors) => void;
  /** Which field a 409 conflict is about (e.g. a unique external id). */
  conflictField?: string;
  children: JSX.Element;
}): JSX.Element {
  const [error, setError] = createSignal<unknown>(null);
  const [busy, setBusy] = createSignal(false);
  const onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const errors = await props.submit();
      props.setErrors(errors ?? {});
    } catch (caught) {
      const errors = fieldErrorsOf(caught, props.conflictField ? { conflictField: props.conflictField } : {});
      props.setErrors(errors);
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={props.title} description={props.description} onClose={props.onClose} dismissible={!busy()}>
      <form onSubmit={(event) => void onSubmit(event)} novalidate>
        {props.children}
        <DialogFormFooter
          error={error()}
          busy={busy()}
          submitLabel={props.submitLabel}
          spinner
          class="form-footer"
          onCancel={props.onClose}
        />
      </form>
    </Dialog>
  );
}
