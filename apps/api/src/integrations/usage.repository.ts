import type { CurrentUsageRow } from "../db/database.ts";
import type { Db } from "../db/open-database.ts";
import type { Usage } from "./integration.ts";

/** A current usage row with its vendor account's name. */
export type UsageRow = CurrentUsageRow & { name: string };

/** A page of the integration's current usage, in vendor account id order after `after`. */
export function listUsageRows(
  db: Db,
  organizationId: string,
  integrationId: string,
  after: string | undefined,
  take: number,
): Promise<UsageRow[]> {
  return db
    .selectFrom("current_usage")
    .innerJoin("vendor_accounts", "vendor_accounts.id", "current_usage.vendor_account_id")
    .selectAll("current_usage")
    .select("vendor_accounts.name as name")
    .where("current_usage.organization_id", "=", organizationId)
    .where("current_usage.integration_id", "=", integrationId)
    .$if(after !== undefined, (q) => q.where("current_usage.vendor_account_id", ">", after ?? ""))
    .orderBy("current_usage.vendor_account_id")
    .limit(take)
    .execute();
}

/** Maps a current usage row to its API shape. */
export function rowToUsage(row: UsageRow): Usage {
  return {
    vendorAccountId: row.vendor_account_id,
    vendorServiceId: row.vendor_service_id,
    name: row.name,
    quantity: row.quantity,
    portalQuantity: row.portal_quantity,
    window:
      row.window_start !== null && row.window_end !== null ? { start: row.window_start, end: row.window_end } : null,
    maxDay: row.max_day,
    days: JSON.parse(row.days) as Usage["days"],
    explanation: row.explanation,
    syncRunId: row.sync_run_id,
    syncedAt: row.synced_at,
  };
}
