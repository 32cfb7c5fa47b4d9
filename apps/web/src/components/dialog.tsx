import { createUniqueId, type JSX, onCleanup, onMount, Show } from "solid-js";
import { Portal } from "solid-js/web";

const focusableSelector =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog: labelled by its title, focus moved inside on open and kept there (Tab wraps),
 * Escape and the backdrop close it (unless `dismissible` is false), focus returns to what
 * opened it.
 */
export function Dialog(props: {
  title: string;
  description?: JSX.Element;
  children: JSX.Element;
  footer?: JSX.Element;
  onClose: () => void;
  /** `false` while something must not be interrupted (e.g. a disconnect in flight). */
  dismissible?: boolean;
  role?: "dialog" | "alertdialog";
  size?: "sm" | "md" | "lg";
  /** The element to focus first; defaults to the first focusable control. */
  initialFocus?: () => HTMLElement | undefined;
}): JSX.Element {
  const titleId = createUniqueId();
  const descriptionId = createUniqueId();
  let panel: HTMLDivElement | undefined;
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;

  const focusables = (): HTMLElement[] =>
    panel
      ? Array.from(panel.querySelectorAll<HTMLElement>(focusableSelector)).filter((el) => el.offsetParent !== null)
      : [];

  const close = (): void => {
    if (props.dismissible !== false) props.onClose();
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === "Escape") {
      event.stopPropagation();
      close();
      return;
    }
    if (event.key !== "Tab") return;
    const items = focusables();
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  onMount(() => {
    queueMicrotask(() => (props.initialFocus?.() ?? focusables()[0] ?? panel)?.focus());
  });
  onCleanup(() => {
    if (opener?.isConnected) opener.focus();
  });

  return (
    <Portal>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a backdrop click is a mouse shortcut; Escape is the keyboard one */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: Escape (handled on the dialog) closes it from the keyboard */}
      <div class="dialog-backdrop" onClick={(event) => event.target === event.currentTarget && close()}>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: the dialog handles Escape and traps Tab */}
        {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: role is dialog or alertdialog, both support aria-modal */}
        <div
          ref={panel}
          class={`dialog dialog-${props.size ?? "md"}`}
          role={props.role ?? "dialog"}
          aria-modal="true"
          aria-labelledby={titleId}
          aria-describedby={props.description ? descriptionId : undefined}
          tabIndex={-1}
          onKeyDown={onKeyDown}
        >
          <div class="dialog-header">
            <h2 id={titleId}>{props.title}</h2>
            <Show when={props.description}>
              <div id={descriptionId} class="dialog-description">
                {props.description}
              </div>
            </Show>
          </div>
          <div class="dialog-body">{props.children}</div>
          <Show when={props.footer}>
            <div class="dialog-footer">{props.footer}</div>
          </Show>
        </div>
      </div>
    </Portal>
  );
}
