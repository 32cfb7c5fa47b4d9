import type { Period } from "@tally/core";
import { writeCsv } from "../csv/write-csv.ts";
import type { Db } from "../db/open-database.ts";
import type { ApiCard } from "./card.ts";
import { listLineChangeRows } from "./reconciliation.repository.ts";

/** The header of the cards export. */
export const cardsCsvHeader = [
  "card_id",
  "period",
  "vendor",
  "kind",
  "status",
  "account",
  "service",
  "contract",
  "psa_quantity",
  "vendor_quantity",
  "delta",
  "unit_price",
  "revenue_delta",
  "reasons",
  "decision",
  "decided_quantity",
  "effective_date",
  "note",
  "decided_by",
  "decided_at",
] as const;

/** The period's cards with their decisions and notes as RFC 4180 CSV (formula-safe). */
export function writeCardsCsv(cards: readonly ApiCard[]): string {
  return writeCsv([
    cardsCsvHeader,
    ...cards.map((card) => [
      card.id,
      card.period,
      card.vendor,
      card.kind,
      card.status,
      card.accountName,
      card.serviceName,
      card.contractName,
      card.psaQuantity,
      card.vendorQuantity,
      card.delta,
      card.unitPrice,
      card.revenueDelta,
      card.reasons.join(" "),
      card.decision?.action,
      card.decision?.quantity,
      card.decision?.effectiveDate,
      card.decision?.note,
      card.decision?.by,
      card.decision?.at,
    ]),
  ]);
}

/** The header of the changes export. */
export const changesCsvHeader = [
  "account",
  "contract",
  "service",
  "old_quantity",
  "new_quantity",
  "effective_date",
  "action",
  "note",
  "decided_by",
  "decided_at",
  "contract_line_id",
  "card_id",
] as const;

/**
 * The period's approved, adjusted and attached lines (account, contract, service, old → new
 * quantity, effective date, who, when) as CSV, for applying in the PSA; oldest first. A new
 * line (attach) has an empty old quantity.
 */
export async function writeChangesCsv(db: Db, organizationId: string, period: Period): Promise<string> {
  const rows = await listLineChangeRows(db, organizationId, period);
  return writeCsv([
    changesCsvHeader,
    ...rows.map((row) => [
      row.account_name,
      row.contract_name,
      row.service_name,
      row.previous_quantity,
      row.quantity,
      row.effective_date,
      row.action,
      row.note,
      row.actor_name,
      row.at,
      row.contract_line_id,
      row.card_key,
    ]),
  ]);
}
