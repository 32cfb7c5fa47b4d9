import { Cron } from "croner";
import { systemActor } from "../audit/record-audit-event.ts";
import type { Db } from "../db/open-database.ts";
import type { Logger } from "../http/logger.ts";
import { listIntegrationRowsByStatus } from "../integrations/integrations.repository.ts";
import type { SyncRunner } from "./sync-runner.ts";

/**
 * Starts a sync of every active integration (and of those in error, so a fixed vendor recovers);
 * one already running is left alone. Returns the run ids. What the daily schedule does.
 *
 * @example await runScheduledSyncs(db, syncs);
 */
export async function runScheduledSyncs(db: Db, syncs: SyncRunner): Promise<string[]> {
  const integrations = await listIntegrationRowsByStatus(db, ["active", "error"]);
  const ids: string[] = [];
  for (const integration of integrations) {
    const { run } = await syncs.start({
      organizationId: integration.organization_id,
      integrationId: integration.id,
      trigger: "schedule",
      actor: systemActor,
    });
    ids.push(run.id);
  }
  return ids;
}

/**
 * Runs `runScheduledSyncs` on a cron expression (TALLY_SYNC_SCHEDULE, default daily at 03:00);
 * index.ts starts it, tests call `runScheduledSyncs` directly.
 */
export function startSyncSchedule(options: { db: Db; syncs: SyncRunner; cron: string; logger: Logger }): {
  stop(): void;
} {
  const job = new Cron(options.cron, { protect: true }, async () => {
    try {
      const ids = await runScheduledSyncs(options.db, options.syncs);
      options.logger.info("scheduled syncs started", { syncRunIds: ids });
    } catch (error) {
      options.logger.error("scheduled syncs failed to start", { error: String(error) });
    }
  });
  return { stop: () => job.stop() };
}
