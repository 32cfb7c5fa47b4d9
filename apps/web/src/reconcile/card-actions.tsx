import { type JSX, Show } from "solid-js";
import type { ReconciliationCard } from "../api/types.ts";
import { canTakeAction } from "./allowed-actions.ts";

/** What a person can ask for on one card. */
export interface CardActionHandlers {
  onApprove: (card: ReconciliationCard) => void;
  onAdjust: (card: ReconciliationCard) => void;
  onDismiss: (card: ReconciliationCard) => void;
  onAttach: (card: ReconciliationCard) => void;
  onExplain: (card: ReconciliationCard) => void;
}

/**
 * The card's buttons: Why this number? for everyone; Approve, Adjust, Dismiss and Attach only for
 * roles that may decide, on open cards, and only where the card's kind accepts them.
 */
export function CardActions(props: {
  card: ReconciliationCard;
  canDecide: boolean;
  busy: boolean;
  handlers: CardActionHandlers;
}): JSX.Element {
  const card = () => props.card;
  const label = () => `${card().accountName}, ${card().serviceName}`;
  const can = (action: "approve" | "adjust" | "dismiss" | "attach") =>
    props.canDecide && card().status === "open" && canTakeAction(card().kind, action);
  return (
    <div class="card-actions">
      <Show when={can("approve")}>
        <button
          type="button"
          class="btn btn-primary btn-sm"
          disabled={props.busy}
          aria-label={`Approve ${label()}`}
          onClick={() => props.handlers.onApprove(card())}
        >
          Approve
        </button>
      </Show>
      <Show when={can("attach")}>
        <button
          type="button"
          class="btn btn-primary btn-sm"
          disabled={props.busy}
          aria-label={`Attach ${label()} to a contract`}
          onClick={() => props.handlers.onAttach(card())}
        >
          Attach
        </button>
      </Show>
      <Show when={can("adjust")}>
        <button
          type="button"
          class="btn btn-sm"
          disabled={props.busy}
          aria-label={`Adjust ${label()}`}
          onClick={() => props.handlers.onAdjust(card())}
        >
          Adjust
        </button>
      </Show>
      <Show when={can("dismiss")}>
        <button
          type="button"
          class="btn btn-ghost btn-sm"
          disabled={props.busy}
          aria-label={`Dismiss ${label()}`}
          onClick={() => props.handlers.onDismiss(card())}
        >
          Dismiss
        </button>
      </Show>
      <button
        type="button"
        class="btn btn-ghost btn-sm why-button"
        aria-label={`Why this number? ${label()}`}
        onClick={() => props.handlers.onExplain(card())}
      >
        Why this number?
      </button>
    </div>
  );
}
