import { CoreError } from "../errors/core-error.ts";
import { type Rejection, reject } from "../errors/rejection.ts";
import { isIsoDate } from "../period/period.ts";
import type { Card, CardKind } from "../reconciliation/card.ts";
import type { DecisionAction, DecisionActor, DecisionRecord } from "./decision-record.ts";
import { defaultEffectiveDate } from "./default-effective-date.ts";

interface RequestBase {
  readonly note?: string;
  /** The card version the user saw (`If-Match`); a different current version is `stale_card`. */
  readonly expectedVersion?: string;
}

/** What a user asks to do with a card. */
export type DecisionRequest =
  | (RequestBase & { readonly action: "approve"; readonly effectiveDate?: string })
  | (RequestBase & { readonly action: "adjust"; readonly quantity: number; readonly effectiveDate?: string })
  | (RequestBase & { readonly action: "dismiss" })
  | (RequestBase & { readonly action: "attach"; readonly contractId: string; readonly effectiveDate?: string });

/** The contract-line change a decision asks the caller to make. */
export type LineChange =
  | {
      readonly kind: "update_quantity";
      readonly contractId: string;
      readonly contractLineId: string;
      readonly from: number;
      readonly to: number;
      readonly effectiveDate: string;
    }
  | {
      readonly kind: "create_line";
      readonly contractId: string;
      readonly accountId: string;
      readonly serviceId: string;
      readonly quantity: number;
      /** null: use the service's price. */
      readonly unitPrice: number | null;
      readonly effectiveDate: string;
    };

/** The audit event a decision records (the caller adds the id). */
export interface AuditEventDraft {
  readonly type: `card.${DecisionAction}`;
  readonly at: string;
  readonly actor: DecisionActor;
  readonly subject: {
    readonly type: "card";
    readonly key: string;
    readonly period: string;
    readonly vendor: string;
    readonly accountId: string;
    readonly serviceId: string;
  };
  readonly before: {
    readonly kind: CardKind;
    readonly status: Card["status"];
    readonly psaQuantity: number | null;
    readonly vendorQuantity: number | null;
  };
  readonly after: {
    readonly action: DecisionAction;
    readonly quantity: number | null;
    readonly contractId: string | null;
    readonly effectiveDate: string | null;
    readonly note: string | null;
  };
}

/** Why a decision was refused. */
export type DecisionRejectionCode =
  | "wrong_kind"
  | "negative_quantity"
  | "non_integer_quantity"
  | "invalid_effective_date"
  | "missing_contract"
  | "stale_card"
  | "already_decided";

/** The outcome of {@link applyDecision}. */
export type DecisionResult =
  | {
      readonly ok: true;
      readonly outcome: "applied";
      readonly card: Card;
      readonly record: DecisionRecord;
      /** null when the decision changes no line (dismiss, or a quantity that is already billed). */
      readonly lineChange: LineChange | null;
      readonly audit: AuditEventDraft;
    }
  | {
      /** The card already carries this very decision: nothing to change, nothing to record. */
      readonly ok: true;
      readonly outcome: "unchanged";
      readonly card: Card;
      readonly record: DecisionRecord;
      readonly lineChange: null;
      readonly audit: null;
    }
  | Rejection<DecisionRejectionCode>;

/** The context of a decision: the clock and who decides. */
export interface DecisionContext {
  readonly now: Date;
  readonly actor: DecisionActor;
}

const allowedKinds: Record<DecisionAction, readonly CardKind[]> = {
  approve: ["reconcile", "no_change"],
  adjust: ["reconcile", "no_change", "missing_usage"],
  dismiss: ["no_change", "reconcile", "new_revenue", "missing_usage", "review"],
  attach: ["new_revenue"],
};

function validate(request: DecisionRequest): Rejection<DecisionRejectionCode> | undefined {
  if (request.action === "adjust") {
    if (!Number.isFinite(request.quantity) || !Number.isInteger(request.quantity)) {
      return reject("non_integer_quantity", `quantity ${request.quantity} is not a whole number`);
    }
    if (request.quantity < 0) return reject("negative_quantity", `quantity ${request.quantity} is negative`);
  }
  if (request.action === "attach" && request.contractId.trim() === "") {
    return reject("missing_contract", "attach needs the contract to add the line to");
  }
  if (request.action !== "dismiss" && request.effectiveDate !== undefined && !isIsoDate(request.effectiveDate)) {
    return reject("invalid_effective_date", `"${request.effectiveDate}" is not a YYYY-MM-DD date`);
  }
  return undefined;
}

