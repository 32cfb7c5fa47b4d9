import type { ContractLineInput, DecisionRecord, MappingEntry, Period, ServicePrice, UsageQuantity } from "@tally/core";
import type { CardDecisionRow, NewCardDecisionRow } from "../db/database.ts";
import type { Db } from "../db/open-database.ts";
import { fromDecimalText } from "../services/money.ts";

/** One connected vendor of the organization. */
export interface IntegrationInput {
  id: string;
  vendor: string;
}

/** Everything the cards of one period are computed from, as core's inputs plus display names. */
export interface ReconcileData {
  integrations: IntegrationInput[];
  contractLines: ContractLineInput[];
  accountMappings: ReadonlyMap<string, MappingEntry[]>;
  serviceMappings: ReadonlyMap<string, MappingEntry[]>;
  usage: ReadonlyMap<string, UsageQuantity[]>;
  services: ServicePrice[];
  decisions: DecisionRecord[];
  accountNames: ReadonlyMap<string, string>;
  serviceNames: ReadonlyMap<string, string>;
  contractNames: ReadonlyMap<string, string>;
}

/** Narrows loading to one account × service (one card), for decisions. */
export interface ReconcileScope {
  accountId: string;
  serviceId: string;
}

/** The organization's reconciliation data version; 0 before any input was written. */
export async function readDataVersion(db: Db, organizationId: string): Promise<number> {
  const row = await db
    .selectFrom("reconciliation_data_versions")
    .select("version")
    .where("organization_id", "=", organizationId)
    .executeTakeFirst();
  return row?.version ?? 0;
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

function rowToMappingEntry(row: {
  integration_id: string;
  vendor_id: string;
  status: "mapped" | "excluded";
  target_id: string | null;
  mapped_by: "auto" | "user" | null;
}): MappingEntry & { integrationId: string } {
  return row.status === "mapped" && row.target_id !== null
    ? {
        integrationId: row.integration_id,
        status: "mapped",
        vendorId: row.vendor_id,
        targetId: row.target_id,
        mappedBy: row.mapped_by ?? "user",
      }
    : { integrationId: row.integration_id, status: "excluded", vendorId: row.vendor_id };
}

/** Maps a stored decision row to core's decision record. */
export function rowToDecisionRecord(row: CardDecisionRow): DecisionRecord {
  return {
    cardKey: row.card_key,
    period: row.period as Period,
    action: row.action,
    quantity: row.quantity,
    contractId: row.contract_id,
    effectiveDate: row.effective_date,
    note: row.note,
    psaQuantity: row.psa_quantity,
    vendorQuantity: row.vendor_quantity,
    by: { type: row.actor_type, id: row.actor_id ?? "", name: row.actor_name },
    at: row.at,
  };
}

/**
 * Loads what reconcilePeriod needs for one period: contract lines (of contracts that have not
 * ended) with their unit price, account and service mappings and current usage per integration,
 * service prices, the period's decisions, and names. With `scope`, only what one account ×
 * service card is computed from — the same card as the full load gives.
 */
export async function loadReconcileData(
  db: Db,
  organizationId: string,
  period: Period,
  scope?: ReconcileScope,
): Promise<ReconcileData> {
  const integrations = await db
    .selectFrom("integrations")
    .select(["id", "vendor"])
    .where("organization_id", "=", organizationId)
    .orderBy("id")
    .execute();

  let lineQuery = db
    .selectFrom("contract_lines as l")
    .innerJoin("contracts as c", "c.id", "l.contract_id")
    .select(["l.id", "l.contract_id", "c.account_id", "l.service_id", "l.quantity", "l.unit_price", "c.name"])
    .where("l.organization_id", "=", organizationId)
    .where("c.status", "!=", "ended");
  if (scope)
    lineQuery = lineQuery.where("c.account_id", "=", scope.accountId).where("l.service_id", "=", scope.serviceId);
  const lineRows = await lineQuery.execute();

  let accountMappingQuery = db
    .selectFrom("account_mappings")
    .select(["integration_id", "vendor_account_id as vendor_id", "status", "account_id as target_id", "mapped_by"])
    .where("organization_id", "=", organizationId);
  if (scope) accountMappingQuery = accountMappingQuery.where("account_id", "=", scope.accountId);
  const accountMappingRows = await accountMappingQuery.execute();

  const serviceMappingRows = await db
    .selectFrom("service_mappings")
    .select(["integration_id", "vendor_service_id as vendor_id", "status", "service_id as target_id", "mapped_by"])
    .where("organization_id", "=", organizationId)
    .execute();

  let usageQuery = db
    .selectFrom("current_usage as u")
    .select(["u.integration_id", "u.vendor_account_id", "u.vendor_service_id", "u.quantity"])
    .where("u.organization_id", "=", organizationId);
  if (scope) {
    const accountId = scope.accountId;
    usageQuery = usageQuery.where("u.vendor_account_id", "in", (eb) =>
      eb
        .selectFrom("account_mappings")
        .select("vendor_account_id")
        .where("organization_id", "=", organizationId)
        .where("account_id", "=", accountId)
        .where("status", "=", "mapped"),
    );
  }
  const usageRows = await usageQuery.execute();

  let serviceQuery = db
    .selectFrom("services")
    .select(["id", "name", "unit_price"])
    .where("organization_id", "=", organizationId);
  if (scope) serviceQuery = serviceQuery.where("id", "=", scope.serviceId);
  const serviceRows = await serviceQuery.execute();

  let accountQuery = db.selectFrom("accounts").select(["id", "name"]).where("organization_id", "=", organizationId);
  if (scope) accountQuery = accountQuery.where("id", "=", scope.accountId);
  const accountRows = await accountQuery.execute();

  let decisionQuery = db
    .selectFrom("card_decisions")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("period", "=", period);
  if (scope) {
    decisionQuery = decisionQuery.where("account_id", "=", scope.accountId).where("service_id", "=", scope.serviceId);
  }
  const decisionRows = await decisionQuery.orderBy("id").execute();

  return {
    integrations,
    contractLines: lineRows.map((row) => ({
      id: row.id,
      contractId: row.contract_id,
      accountId: row.account_id,
      serviceId: row.service_id,
      quantity: row.quantity,
      unitPrice: fromDecimalText(row.unit_price),
    })),
    accountMappings: groupBy(accountMappingRows.map(rowToMappingEntry), (entry) => entry.integrationId),
    serviceMappings: groupBy(serviceMappingRows.map(rowToMappingEntry), (entry) => entry.integrationId),
    usage: groupBy(
      usageRows.map((row) => ({
        integrationId: row.integration_id,
        vendorAccountId: row.vendor_account_id,
        vendorServiceId: row.vendor_service_id,
        quantity: row.quantity,
      })),
      (row) => row.integrationId,
    ),
    services: serviceRows.map((row) => ({ id: row.id, unitPrice: fromDecimalText(row.unit_price) })),
    decisions: decisionRows.map(rowToDecisionRecord),
    accountNames: new Map(accountRows.map((row) => [row.id, row.name])),
    serviceNames: new Map(serviceRows.map((row) => [row.id, row.name])),
    contractNames: new Map(lineRows.map((row) => [row.contract_id, row.name])),
  };
}

/** Stores one decision. */
export async function insertCardDecisionRow(db: Db, row: NewCardDecisionRow): Promise<void> {
  await db.insertInto("card_decisions").values(row).execute();
}

/** Every decision on one card of a period, oldest first. */
export function listCardDecisionRows(
  db: Db,
  organizationId: string,
  period: string,
  cardKey: string,
): Promise<CardDecisionRow[]> {
  return db
    .selectFrom("card_decisions")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("period", "=", period)
    .where("card_key", "=", cardKey)
    .orderBy("id")
    .execute();
}

/** A period's decisions that changed or created a contract line, oldest first, with names. */
export function listLineChangeRows(db: Db, organizationId: string, period: string) {
  return db
    .selectFrom("card_decisions as d")
    .leftJoin("accounts as a", "a.id", "d.account_id")
    .leftJoin("services as s", "s.id", "d.service_id")
    .leftJoin("contract_lines as l", "l.id", "d.contract_line_id")
    .leftJoin("contracts as c", "c.id", "l.contract_id")
    .select([
      "d.id",
      "d.card_key",
      "d.action",
      "d.account_id",
      "a.name as account_name",
      "l.contract_id",
      "c.name as contract_name",
      "d.service_id",
      "s.name as service_name",
      "d.contract_line_id",
      "d.previous_quantity",
      "d.quantity",
      "d.effective_date",
      "d.note",
      "d.actor_name",
      "d.at",
    ])
    .where("d.organization_id", "=", organizationId)
    .where("d.period", "=", period)
    .where("d.contract_line_id", "is not", null)
    .where("d.action", "in", ["approve", "adjust", "attach"])
    .orderBy("d.id")
    .execute();
}

/** The usage behind one card: each vendor account's current figure with its explanation. */
export function listCardUsageRows(db: Db, organizationId: string, vendorAccountIds: readonly string[]) {
  if (vendorAccountIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("current_usage as u")
    .innerJoin("vendor_accounts as va", "va.id", "u.vendor_account_id")
    .select([
      "u.vendor_account_id",
      "u.vendor_service_id",
      "va.name",
      "va.domains",
      "u.quantity",
      "u.portal_quantity",
      "u.window_start",
      "u.window_end",
      "u.max_day",
      "u.days",
      "u.explanation",
      "u.synced_at",
    ])
    .where("u.organization_id", "=", organizationId)
    .where("u.vendor_account_id", "in", [...vendorAccountIds])
    .orderBy("u.vendor_account_id")
    .execute();
}
