import { A } from "@solidjs/router";
import { createSignal, For, type JSX, Show } from "solid-js";
import { Icon } from "../components/icon.tsx";

/** One confirmation (or failure) shown briefly at the bottom of the screen. */
export interface Toast {
  id: number;
  tone: "success" | "danger";
  text: string;
  /** A link to read more, e.g. the audit entry of a decision. */
  link?: { href: string; label: string };
}

/** The toasts of a page and how to add one; each leaves after `lifetimeMs`. */
export function createToasts(lifetimeMs = 8000) {
  const [toasts, setToasts] = createSignal<Toast[]>([]);
  let next = 1;
  const dismiss = (id: number): void => {
    setToasts((list) => list.filter((toast) => toast.id !== id));
  };
  const show = (toast: Omit<Toast, "id">): void => {
    const id = next++;
    setToasts((list) => [...list.slice(-3), { ...toast, id }]);
    setTimeout(() => dismiss(id), lifetimeMs);
  };
  return { toasts, show, dismiss };
}

/** The live region the toasts appear in, announced politely to screen readers. */
export function ToastRegion(props: { toasts: Toast[]; onDismiss: (id: number) => void }): JSX.Element {
  return (
    <section class="toast-region" aria-live="polite" aria-label="Notifications">
      <For each={props.toasts}>
        {(toast) => (
          <div class={`toast toast-${toast.tone}`} role="status">
            <Icon class="toast-icon" name={toast.tone === "success" ? "check" : "alert"} />
            <span class="toast-text">{toast.text}</span>
            <Show when={toast.link}>{(link) => <A href={link().href}>{link().label}</A>}</Show>
            <button type="button" class="btn btn-ghost btn-sm" onClick={() => props.onDismiss(toast.id)}>
              <Icon name="close" />
              <span class="visually-hidden">Dismiss notification</span>
            </button>
          </div>
        )}
      </For>
    </section>
  );
}
