import type { MappingEntry } from "@tally/core";
import { containsText } from "../db/contains-text.ts";
import type { IntegrationRow, IntegrationTable, VendorAccountRow } from "../db/database.ts";
import type { Db } from "../db/open-database.ts";
import type { MappingCounts, VendorAccountWithMapping, VendorServiceWithMapping } from "./integration.ts";

/** Which side of the mapping: vendor accounts → accounts, or vendor services → services. */
export type MappingSide = "account" | "service";

/** One integration of the organization. */
export function findIntegrationRow(db: Db, organizationId: string, id: string): Promise<IntegrationRow | undefined> {
  return db
    .selectFrom("integrations")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** The organization's connected integration of a vendor. */
export function findIntegrationByVendor(
  db: Db,
  organizationId: string,
  vendor: IntegrationTable["vendor"],
): Promise<IntegrationRow | undefined> {
  return db
    .selectFrom("integrations")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("vendor", "=", vendor)
    .executeTakeFirst();
}

/** Every connected integration of every organization with one of `statuses` (for the schedule). */
export function listIntegrationRowsByStatus(db: Db, statuses: IntegrationRow["status"][]): Promise<IntegrationRow[]> {
  return db.selectFrom("integrations").selectAll().where("status", "in", statuses).orderBy("id").execute();
}

/** Inserts an integration. */
export async function insertIntegrationRow(db: Db, row: IntegrationRow): Promise<void> {
  await db.insertInto("integrations").values(row).execute();
}

/** Updates an integration of the organization. */
export async function updateIntegrationRow(
  db: Db,
  organizationId: string,
  id: string,
  changes: Partial<Omit<IntegrationRow, "id" | "organization_id">>,
): Promise<void> {
  await db
    .updateTable("integrations")
    .set(changes)
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .execute();
}

/** How many vendor accounts of the integration are mapped, unmapped and excluded. */
export async function countVendorAccountsByStatus(
  db: Db,
  organizationId: string,
  integrationId: string,
): Promise<MappingCounts> {
  const rows = await db
    .selectFrom("vendor_accounts")
    .leftJoin("account_mappings", "account_mappings.vendor_account_id", "vendor_accounts.id")
    .select(["account_mappings.status as status", (eb) => eb.fn.countAll<number>().as("n")])
    .where("vendor_accounts.organization_id", "=", organizationId)
    .where("vendor_accounts.integration_id", "=", integrationId)
    .groupBy("account_mappings.status")
    .execute();
  const counts = { mapped: 0, unmapped: 0, excluded: 0 };
  for (const row of rows) counts[row.status ?? "unmapped"] += Number(row.n);
  return counts;
}

/** Filters of the vendor account list. */
export interface VendorAccountFilter {
  status?: "unmapped" | "mapped" | "excluded" | undefined;
  q?: string | undefined;
}

function selectVendorAccounts(db: Db, organizationId: string, integrationId: string) {
  return db
    .selectFrom("vendor_accounts")
    .leftJoin("account_mappings", "account_mappings.vendor_account_id", "vendor_accounts.id")
    .selectAll("vendor_accounts")
    .select([
      "account_mappings.status as mapping_status",
      "account_mappings.account_id as account_id",
      "account_mappings.mapped_by as mapped_by",
    ])
    .where("vendor_accounts.organization_id", "=", organizationId)
    .where("vendor_accounts.integration_id", "=", integrationId);
}

/** A page of the integration's vendor accounts with their mapping, in id order after `after`. */
export function listVendorAccountRows(
  db: Db,
  organizationId: string,
  integrationId: string,
  filter: VendorAccountFilter,
  after: string | undefined,
  take: number,
): Promise<VendorAccountWithMapping[]> {
  let query = selectVendorAccounts(db, organizationId, integrationId);
  if (filter.status === "unmapped") query = query.where("account_mappings.status", "is", null);
  else if (filter.status !== undefined) query = query.where("account_mappings.status", "=", filter.status);
  const q = filter.q;
  if (q !== undefined) {
    query = query.where((eb) =>
      eb.or([
        containsText("vendor_accounts.name", q),
        containsText("vendor_accounts.domains", q),
        eb("vendor_accounts.external_id", "=", q),
      ]),
    );
  }
  if (after !== undefined) query = query.where("vendor_accounts.id", ">", after);
  return query.orderBy("vendor_accounts.id").limit(take).execute();
}

/** One vendor account of the integration with its mapping. */
export function findVendorAccountRow(
  db: Db,
  organizationId: string,
  integrationId: string,
  id: string,
): Promise<VendorAccountWithMapping | undefined> {
  return selectVendorAccounts(db, organizationId, integrationId)
    .where("vendor_accounts.id", "=", id)
    .executeTakeFirst();
}

/** Every vendor account of the integration (no mapping), in id order. */
export function listAllVendorAccountRows(
  db: Db,
  organizationId: string,
  integrationId: string,
): Promise<VendorAccountRow[]> {
  return db
    .selectFrom("vendor_accounts")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("integration_id", "=", integrationId)
    .orderBy("id")
    .execute();
}

/** Inserts vendor accounts. */
export async function insertVendorAccountRows(db: Db, rows: VendorAccountRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) {
    await db
      .insertInto("vendor_accounts")
      .values(rows.slice(i, i + 100))
      .execute();
  }
}

/** Renames a vendor account (its mapping is keyed on the id, so it stays). */
export async function renameVendorAccountRow(
  db: Db,
  organizationId: string,
  id: string,
  name: string,
  updatedAt: string,
): Promise<void> {
  await db
    .updateTable("vendor_accounts")
    .set({ name, updated_at: updatedAt })
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .execute();
}

