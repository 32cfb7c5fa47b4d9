import { createSpamTitanClient, isSpamTitanError } from "@tally/spamtitan";
import { type AuditActor, recordAuditEvent } from "../audit/record-audit-event.ts";
import { createId } from "../db/create-id.ts";
import type { SyncRunRow } from "../db/database.ts";
import type { Db } from "../db/open-database.ts";
import type { VendorClientFactory } from "../http/app-env.ts";
import type { Logger } from "../http/logger.ts";
import { findIntegrationRow } from "../integrations/integrations.repository.ts";
import { createSpamTitanAdapter } from "../integrations/spamtitan-adapter.ts";
import type { SecretBox } from "../secrets/secret-box.ts";
import { rowToSyncRun, type StoredSyncError, type SyncRun } from "./sync-run.ts";
import { writeUsageSnapshot } from "./write-usage-snapshot.ts";

/** What starts a sync. */
export type SyncTrigger = SyncRunRow["trigger"];

/** A sync run's change, as subscribers (the SSE stream) receive it. */
export type SyncRunListener = (run: SyncRun, finished: boolean) => void;

/** Runs syncs as background jobs in the API process, one at a time per integration. */
export interface SyncRunner {
  /** Starts a sync, or returns the one already running for the integration. */
  start(input: {
    organizationId: string;
    integrationId: string;
    trigger: SyncTrigger;
    actor: AuditActor;
  }): Promise<{ run: SyncRun; alreadyRunning: boolean }>;
  /** Cancels the integration's running sync and waits for it to stop; the cancelled run's id, if any. */
  cancel(integrationId: string): Promise<string | null>;
  /** Resolves once the run has finished (at once when it is not running in this process). */
  wait(runId: string): Promise<void>;
  /** The live progress of a running run (fresher than the throttled row). */
  progressOf(runId: string): { done: number; total: number } | undefined;
  /** Follows a run; returns the function that stops following. */
  subscribe(runId: string, listener: SyncRunListener): () => void;
  /** Cancels every running sync and waits for them (shutdown, end of a test). */
  close(): Promise<void>;
}

/** What the runner is built from: the app's dependencies. */
export interface SyncRunnerDeps {
  db: Db;
  clock: () => Date;
  secrets: SecretBox;
  logger: Logger;
  vendorClientFactory?: VendorClientFactory | undefined;
}

interface Job {
  row: SyncRunRow;
  integrationId: string;
  abort: AbortController;
  ready: Promise<void>;
  done: Promise<void>;
}

/**
 * Whether a progress tick is worth a database write: about every 5 % of the groups and the last
 * one, so a 10,000-group sync writes ~20 times, while subscribers still get every tick.
 */
export function shouldPersistProgress(done: number, total: number, lastPersistedDone: number): boolean {
  return done === total || done - lastPersistedDone >= Math.max(1, Math.ceil(total / 20));
}

/** The default vendor clients: the real SpamTitan client on the global fetch. */
export const defaultVendorClientFactory: VendorClientFactory = (_vendor, connection) =>
  createSpamTitanClient({ apiUrl: connection.apiUrl, apiKey: connection.apiKey });

/**
 * Creates the sync runner: a run lists the vendor's groups, fetches each group's usage with the
 * client's bounded concurrency and retries, persists progress (throttled) and tells subscribers,
 * and writes the snapshot in one transaction at the end (see writeUsageSnapshot). A run that
 * cannot list the groups, or is cancelled, fails without touching the current usage.
 *
 * @example const syncs = createSyncRunner(deps); const { run } = await syncs.start({ organizationId, integrationId, trigger: "manual", actor }); await syncs.wait(run.id);
 */
