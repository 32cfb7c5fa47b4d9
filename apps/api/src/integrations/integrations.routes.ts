import { indexAccountsForSuggestions, suggestMatches } from "@tally/core";
import { Hono } from "hono";
import { describeRoute, validator } from "hono-openapi";
import * as v from "valibot";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { writeContextOf } from "../audit/write-context.ts";
import { requireRole, requireUser } from "../auth/authenticate.ts";
import type { SyncRunRow } from "../db/database.ts";
import type { AppEnv } from "../http/app-env.ts";
import { IdParam } from "../http/id-param.ts";
import { idempotent } from "../http/idempotency.ts";
import { BooleanQuery, SearchPageQuery } from "../http/list-query.ts";
import { fetchPage, PageQuery, pageOf } from "../http/pagination.ts";
import { authProblems, jsonResponseSpec, problemResponseSpec } from "../http/problem-schema.ts";
import { rejectInvalid } from "../http/validation.ts";
import { rowToSyncRun, SyncRunSchema } from "../sync/sync-run.ts";
import { listSyncRunRows } from "../sync/sync-runs.repository.ts";
import {
  ConnectSchema,
  CredentialsSchema,
  DisconnectResultSchema,
  IntegrationPatchSchema,
  IntegrationSchema,
  rowToVendorAccount,
  rowToVendorService,
  UsageSchema,
  VendorAccountSchema,
  VendorServiceSchema,
} from "./integration.ts";
import { integrationNotFoundSpec, vendorProblems } from "./integration-problem-specs.ts";
import { listVendorAccountRows, listVendorServiceRows } from "./integrations.repository.ts";
import {
  authenticateSpamTitan,
  connectSpamTitan,
  disconnectIntegration,
  finishMapping,
  getIntegration,
  listIntegrationCatalog,
  requireIntegration,
  startSync,
  updateIntegrationCredentials,
} from "./integrations.service.ts";
import { applyBulkAccountMappings, autoMapSide } from "./mappings.service.ts";
import { listUsageRows, rowToUsage } from "./usage.repository.ts";
import { vendorAccountRoutes, vendorServiceRoutes } from "./vendor-item.routes.ts";

const tags = ["integrations"];
const Status = v.optional(v.picklist(["unmapped", "mapped", "excluded"]));
const BulkRow = v.pipe(
  v.object({
    vendorAccountId: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(100))),
    vendorAccountName: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(500))),
    accountId: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(100))),
    accountExternalId: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(100))),
  }),
  v.check(
    (r) => (r.vendorAccountId === undefined) !== (r.vendorAccountName === undefined),
    "give vendorAccountId or vendorAccountName",
  ),
  v.check(
    (r) => (r.accountId === undefined) !== (r.accountExternalId === undefined),
    "give accountId or accountExternalId",
  ),
);
const BulkBody = v.union([
  v.pipe(v.array(BulkRow), v.minLength(1), v.maxLength(5000)),
  v.object({ mappings: v.pipe(v.array(BulkRow), v.minLength(1), v.maxLength(5000)) }),
]);
const AutoMapSummarySchema = v.object({
  matched: v.number(),
  ambiguous: v.number(),
  left: v.number(),
  matches: v.array(v.object({ vendorId: v.string(), targetId: v.string(), name: v.string() })),
  ambiguousNames: v.array(
    v.object({ name: v.string(), vendorIds: v.array(v.string()), targetIds: v.array(v.string()) }),
  ),
});
const AutoMapResultSchema = v.object({ ...AutoMapSummarySchema.entries, services: AutoMapSummarySchema });

function ctxOf(c: { var: AppEnv["Variables"] }) {
  return writeContextOf(c.var.actor, c.var.deps.clock());
}

