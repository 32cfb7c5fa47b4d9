import type { JSX } from "solid-js";
import type { ReconciliationCard } from "../api/types.ts";
import { type CardActionHandlers, CardActions } from "./card-actions.tsx";
import { CardFrame, CardSelect } from "./card-frame.tsx";
import { formatQuantity, formatSignedCount, formatSignedMoney } from "./format-delta.ts";
import { KindBadge } from "./kind-badge.tsx";

/** What both card layouts (tile and list row) take. */
export interface CardViewProps {
  card: ReconciliationCard;
  selected: boolean;
  onToggle: (card: ReconciliationCard) => void;
  canDecide: boolean;
  busy: boolean;
  handlers: CardActionHandlers;
}

/** The sign of a number as a data attribute, so deltas can be coloured by CSS. */
export function signOf(value: number | null): "up" | "down" | "zero" {
  return value === null || value === 0 ? "zero" : value > 0 ? "up" : "down";
}

/** The card's contract as people read it. */
export function contractLabel(card: ReconciliationCard): string {
  if (card.contractId === null) return "No contract";
  return card.contractName ?? "Contract";
}

/**
 * One card in the card view: service and account, the contract, PSA beside vendor quantity,
 * the delta and revenue delta, the kind badge and the actions.
 */
export function CardTile(props: CardViewProps): JSX.Element {
  const card = () => props.card;
  return (
    <CardFrame class="card-tile" card={card()} selected={props.selected}>
      <header class="card-tile-head">
        <CardSelect {...props} />
        <div class="card-tile-title">
          <span class="card-account">{card().accountName}</span>
          <span class="card-meta">{card().serviceName}</span>
          <span class="card-contract">{contractLabel(card())}</span>
        </div>
        <KindBadge kind={card().kind} />
      </header>
      <dl class="card-figures">
        <div>
          <dt>PSA</dt>
          <dd class="numeric">{formatQuantity(card().psaQuantity)}</dd>
        </div>
        <div>
          <dt>Vendor</dt>
          <dd class="numeric" data-testid="vendor-quantity">
            {formatQuantity(card().vendorQuantity)}
          </dd>
        </div>
        <div>
          <dt>Delta</dt>
          <dd class="numeric delta" data-sign={signOf(card().delta)}>
            {formatSignedCount(card().delta)}
          </dd>
        </div>
        <div>
          <dt>Revenue</dt>
          <dd class="numeric delta" data-sign={signOf(card().revenueDelta)}>
            {formatSignedMoney(card().revenueDelta)}
          </dd>
        </div>
      </dl>
      <CardActions card={card()} canDecide={props.canDecide} busy={props.busy} handlers={props.handlers} />
    </CardFrame>
  );
}