export function createSyncRunner(deps: SyncRunnerDeps): SyncRunner {
  const { db, clock, secrets, logger } = deps;
  const factory = deps.vendorClientFactory ?? defaultVendorClientFactory;
  const jobs = new Map<string, Job>();
  const listeners = new Map<string, Set<SyncRunListener>>();

  const notify = (row: SyncRunRow, finished: boolean) => {
    const run = rowToSyncRun(row);
    for (const listener of listeners.get(row.id) ?? []) listener(run, finished);
  };

  const finishWithError = async (
    job: Job,
    status: "failed" | "cancelled",
    error: StoredSyncError,
    actor: AuditActor,
  ) => {
    const at = clock().toISOString();
    const row: SyncRunRow = { ...job.row, status, error: JSON.stringify(error), finished_at: at };
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable("sync_runs")
        .set({ status, done: row.done, total: row.total, error: row.error, finished_at: at })
        .where("id", "=", row.id)
        .execute();
      const vendorRefused = error.code === "auth_failed" || error.code === "forbidden";
      await trx
        .updateTable("integrations")
        .set({ last_sync_run_id: row.id, ...(vendorRefused ? { status: "error" } : {}), updated_at: at })
        .where("id", "=", job.integrationId)
        .execute();
      await recordAuditEvent(trx, {
        organizationId: row.organization_id,
        actor,
        at: clock(),
        type: "integration.sync_finished",
        subject: { type: "sync_run", id: row.id },
        before: { status: "running" },
        after: { status, error: error.message },
      });
    });
    job.row = row;
  };

  const execute = async (job: Job, actor: AuditActor) => {
    await job.ready;
    const signal = job.abort.signal;
    let persisting = Promise.resolve();
    let persistedDone = 0;
    try {
      const integration = await findIntegrationRow(db, job.row.organization_id, job.integrationId);
      if (!integration || integration.api_key_ciphertext === null) {
        throw Object.assign(new Error("The integration was disconnected."), { code: "disconnected" });
      }
      const client = factory("spamtitan", {
        apiUrl: integration.api_url,
        apiKey: secrets.decrypt(integration.api_key_ciphertext),
      });
      const fetched = await createSpamTitanAdapter(client).fetchAllUsage({
        today: clock().toISOString().slice(0, 10),
        signal,
        onProgress: ({ done, total }) => {
          job.row = { ...job.row, done, total };
          notify(job.row, false);
          if (!shouldPersistProgress(done, total, persistedDone)) return;
          persistedDone = done;
          persisting = persisting.then(async () => {
            await db.updateTable("sync_runs").set({ done, total }).where("id", "=", job.row.id).execute();
          });
        },
      });
      await persisting;
      if (signal.aborted) throw Object.assign(new Error("The sync was cancelled."), { code: "cancelled" });
      const outcome = await writeUsageSnapshot(db, { integration, run: job.row, fetched, now: clock(), actor });
      job.row = {
        ...job.row,
        status: outcome.status,
        done: outcome.counts.groups ?? job.row.done,
        total: outcome.counts.groups ?? job.row.total,
        counts: JSON.stringify(outcome.counts),
        error: outcome.error && JSON.stringify(outcome.error),
        finished_at: clock().toISOString(),
      };
      logger.info("sync finished", {
        syncRunId: job.row.id,
        integrationId: job.integrationId,
        status: outcome.status,
        counts: outcome.counts,
      });
    } catch (error) {
      await persisting.catch(() => undefined);
      const cancelled = signal.aborted || isSpamTitanError(error, "cancelled");
      const code = isSpamTitanError(error)
        ? error.code
        : typeof (error as { code?: unknown }).code === "string"
          ? String((error as { code: string }).code)
          : "internal_error";
      const message =
        isSpamTitanError(error) || code === "disconnected" || code === "cancelled" || code === "secret_unreadable"
          ? (error as Error).message
          : "The sync failed unexpectedly; it has been logged.";
      if (code === "internal_error") logger.error("sync failed", { syncRunId: job.row.id, error: String(error) });
      await finishWithError(
        job,
        cancelled ? "cancelled" : "failed",
        {
          code: cancelled ? "cancelled" : code,
          message: cancelled ? "The sync was cancelled." : message,
          failures: [],
        },
        actor,
      ).catch((writeError: unknown) =>
        logger.error("sync result not saved", { syncRunId: job.row.id, error: String(writeError) }),
      );
      logger.info("sync finished", { syncRunId: job.row.id, integrationId: job.integrationId, status: job.row.status });
    } finally {
      jobs.delete(job.integrationId);
      notify(job.row, true);
      listeners.delete(job.row.id);
    }
  };

  const findJobByRun = (runId: string) => [...jobs.values()].find((job) => job.row.id === runId);

  return {
    async start(input) {
      const running = jobs.get(input.integrationId);
      if (running) {
        await running.ready;
        return { run: rowToSyncRun(running.row), alreadyRunning: true };
      }
      const now = clock();
      const row: SyncRunRow = {
        id: createId("syn", now),
        organization_id: input.organizationId,
        integration_id: input.integrationId,
        status: "running",
        trigger: input.trigger,
        done: 0,
        total: 0,
        counts: "{}",
        error: null,
        started_at: now.toISOString(),
        finished_at: null,
      };
      const ready = db.transaction().execute(async (trx) => {
        await trx.insertInto("sync_runs").values(row).execute();
        await recordAuditEvent(trx, {
          organizationId: input.organizationId,
          actor: input.actor,
          at: now,
          type: "integration.sync_started",
          subject: { type: "sync_run", id: row.id },
          after: { integrationId: input.integrationId, trigger: input.trigger },
        });
      });
      const job: Job = { row, integrationId: input.integrationId, abort: new AbortController(), ready, done: ready };
      jobs.set(input.integrationId, job);
      try {
        await ready;
      } catch (error) {
        jobs.delete(input.integrationId);
        throw error;
      }
      job.done = execute(job, input.actor);
      return { run: rowToSyncRun(row), alreadyRunning: false };
    },
    async cancel(integrationId) {
      const job = jobs.get(integrationId);
      if (!job) return null;
      job.abort.abort();
      await job.done;
      return job.row.id;
    },
    async wait(runId) {
      await findJobByRun(runId)?.done;
    },
    progressOf(runId) {
      const job = findJobByRun(runId);
      return job ? { done: job.row.done, total: job.row.total } : undefined;
    },
    subscribe(runId, listener) {
      const set = listeners.get(runId) ?? new Set();
      set.add(listener);
      listeners.set(runId, set);
      return () => {
        set.delete(listener);
      };
    },
    async close() {
      const running = [...jobs.values()];
      for (const job of running) job.abort.abort();
      await Promise.all(running.map((job) => job.done));
    },
  };
}