/** Connecting vendors, mapping their items, syncing and disconnecting. */
export const integrationsRoutes = new Hono<AppEnv>()
  .get(
    "/",
    describeRoute({
      tags,
      summary: "The catalog: one entry per vendor (status available | mapping | active | error); ?status=connected",
      responses: { 200: jsonResponseSpec("Integrations", pageOf(IntegrationSchema)), ...authProblems },
    }),
    requireUser(),
    validator("query", v.object({ status: v.optional(v.picklist(["connected", "all"])) }), rejectInvalid),
    async (c) => {
      const items = await listIntegrationCatalog(
        c.var.deps.db,
        c.var.syncs,
        c.var.actor.organizationId,
        c.req.valid("query").status === "connected",
      );
      return c.json({ items, nextCursor: null }, 200);
    },
  )
  .post(
    "/spamtitan/authenticate",
    describeRoute({
      tags,
      summary: "Check SpamTitan credentials (stores nothing)",
      responses: {
        200: jsonResponseSpec("Accepted", v.object({ ok: v.literal(true), apiUrl: v.string() })),
        ...vendorProblems,
        ...authProblems,
      },
    }),
    requireRole("admin"),
    validator("json", CredentialsSchema, rejectInvalid),
    async (c) => c.json(await authenticateSpamTitan(c.var.deps, c.req.valid("json")), 200),
  )
  .post(
    "/spamtitan/connect",
    describeRoute({
      tags,
      summary: "Connect SpamTitan: authenticate, store the key encrypted, import domain groups, auto-match",
      responses: {
        201: jsonResponseSpec(
          "Connected (status mapping)",
          v.object({ ...IntegrationSchema.entries, autoMap: AutoMapResultSchema }),
        ),
        409: problemResponseSpec("Already connected"),
        ...vendorProblems,
        ...authProblems,
      },
    }),
    requireRole("admin"),
    idempotent(),
    validator("json", ConnectSchema, rejectInvalid),
    async (c) => {
      const { integration, autoMap } = await connectSpamTitan(
        { ...c.var.deps, syncs: c.var.syncs },
        ctxOf(c),
        c.req.valid("json"),
      );
      return c.json({ ...integration, autoMap: { ...autoMap.accounts, services: autoMap.services } }, 201);
    },
  )
  .get(
    "/:id",
    describeRoute({
      tags,
      summary: "One integration (by id, or by vendor key): status, module, apiUrl, keyHint, last sync, counts",
      responses: {
        200: jsonResponseSpec("The integration", IntegrationSchema),
        ...integrationNotFoundSpec,
        ...authProblems,
      },
    }),
    requireUser(),
    validator("param", IdParam, rejectInvalid),
    async (c) =>
      c.json(
        await getIntegration(c.var.deps.db, c.var.syncs, c.var.actor.organizationId, c.req.valid("param").id),
        200,
      ),
  )
  .patch(
    "/:id",
    describeRoute({
      tags,
      summary: "Rotate the API key and/or change the URL (re-authenticates first; on failure the old key stays)",
      responses: {
        200: jsonResponseSpec("Updated", IntegrationSchema),
        ...integrationNotFoundSpec,
        ...vendorProblems,
        ...authProblems,
      },
    }),
    requireRole("admin"),
    validator("param", IdParam, rejectInvalid),
    validator("json", IntegrationPatchSchema, rejectInvalid),
    async (c) =>
      c.json(
        await updateIntegrationCredentials(
          { ...c.var.deps, syncs: c.var.syncs },
          ctxOf(c),
          c.req.valid("param").id,
          c.req.valid("json"),
        ),
        200,
      ),
  )
  .delete(
    "/:id",
    describeRoute({
      tags,
      summary: "Disconnect: cancel a running sync, delete the key, mappings, vendor items and current usage",
      responses: {
        200: jsonResponseSpec("What was removed", DisconnectResultSchema),
        ...integrationNotFoundSpec,
        ...authProblems,
      },
    }),
    requireRole("admin"),
    validator("param", IdParam, rejectInvalid),
    async (c) =>
      c.json(await disconnectIntegration(c.var.deps.db, c.var.syncs, ctxOf(c), c.req.valid("param").id), 200),
  )
  .get(
    "/:id/vendor-accounts",
    describeRoute({
      tags,
      summary: "Vendor accounts with mapping state (?status=&q=); unmapped ones carry suggestions",
      responses: {
        200: jsonResponseSpec("Vendor accounts", pageOf(VendorAccountSchema)),
        ...integrationNotFoundSpec,
        ...authProblems,
      },
    }),
    requireUser(),
    validator("param", IdParam, rejectInvalid),
    validator(
      "query",
      v.object({ ...SearchPageQuery.entries, status: Status, suggestions: BooleanQuery }),
      rejectInvalid,
    ),
    async (c) => {
      const { db } = c.var.deps;
      const org = c.var.actor.organizationId;
      const { id } = c.req.valid("param");
      const { limit, cursor, status, q, suggestions } = c.req.valid("query");
      await requireIntegration(db, org, id);
      const page = await fetchPage(
        { limit, cursor },
        (r) => r.id,
        (after, take) => listVendorAccountRows(db, org, id, { status, q }, after, take),
        rowToVendorAccount,
      );
      if (suggestions === false || !page.items.some((va) => va.status === "unmapped")) return c.json(page, 200);
      const accounts = await db
        .selectFrom("accounts")
        .select(["id", "name", "domain"])
        .where("organization_id", "=", org)
        .where("active", "=", 1)
        .execute();
      const index = indexAccountsForSuggestions(
        accounts.map((a) => ({ id: a.id, name: a.name, domains: a.domain ? [a.domain] : [] })),
      );
      const items = page.items.map((va) =>
        va.status === "unmapped" ? { ...va, suggestions: suggestMatches(va, index, { limit: 3 }) } : va,
      );
      return c.json({ ...page, items }, 200);
    },
  )
  .route("/", vendorAccountRoutes)
  .put(
    "/:id/account-mappings",
    describeRoute({
      tags,
      summary:
        "Bulk map vendor accounts ([{vendorAccountId|vendorAccountName, accountId|accountExternalId}]; ?dryRun=true)",
      responses: {
        200: jsonResponseSpec(
          "Outcome per row",
          v.object({ dryRun: v.boolean(), counts: v.record(v.string(), v.number()), outcomes: v.array(v.unknown()) }),
        ),
        ...integrationNotFoundSpec,
        ...authProblems,
      },
    }),
    requireRole("reconciler"),
    validator("param", IdParam, rejectInvalid),
    validator("query", v.object({ dryRun: BooleanQuery }), rejectInvalid),
    validator("json", BulkBody, rejectInvalid),
    async (c) => {
      const { db } = c.var.deps;
      const ctx = ctxOf(c);
      const { id } = c.req.valid("param");
      await requireIntegration(db, ctx.organizationId, id);
      const body = c.req.valid("json");
      const rows = Array.isArray(body) ? body : body.mappings;
      return c.json(await applyBulkAccountMappings(db, ctx, id, rows, c.req.valid("query").dryRun ?? false), 200);
    },
  )
  .post(
    "/:id/auto-map",
    describeRoute({
      tags,
      summary: "Exact-name auto-match now (accounts and services); never overwrites manual mappings or exclusions",
      responses: {
        200: jsonResponseSpec("matched / ambiguous / left", AutoMapResultSchema),
        ...integrationNotFoundSpec,
        ...authProblems,
      },
    }),
    requireRole("reconciler"),
    validator("param", IdParam, rejectInvalid),
    async (c) => {
      const { db } = c.var.deps;
      const ctx = ctxOf(c);
      const { id } = c.req.valid("param");
      await requireIntegration(db, ctx.organizationId, id);
      const result = await db.transaction().execute(async (trx) => {
        const accounts = await autoMapSide(trx, ctx, id, "account");
        const services = await autoMapSide(trx, ctx, id, "service");
        await recordAuditEvent(trx, {
          ...ctx,
          at: ctx.now,
          type: "integration.auto_mapped",
          subject: { type: "integration", id },
          after: { accounts: accounts.matches, services: services.matches },
        });
        return { ...accounts, services };
      });
      return c.json(result, 200);
    },
  )
  .get(
    "/:id/vendor-services",
    describeRoute({
      tags,
      summary: "Vendor services with mapping state (?status=)",
      responses: {
        200: jsonResponseSpec("Vendor services", pageOf(VendorServiceSchema)),
        ...integrationNotFoundSpec,
        ...authProblems,
      },
    }),
    requireUser(),
    validator("param", IdParam, rejectInvalid),
    validator("query", v.object({ ...PageQuery.entries, status: Status }), rejectInvalid),
    async (c) => {
      const { db } = c.var.deps;
      const org = c.var.actor.organizationId;
      const { id } = c.req.valid("param");
      await requireIntegration(db, org, id);
      const rows = await listVendorServiceRows(db, org, id, c.req.valid("query").status);
      return c.json({ items: rows.map(rowToVendorService), nextCursor: null }, 200);
    },
  )
  .route("/", vendorServiceRoutes)
  .post(
    "/:id/finish",
    describeRoute({
      tags,
      summary: "Mapping done: status active, the first sync starts (202 with syncRunId)",
      responses: {
        202: jsonResponseSpec("Active; syncing", v.object({ syncRunId: v.string(), integration: IntegrationSchema })),
        409: problemResponseSpec("Not in mapping"),
        ...integrationNotFoundSpec,
        ...authProblems,
      },
    }),
    requireRole("reconciler"),
    validator("param", IdParam, rejectInvalid),
    async (c) => c.json(await finishMapping(c.var.deps.db, c.var.syncs, ctxOf(c), c.req.valid("param").id), 202),
  )
  .post(
    "/:id/syncs",
    describeRoute({
      tags,
      summary: "Start a sync (202 {syncRunId}); while one runs, the running one is returned",
      responses: {
        202: jsonResponseSpec(
          "Started or already running",
          v.object({ syncRunId: v.string(), alreadyRunning: v.boolean(), syncRun: SyncRunSchema }),
        ),
        409: problemResponseSpec("Mapping not finished"),
        ...integrationNotFoundSpec,
        ...authProblems,
      },
    }),
    requireRole("reconciler"),
    validator("param", IdParam, rejectInvalid),
    async (c) => {
      const { run, alreadyRunning } = await startSync(c.var.deps.db, c.var.syncs, ctxOf(c), c.req.valid("param").id);
      return c.json({ syncRunId: run.id, alreadyRunning, syncRun: run }, 202);
    },
  )
  .get(
    "/:id/sync-runs",
    describeRoute({
      tags,
      summary: "The integration's sync runs, newest first",
      responses: {
        200: jsonResponseSpec("Sync runs", pageOf(SyncRunSchema)),
        ...integrationNotFoundSpec,
        ...authProblems,
      },
    }),
    requireUser(),
    validator("param", IdParam, rejectInvalid),
    validator("query", PageQuery, rejectInvalid),
    async (c) => {
      const { db } = c.var.deps;
      const org = c.var.actor.organizationId;
      const { id } = c.req.valid("param");
      await requireIntegration(db, org, id);
      const page = await fetchPage(
        c.req.valid("query"),
        (r: SyncRunRow) => r.id,
        (before, take) => listSyncRunRows(db, org, id, before, take),
        (row) => rowToSyncRun(row, c.var.syncs.progressOf(row.id)),
      );
      return c.json(page, 200);
    },
  )
  .get(
    "/:id/usage",
    describeRoute({
      tags,
      summary: "Latest usage per vendor account: quantity, portal view, window, max day, daily series, explanation",
      responses: { 200: jsonResponseSpec("Usage", pageOf(UsageSchema)), ...integrationNotFoundSpec, ...authProblems },
    }),
    requireUser(),
    validator("param", IdParam, rejectInvalid),
    validator("query", PageQuery, rejectInvalid),
    async (c) => {
      const { db } = c.var.deps;
      const org = c.var.actor.organizationId;
      const { id } = c.req.valid("param");
      await requireIntegration(db, org, id);
      const page = await fetchPage(
        c.req.valid("query"),
        (r) => r.vendor_account_id,
        (after, take) => listUsageRows(db, org, id, after, take),
        rowToUsage,
      );
      return c.json(page, 200);
    },
  );