function decidedQuantity(card: Card, request: DecisionRequest): number | null {
  switch (request.action) {
    case "approve":
    case "attach":
      return card.vendorQuantity;
    case "adjust":
      return request.quantity;
    case "dismiss":
      return null;
  }
}

function sameDecision(record: DecisionRecord, request: DecisionRequest, quantity: number | null): boolean {
  return (
    record.action === request.action &&
    record.quantity === quantity &&
    record.contractId === (request.action === "attach" ? request.contractId : null) &&
    record.note === (request.note ?? null) &&
    // A request without an effective date accepts whichever default the first one got.
    (request.action === "dismiss" ||
      request.effectiveDate === undefined ||
      request.effectiveDate === record.effectiveDate)
  );
}

function lineChangeOf(card: Card, request: DecisionRequest, quantity: number | null, effectiveDate: string | null) {
  if (quantity === null || effectiveDate === null) return null;
  if (request.action === "attach") {
    return {
      kind: "create_line" as const,
      contractId: request.contractId,
      accountId: card.accountId,
      serviceId: card.serviceId,
      quantity,
      unitPrice: card.unitPrice,
      effectiveDate,
    };
  }
  if (card.contractId === null || card.contractLineId === null || card.psaQuantity === null) return null;
  if (card.psaQuantity === quantity) return null;
  return {
    kind: "update_quantity" as const,
    contractId: card.contractId,
    contractLineId: card.contractLineId,
    from: card.psaQuantity,
    to: quantity,
    effectiveDate,
  };
}

/**
 * Applies a user's decision to a card: approve (line quantity := vendor quantity), adjust (a
 * chosen quantity), dismiss (hide for the period) or attach (a `new_revenue` card becomes a new
 * contract line). Returns the decided card, the stored record, the line change to make and the
 * audit event to record, or a typed rejection. Applying the same decision again is `unchanged`
 * and records nothing; a different decision on a decided card is `already_decided`.
 *
 * @example
 * const result = applyDecision(card, { action: "approve", expectedVersion: card.version }, { now, actor });
 * if (result.ok && result.lineChange) await updateLine(result.lineChange);
 */
export function applyDecision(card: Card, request: DecisionRequest, context: DecisionContext): DecisionResult {
  if (Number.isNaN(context.now.getTime())) throw new CoreError("invalid_date", "now is an invalid date");
  const invalid = validate(request);
  if (invalid) return invalid;
  if (request.expectedVersion !== undefined && request.expectedVersion !== card.version) {
    return reject("stale_card", `the card changed (version ${card.version}, expected ${request.expectedVersion})`);
  }
  const quantity = decidedQuantity(card, request);
  if (card.status === "decided" && card.decision) {
    if (sameDecision(card.decision, request, quantity)) {
      return { ok: true, outcome: "unchanged", card, record: card.decision, lineChange: null, audit: null };
    }
    return reject("already_decided", `the card was already decided (${card.decision.action} at ${card.decision.at})`);
  }
  if (!allowedKinds[request.action].includes(card.kind)) {
    return reject(
      "wrong_kind",
      `a ${card.kind} card cannot be ${request.action === "dismiss" ? "dismissed" : `${request.action}d`}`,
    );
  }
  const effectiveDate =
    request.action === "dismiss" ? null : (request.effectiveDate ?? defaultEffectiveDate(context.now));
  const at = context.now.toISOString();
  const note = request.note ?? null;
  const contractId = request.action === "attach" ? request.contractId : null;
  const record: DecisionRecord = {
    cardKey: card.key,
    period: card.period,
    action: request.action,
    quantity,
    contractId,
    effectiveDate,
    note,
    psaQuantity: card.psaQuantity,
    vendorQuantity: card.vendorQuantity,
    by: context.actor,
    at,
  };
  const audit: AuditEventDraft = {
    type: `card.${request.action}`,
    at,
    actor: context.actor,
    subject: {
      type: "card",
      key: card.key,
      period: card.period,
      vendor: card.vendor,
      accountId: card.accountId,
      serviceId: card.serviceId,
    },
    before: {
      kind: card.kind,
      status: card.status,
      psaQuantity: card.psaQuantity,
      vendorQuantity: card.vendorQuantity,
    },
    after: { action: request.action, quantity, contractId, effectiveDate, note },
  };
  return {
    ok: true,
    outcome: "applied",
    card: { ...card, status: "decided", decision: record, changedSinceDecision: false },
    record,
    lineChange: lineChangeOf(card, request, quantity, effectiveDate),
    audit,
  };
}
