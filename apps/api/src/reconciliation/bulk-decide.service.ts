import { applyDecision, type DecisionRequest, type Period } from "@tally/core";
import * as v from "valibot";
import type { WriteContext } from "../audit/write-context.ts";
import type { Db } from "../db/open-database.ts";
import { loadCardSet } from "./card-cache.ts";
import { decisionActorOf, writeAppliedDecision } from "./decide-card.service.ts";
import { parseCardId } from "./parse-card-id.ts";

/** One card's outcome in a bulk action, the same in a dry run and when applied. */
export const BulkCardOutcomeSchema = v.object({
  cardId: v.string(),
  /** changed: the card gets decided (and its line changes when before ≠ after); unchanged: already so decided; rejected: left as is. */
  outcome: v.picklist(["changed", "unchanged", "rejected"]),
  /** The line quantity before and after; null for cards without one line. */
  before: v.nullable(v.number()),
  after: v.nullable(v.number()),
  effectiveDate: v.nullable(v.string()),
  /** Why a card was rejected (core's code: wrong_kind, already_decided, not_found, …). */
  code: v.nullable(v.string()),
  reason: v.nullable(v.string()),
  /** The card's audit event when applied; null in a dry run and for unchanged / rejected cards. */
  auditEventId: v.nullable(v.string()),
});

/** What POST /reconciliation/bulk returns. */
export const BulkResultSchema = v.object({
  dryRun: v.boolean(),
  changed: v.number(),
  unchanged: v.number(),
  rejected: v.number(),
  items: v.array(BulkCardOutcomeSchema),
});

/** What POST /reconciliation/bulk returns. */
export type BulkResult = v.InferOutput<typeof BulkResultSchema>;
type BulkCardOutcome = v.InferOutput<typeof BulkCardOutcomeSchema>;

/** A bulk request: one action and effective date for many cards. */
export interface BulkRequest {
  action: "approve" | "dismiss";
  cardIds: string[];
  effectiveDate?: string | undefined;
}

function rejected(cardId: string, code: string, reason: string): BulkCardOutcome {
  return {
    cardId,
    outcome: "rejected",
    before: null,
    after: null,
    effectiveDate: null,
    code,
    reason,
    auditEventId: null,
  };
}

/**
 * Approves or dismisses many cards with per-card results, in one transaction: each card is
 * decided through core's applyDecision exactly as a single action would; cards core refuses
 * (wrong kind, already decided otherwise, unknown) are reported as `rejected` and left alone
 * while the others are applied. A dry run computes the very same outcomes and writes nothing.
 *
 * @example await bulkDecide(db, ctx, { action: "approve", cardIds }, { dryRun: true });
 */
export function bulkDecide(
  db: Db,
  ctx: WriteContext,
  request: BulkRequest,
  options: { dryRun: boolean },
): Promise<BulkResult> {
  return db.transaction().execute(async (trx) => {
    const actor = decisionActorOf(ctx);
    const decision: DecisionRequest =
      request.action === "approve"
        ? {
            action: "approve",
            ...(request.effectiveDate === undefined ? {} : { effectiveDate: request.effectiveDate }),
          }
        : { action: "dismiss" };
    const sets = new Map<Period, Awaited<ReturnType<typeof loadCardSet>>>();
    const items: BulkCardOutcome[] = [];
    for (const cardId of new Set(request.cardIds)) {
      const parts = parseCardId(cardId);
      if (!parts) {
        items.push(rejected(cardId, "not_found", "No card with this id."));
        continue;
      }
      let set = sets.get(parts.period);
      if (!set) {
        // Read once per period before any write, so every card is judged on the same data.
        set = await loadCardSet(db, ctx.organizationId, parts.period, trx);
        sets.set(parts.period, set);
      }
      const card = set.coreCards.get(cardId);
      if (!card) {
        items.push(rejected(cardId, "not_found", "No card with this id."));
        continue;
      }
      const result = applyDecision(card, decision, { now: ctx.now, actor });
      if (!result.ok) {
        items.push(rejected(cardId, result.code, result.message));
        continue;
      }
      const before = card.psaQuantity;
      const change = result.lineChange;
      const after = change?.kind === "update_quantity" ? change.to : before;
      const base = { cardId, before, after, effectiveDate: result.record.effectiveDate, code: null, reason: null };
      if (result.outcome === "unchanged") {
        items.push({ ...base, outcome: "unchanged", auditEventId: null });
        continue;
      }
      const auditEventId = options.dryRun ? null : (await writeAppliedDecision(trx, ctx, card, result)).auditEventId;
      items.push({ ...base, outcome: "changed", auditEventId });
    }
    const count = (outcome: BulkCardOutcome["outcome"]) => items.filter((i) => i.outcome === outcome).length;
    return {
      dryRun: options.dryRun,
      changed: count("changed"),
      unchanged: count("unchanged"),
      rejected: count("rejected"),
      items,
    };
  });
}
