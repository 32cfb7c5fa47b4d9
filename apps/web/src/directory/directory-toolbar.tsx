import type { JSX } from "solid-js";
import { Icon } from "../components/icon.tsx";

/** The toolbar above a directory table: the search box, and how many items there are in all. */
export function DirectoryToolbar(props: {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  onInput: (value: string) => void;
  /** The total, in words (e.g. "12 accounts"). */
  count: string;
}): JSX.Element {
  return (
    <div class="toolbar">
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
      <span class="muted numeric">{props.count}</span>
    </div>
  );
}