function selectVendorServices(db: Db, organizationId: string, integrationId: string) {
  return db
    .selectFrom("vendor_services")
    .leftJoin("service_mappings", "service_mappings.vendor_service_id", "vendor_services.id")
    .selectAll("vendor_services")
    .select([
      "service_mappings.status as mapping_status",
      "service_mappings.service_id as service_id",
      "service_mappings.mapped_by as mapped_by",
    ])
    .where("vendor_services.organization_id", "=", organizationId)
    .where("vendor_services.integration_id", "=", integrationId);
}

/** Every vendor service of the integration with its mapping, in id order. */
export function listVendorServiceRows(
  db: Db,
  organizationId: string,
  integrationId: string,
  status?: "unmapped" | "mapped" | "excluded",
): Promise<VendorServiceWithMapping[]> {
  let query = selectVendorServices(db, organizationId, integrationId);
  if (status === "unmapped") query = query.where("service_mappings.status", "is", null);
  else if (status !== undefined) query = query.where("service_mappings.status", "=", status);
  return query.orderBy("vendor_services.id").execute();
}

/** One vendor service of the integration with its mapping. */
export function findVendorServiceRow(
  db: Db,
  organizationId: string,
  integrationId: string,
  id: string,
): Promise<VendorServiceWithMapping | undefined> {
  return selectVendorServices(db, organizationId, integrationId)
    .where("vendor_services.id", "=", id)
    .executeTakeFirst();
}

/** The stored mapping entries of one side of an integration, in core's terms. */
export async function listMappingEntries(
  db: Db,
  organizationId: string,
  integrationId: string,
  side: MappingSide,
  vendorIds?: readonly string[],
): Promise<MappingEntry[]> {
  const rows =
    side === "account"
      ? await db
          .selectFrom("account_mappings")
          .select(["vendor_account_id as vendor_id", "status", "account_id as target_id", "mapped_by"])
          .where("organization_id", "=", organizationId)
          .where("integration_id", "=", integrationId)
          .$if(vendorIds !== undefined, (q) => q.where("vendor_account_id", "in", [...(vendorIds ?? []), ""]))
          .execute()
      : await db
          .selectFrom("service_mappings")
          .select(["vendor_service_id as vendor_id", "status", "service_id as target_id", "mapped_by"])
          .where("organization_id", "=", organizationId)
          .where("integration_id", "=", integrationId)
          .$if(vendorIds !== undefined, (q) => q.where("vendor_service_id", "in", [...(vendorIds ?? []), ""]))
          .execute();
  return rows.map(
    (r): MappingEntry =>
      r.status === "mapped" && r.target_id !== null
        ? { status: "mapped", vendorId: r.vendor_id, targetId: r.target_id, mappedBy: r.mapped_by ?? "user" }
        : { status: "excluded", vendorId: r.vendor_id },
  );
}

/** Stores one vendor item's mapping entry, or deletes it (unmapped) when `entry` is undefined. */
export async function writeMappingEntry(
  db: Db,
  organizationId: string,
  integrationId: string,
  side: MappingSide,
  vendorId: string,
  entry: MappingEntry | undefined,
  updatedAt: string,
): Promise<void> {
  const targetId = entry?.status === "mapped" ? entry.targetId : null;
  const mappedBy = entry?.status === "mapped" ? entry.mappedBy : null;
  if (side === "account") {
    await db.deleteFrom("account_mappings").where("vendor_account_id", "=", vendorId).execute();
    if (entry) {
      await db
        .insertInto("account_mappings")
        .values({
          organization_id: organizationId,
          integration_id: integrationId,
          vendor_account_id: vendorId,
          status: entry.status,
          account_id: targetId,
          mapped_by: mappedBy,
          updated_at: updatedAt,
        })
        .execute();
    }
    return;
  }
  await db.deleteFrom("service_mappings").where("vendor_service_id", "=", vendorId).execute();
  if (entry) {
    await db
      .insertInto("service_mappings")
      .values({
        organization_id: organizationId,
        integration_id: integrationId,
        vendor_service_id: vendorId,
        status: entry.status,
        service_id: targetId,
        mapped_by: mappedBy,
        updated_at: updatedAt,
      })
      .execute();
  }
}

/** What deleting an integration's data removed. */
export interface RemovedIntegrationData {
  accountMappings: number;
  serviceMappings: number;
  vendorAccounts: number;
  vendorServices: number;
  currentUsage: number;
}

async function deleteAll(
  db: Db,
  table: "account_mappings" | "service_mappings" | "current_usage" | "vendor_accounts" | "vendor_services",
  organizationId: string,
  integrationId: string,
): Promise<number> {
  const result = await db
    .deleteFrom(table)
    .where("organization_id", "=", organizationId)
    .where("integration_id", "=", integrationId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Deletes an integration with its key, mappings, vendor items and current usage; sync runs and
 * usage snapshots stay as history. Call inside a transaction.
 */
export async function deleteIntegrationData(
  db: Db,
  organizationId: string,
  integrationId: string,
): Promise<RemovedIntegrationData> {
  const accountMappings = await deleteAll(db, "account_mappings", organizationId, integrationId);
  const serviceMappings = await deleteAll(db, "service_mappings", organizationId, integrationId);
  const currentUsage = await deleteAll(db, "current_usage", organizationId, integrationId);
  const vendorAccounts = await deleteAll(db, "vendor_accounts", organizationId, integrationId);
  const vendorServices = await deleteAll(db, "vendor_services", organizationId, integrationId);
  await db
    .deleteFrom("integrations")
    .where("organization_id", "=", organizationId)
    .where("id", "=", integrationId)
    .execute();
  return { accountMappings, serviceMappings, vendorAccounts, vendorServices, currentUsage };
}
