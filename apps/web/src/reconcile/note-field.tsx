import type { JSX } from "solid-js";

/** A decision's optional note, kept in the audit log: a labelled three-line text area. */
export function NoteField(props: {
  id: string;
  value: string;
  onInput: (value: string) => void;
  placeholder: string;
}): JSX.Element {
  return (
    <div class="field">
      <label class="label" for={props.id}>
        Note
      </label>
      <textarea
        id={props.id}
        class="input textarea"
        rows={3}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        placeholder={props.placeholder}
      />
    </div>
  );
}
