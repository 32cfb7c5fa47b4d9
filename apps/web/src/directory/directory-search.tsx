import type { JSX } from "solid-js";
import { Icon } from "../components/icon.tsx";

/** The search box above a directory table. */
export function DirectorySearch(props: {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  onInput: (value: string) => void;
}): JSX.Element {
  return (
    <div class="search-input directory-search">
      <Icon name="search" />
      <label class="visually-hidden" for={props.id}>
        {props.label}
      </label>
      <input
        id={props.id}
        class="input"
        type="search"
        placeholder={props.placeholder}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
    </div>
  );
}
