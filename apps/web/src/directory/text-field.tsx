import { type JSX, Show } from "solid-js";

/** A labelled input with its hint and its error (linked by `aria-describedby`, marked invalid). */
export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  type?: "text" | "email" | "password" | "date" | "number";
  inputMode?: "text" | "decimal" | "numeric" | "email";
  required?: boolean;
  placeholder?: string;
  autocomplete?: string;
}): JSX.Element {
  const describedBy = () =>
    [props.error ? `${props.id}-error` : "", props.hint ? `${props.id}-hint` : ""].filter(Boolean).join(" ") ||
    undefined;
  return (
    <div class="field">
      <label class="label" for={props.id}>
        {props.label}
        <Show when={!props.required}>
          <span class="muted"> (optional)</span>
        </Show>
      </label>
      <input
        id={props.id}
        class="input"
        type={props.type ?? "text"}
        inputmode={props.inputMode}
        value={props.value}
        placeholder={props.placeholder}
        autocomplete={props.autocomplete}
        aria-required={props.required ? "true" : undefined}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy()}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
      <Show when={props.hint}>
        <p id={`${props.id}-hint`} class="hint">
          {props.hint}
        </p>
      </Show>
      <Show when={props.error}>
        <p id={`${props.id}-error`} class="field-error">
          {props.error}
        </p>
      </Show>
    </div>
  );
}
