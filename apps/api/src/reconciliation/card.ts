import { type Card as CoreCard, describeCardReason } from "@tally/core";
import * as v from "valibot";

const kinds = ["no_change", "reconcile", "new_revenue", "missing_usage", "review"] as const;
const actions = ["approve", "adjust", "dismiss", "attach"] as const;

/** A card's decision as the API returns it. */
export const CardDecisionSchema = v.object({
  action: v.picklist(actions),
  quantity: v.nullable(v.number()),
  contractId: v.nullable(v.string()),
  effectiveDate: v.nullable(v.string()),
  note: v.nullable(v.string()),
  /** The actor's name. */
  by: v.string(),
  byActor: v.object({ type: v.picklist(["user", "token", "system"]), id: v.nullable(v.string()), name: v.string() }),
  at: v.string(),
  psaQuantity: v.nullable(v.number()),
  vendorQuantity: v.nullable(v.number()),
});

/** A reconciliation card as the API returns it (`API.md` "Card"); `id` is core's card key. */
export const CardSchema = v.object({
  id: v.string(),
  kind: v.picklist(kinds),
  period: v.string(),
  vendor: v.string(),
  accountId: v.string(),
  accountName: v.string(),
  serviceId: v.string(),
  serviceName: v.string(),
  contractId: v.nullable(v.string()),
  contractName: v.nullable(v.string()),
  contractLineId: v.nullable(v.string()),
  contractLineIds: v.array(v.string()),
  vendorAccountIds: v.array(v.string()),
  psaQuantity: v.nullable(v.number()),
  vendorQuantity: v.nullable(v.number()),
  delta: v.nullable(v.number()),
  unitPrice: v.nullable(v.number()),
  revenueDelta: v.nullable(v.number()),
  status: v.picklist(["open", "decided"]),
  version: v.string(),
  /** Plain-language sentences, one per reason code. */
  reasons: v.array(v.string()),
  reasonCodes: v.array(v.string()),
  changedSinceDecision: v.boolean(),
  decision: v.nullable(CardDecisionSchema),
});

/** A reconciliation card as the API returns it. */
export type ApiCard = v.InferOutput<typeof CardSchema>;

/** The display names a card needs beside core's ids. */
export interface CardNames {
  accountName: (id: string) => string;
  serviceName: (id: string) => string;
  contractName: (id: string) => string | null;
}

/** Maps core's card to its API shape, with names and reason sentences. */
export function toApiCard(card: CoreCard, names: CardNames): ApiCard {
  const decision = card.decision;
  return {
    id: card.key,
    kind: card.kind,
    period: card.period,
    vendor: card.vendor,
    accountId: card.accountId,
    accountName: names.accountName(card.accountId),
    serviceId: card.serviceId,
    serviceName: names.serviceName(card.serviceId),
    contractId: card.contractId,
    contractName: card.contractId === null ? null : names.contractName(card.contractId),
    contractLineId: card.contractLineId,
    contractLineIds: [...card.contractLineIds],
    vendorAccountIds: [...card.vendorAccountIds],
    psaQuantity: card.psaQuantity,
    vendorQuantity: card.vendorQuantity,
    delta: card.delta,
    unitPrice: card.unitPrice,
    revenueDelta: card.revenueDelta,
    status: card.status,
    version: card.version,
    reasons: card.reasons.map((reason) => describeCardReason(reason, card)),
    reasonCodes: [...card.reasons],
    changedSinceDecision: card.changedSinceDecision,
    decision:
      decision === null
        ? null
        : {
            action: decision.action,
            quantity: decision.quantity,
            contractId: decision.contractId,
            effectiveDate: decision.effectiveDate,
            note: decision.note,
            by: decision.by.name,
            byActor: {
              type: decision.by.type,
              id: decision.by.id === "" ? null : decision.by.id,
              name: decision.by.name,
            },
            at: decision.at,
            psaQuantity: decision.psaQuantity,
            vendorQuantity: decision.vendorQuantity,
          },
  };
}
