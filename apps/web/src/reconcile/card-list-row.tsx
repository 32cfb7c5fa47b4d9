import type { JSX } from "solid-js";
import { CardActions } from "./card-actions.tsx";
import { CardFrame, CardSelect } from "./card-frame.tsx";
import { type CardViewProps, contractLabel, signOf } from "./card-tile.tsx";
import { formatQuantity, formatSignedCount, formatSignedMoney } from "./format-delta.ts";
import { KindBadge } from "./kind-badge.tsx";

/** One card as a dense row of the list view; columns line up with the list's header. */
export function CardListRow(props: CardViewProps): JSX.Element {
  const card = () => props.card;
  return (
    <CardFrame class="card-row" card={card()} selected={props.selected}>
      <span class="card-row-select">
        <CardSelect {...props} />
      </span>
      <span class="card-row-name">
        <span class="card-account">{card().accountName}</span>
        <span class="card-meta">
          {card().serviceName} · {contractLabel(card())}
        </span>
      </span>
      <span>
        <KindBadge kind={card().kind} />
      </span>
      <span class="numeric card-row-num">
        <span class="visually-hidden">PSA </span>
        {formatQuantity(card().psaQuantity)}
      </span>
      <span class="numeric card-row-num" data-testid="vendor-quantity">
        <span class="visually-hidden">Vendor </span>
        {formatQuantity(card().vendorQuantity)}
      </span>
      <span class="numeric card-row-num delta" data-sign={signOf(card().delta)}>
        <span class="visually-hidden">Delta </span>
        {formatSignedCount(card().delta)}
      </span>
      <span class="numeric card-row-num delta" data-sign={signOf(card().revenueDelta)}>
        <span class="visually-hidden">Revenue </span>
        {formatSignedMoney(card().revenueDelta)}
      </span>
      <span class="card-row-actions">
        <CardActions card={card()} canDecide={props.canDecide} busy={props.busy} handlers={props.handlers} />
      </span>
    </CardFrame>
  );
}
