import { billableQuantity, spamTitanUsageRule } from "@tally/core";
import { type AuditActor, recordAuditEvent } from "../audit/record-audit-event.ts";
import { createId } from "../db/create-id.ts";
import type { IntegrationRow, SyncRunRow } from "../db/database.ts";
import type { Db } from "../db/open-database.ts";
import { spamTitanVendorService, type VendorUsageFetch } from "../integrations/spamtitan-adapter.ts";
import type { StoredSyncError, SyncFailure } from "./sync-run.ts";

/** How a finished fetch ended once written. */
export interface SnapshotOutcome {
  status: "succeeded" | "partial" | "failed";
  counts: Record<string, number>;
  error: StoredSyncError | null;
}

function describeFailures(failures: SyncFailure[], total: number): string {
  const first = failures[0];
  const example = first ? ` First: "${first.name}" — ${first.message}` : "";
  return `${failures.length} of ${total} domain groups could not be synced; their previous usage is kept.${example}`;
}

/**
 * Writes what one sync fetched, in ONE transaction: new vendor accounts arrive unmapped, renamed
 * ones keep their mapping (keyed on the vendor's id), groups the vendor no longer lists lose
 * their current usage, and each fetched group's usage (core's billableQuantity) replaces its
 * current usage and is kept as a snapshot. Groups that failed keep their previous usage. The
 * run row, the integration's last run and the audit event are written with it.
 */
export async function writeUsageSnapshot(
  db: Db,
  input: {
    integration: IntegrationRow;
    run: SyncRunRow;
    fetched: VendorUsageFetch;
    now: Date;
    actor: AuditActor;
  },
): Promise<SnapshotOutcome> {
  const { integration, run, fetched, now } = input;
  const org = integration.organization_id;
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom("vendor_accounts")
      .selectAll()
      .where("organization_id", "=", org)
      .where("integration_id", "=", integration.id)
      .execute();
    const byExternalId = new Map(existing.map((row) => [row.external_id, row]));
    const idByExternalId = new Map(existing.map((row) => [row.external_id, row.id]));
    let added = 0;
    let renamed = 0;
    for (const account of fetched.vendorAccounts) {
      const row = byExternalId.get(account.externalId);
      if (!row) {
        const id = createId("vac", now);
        await trx
          .insertInto("vendor_accounts")
          .values({
            id,
            organization_id: org,
            integration_id: integration.id,
            external_id: account.externalId,
            name: account.name,
            domains: JSON.stringify(account.domains),
            created_at: at,
            updated_at: at,
          })
          .execute();
        idByExternalId.set(account.externalId, id);
        added += 1;
      } else if (row.name !== account.name) {
        await trx
          .updateTable("vendor_accounts")
          .set({ name: account.name, updated_at: at })
          .where("id", "=", row.id)
          .execute();
        renamed += 1;
      }
    }
    const listed = new Set(fetched.vendorAccounts.map((a) => a.externalId));
    const gone = existing.filter((row) => !listed.has(row.external_id)).map((row) => row.id);
    if (gone.length > 0) {
      await trx.deleteFrom("current_usage").where("vendor_account_id", "in", gone).execute();
    }

    const service = await trx
      .selectFrom("vendor_services")
      .select("id")
      .where("organization_id", "=", org)
      .where("integration_id", "=", integration.id)
      .where("external_id", "=", spamTitanVendorService.externalId)
      .executeTakeFirstOrThrow();

    const failures: SyncFailure[] = fetched.failures.map((f) => ({
      externalId: f.externalId,
      name: f.name,
      code: f.error.code,
      message: f.error.message,
    }));
    const names = new Map(fetched.vendorAccounts.map((a) => [a.externalId, a.name]));
    let synced = 0;
    for (const { externalId, report } of fetched.reports) {
      const vendorAccountId = idByExternalId.get(externalId);
      if (vendorAccountId === undefined) continue;
      const usage = billableQuantity(report, spamTitanUsageRule);
      if (!usage.ok) {
        failures.push({
          externalId,
          name: names.get(externalId) ?? externalId,
          code: usage.code,
          message: usage.message,
        });
        continue;
      }
      const values = {
        organization_id: org,
        integration_id: integration.id,
        vendor_account_id: vendorAccountId,
        vendor_service_id: service.id,
        quantity: usage.quantity,
        portal_quantity: usage.portalQuantity,
        window_start: usage.window?.start ?? null,
        window_end: usage.window?.end ?? null,
        max_day: usage.maxDay,
        days: JSON.stringify(usage.days),
        explanation: usage.explanation,
        sync_run_id: run.id,
        synced_at: at,
      };
      await trx
        .insertInto("current_usage")
        .values(values)
        .onConflict((oc) =>
          oc.columns(["vendor_account_id", "vendor_service_id"]).doUpdateSet({
            quantity: values.quantity,
            portal_quantity: values.portal_quantity,
            window_start: values.window_start,
            window_end: values.window_end,
            max_day: values.max_day,
            days: values.days,
            explanation: values.explanation,
            sync_run_id: values.sync_run_id,
            synced_at: values.synced_at,
          }),
        )
        .execute();
      await trx
        .insertInto("usage_snapshots")
        .values({ ...values, id: createId("usn", now) })
        .execute();
      synced += 1;
    }

    const total = fetched.vendorAccounts.length;
    const status = failures.length === 0 ? "succeeded" : synced > 0 ? "partial" : "failed";
    const counts = { groups: total, synced, failed: failures.length, added, renamed, removed: gone.length };
    const error: StoredSyncError | null =
      failures.length === 0 ? null : { code: "groups_failed", message: describeFailures(failures, total), failures };
    await trx
      .updateTable("sync_runs")
      .set({
        status,
        done: total,
        total,
        counts: JSON.stringify(counts),
        error: error && JSON.stringify(error),
        finished_at: at,
      })
      .where("id", "=", run.id)
      .execute();
    await trx
      .updateTable("integrations")
      .set({
        last_sync_run_id: run.id,
        ...(integration.status === "error" ? { status: "active" } : {}),
        updated_at: at,
      })
      .where("id", "=", integration.id)
      .execute();
    await recordAuditEvent(trx, {
      organizationId: org,
      actor: input.actor,
      at: now,
      type: "integration.sync_finished",
      subject: { type: "sync_run", id: run.id },
      before: { status: run.status },
      after: { status, counts, failures: failures.length },
    });
    return { status, counts, error };
  });
}
