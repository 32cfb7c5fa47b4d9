import * as v from "valibot";
import { AuditEventSchema, rowToAuditEvent } from "../audit/audit-event.ts";
import { ContractLineSchema, rowToContractLine } from "../contracts/contract.ts";
import type { Db } from "../db/open-database.ts";
import { notFound } from "../http/api-error.ts";
import { CardSchema } from "./card.ts";
import { loadCardSet } from "./card-cache.ts";
import { parseCardId } from "./parse-card-id.ts";
import { listCardDecisionRows, listCardUsageRows } from "./reconciliation.repository.ts";

/** A vendor account's usage behind a card (`API.md` "Usage") with its domains. */
export const CardUsageSchema = v.object({
  vendorAccountId: v.string(),
  vendorServiceId: v.string(),
  name: v.string(),
  domains: v.array(v.string()),
  quantity: v.number(),
  /** The weekday-only ("portal view") figure; the explanation says why it differs. */
  portalQuantity: v.nullable(v.number()),
  window: v.nullable(v.object({ start: v.string(), end: v.string() })),
  maxDay: v.nullable(v.string()),
  days: v.array(v.object({ date: v.string(), usage: v.number() })),
  explanation: v.string(),
  syncedAt: v.string(),
});

/** One stored decision of the card's history. */
export const CardDecisionEntrySchema = v.object({
  id: v.string(),
  action: v.string(),
  quantity: v.nullable(v.number()),
  previousQuantity: v.nullable(v.number()),
  contractId: v.nullable(v.string()),
  contractLineId: v.nullable(v.string()),
  effectiveDate: v.nullable(v.string()),
  note: v.nullable(v.string()),
  psaQuantity: v.nullable(v.number()),
  vendorQuantity: v.nullable(v.number()),
  cardVersion: v.string(),
  by: v.string(),
  at: v.string(),
  auditEventId: v.string(),
});

/** GET /reconciliation/cards/:id. */
export const CardDetailsSchema = v.object({
  card: CardSchema,
  lines: v.array(ContractLineSchema),
  usage: v.array(CardUsageSchema),
  /** Every decision on the card this period, oldest first. */
  decisions: v.array(CardDecisionEntrySchema),
  /** The card's audit events, newest first. */
  history: v.array(AuditEventSchema),
});

/** GET /reconciliation/cards/:id. */
export type CardDetails = v.InferOutput<typeof CardDetailsSchema>;

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/**
 * A card with what explains it: its contract lines, each mapped vendor account's usage (30-day
 * window, the day of the maximum, the daily series, the portal-view figure and the rule's
 * explanation, when it was synced), its decisions and audit events. 404 for an unknown card or
 * another organization's.
 */
export async function getCardDetails(db: Db, organizationId: string, cardId: string): Promise<CardDetails> {
  const parts = parseCardId(cardId);
  if (!parts) throw notFound("card");
  const set = await loadCardSet(db, organizationId, parts.period);
  const card = set.cards.find((c) => c.id === cardId);
  if (!card) throw notFound("card");
  const lineRows =
    card.contractLineIds.length === 0
      ? []
      : await db
          .selectFrom("contract_lines")
          .selectAll()
          .where("organization_id", "=", organizationId)
          .where("id", "in", card.contractLineIds)
          .orderBy("id")
          .execute();
  const mappedServices = await db
    .selectFrom("service_mappings")
    .select("vendor_service_id")
    .where("organization_id", "=", organizationId)
    .where("status", "=", "mapped")
    .where("service_id", "=", card.serviceId)
    .execute();
  const vendorServiceIds = new Set(mappedServices.map((row) => row.vendor_service_id));
  const usageRows = (await listCardUsageRows(db, organizationId, card.vendorAccountIds)).filter((row) =>
    vendorServiceIds.has(row.vendor_service_id),
  );
  const decisionRows = await listCardDecisionRows(db, organizationId, parts.period, cardId);
  const auditRows = await db
    .selectFrom("audit_events")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("subject_type", "=", "card")
    .where("subject_id", "=", cardId)
    .orderBy("id", "desc")
    .execute();
  return {
    card,
    lines: lineRows.map(rowToContractLine),
    usage: usageRows.map((row) => ({
      vendorAccountId: row.vendor_account_id,
      vendorServiceId: row.vendor_service_id,
      name: row.name,
      domains: parseJson<string[]>(row.domains, []),
      quantity: row.quantity,
      portalQuantity: row.portal_quantity,
      window:
        row.window_start !== null && row.window_end !== null ? { start: row.window_start, end: row.window_end } : null,
      maxDay: row.max_day,
      days: parseJson<{ date: string; usage: number }[]>(row.days, []),
      explanation: row.explanation,
      syncedAt: row.synced_at,
    })),
    decisions: decisionRows.map((row) => ({
      id: row.id,
      action: row.action,
      quantity: row.quantity,
      previousQuantity: row.previous_quantity,
      contractId: row.contract_id,
      contractLineId: row.contract_line_id,
      effectiveDate: row.effective_date,
      note: row.note,
      psaQuantity: row.psa_quantity,
      vendorQuantity: row.vendor_quantity,
      cardVersion: row.card_version,
      by: row.actor_name,
      at: row.at,
      auditEventId: row.audit_event_id,
    })),
    history: auditRows.map(rowToAuditEvent),
  };
}
