import type { SyncRunRow } from "../db/database.ts";
import type { Db } from "../db/open-database.ts";

/** One sync run of the organization. */
export function findSyncRunRow(db: Db, organizationId: string, id: string): Promise<SyncRunRow | undefined> {
  return db
    .selectFrom("sync_runs")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** An integration's sync runs, newest first, older than the keyset id `before`. */
export function listSyncRunRows(
  db: Db,
  organizationId: string,
  integrationId: string,
  before: string | undefined,
  take: number,
): Promise<SyncRunRow[]> {
  return db
    .selectFrom("sync_runs")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("integration_id", "=", integrationId)
    .$if(before !== undefined, (q) => q.where("id", "<", before ?? ""))
    .orderBy("id", "desc")
    .limit(take)
    .execute();
}

/**
 * Marks runs left "running" by a previous process (stopped mid-sync) as failed; their snapshot
 * was never written, so the current usage is the one before them. Run once at start.
 */
export async function failInterruptedSyncRuns(db: Db, now: Date): Promise<number> {
  const result = await db
    .updateTable("sync_runs")
    .set({
      status: "failed",
      finished_at: now.toISOString(),
      error: JSON.stringify({
        code: "interrupted",
        message: "Tally stopped while this sync ran; start it again.",
        failures: [],
      }),
    })
    .where("status", "in", ["queued", "running"])
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
