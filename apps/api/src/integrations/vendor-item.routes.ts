import { Hono } from "hono";
import { describeRoute, validator } from "hono-openapi";
import * as v from "valibot";
import { writeContextOf } from "../audit/write-context.ts";
import { requireRole } from "../auth/authenticate.ts";
import { notFound } from "../http/api-error.ts";
import type { AppEnv } from "../http/app-env.ts";
import { IdParam } from "../http/id-param.ts";
import { authProblems, jsonResponseSpec, problemResponseSpec } from "../http/problem-schema.ts";
import { rejectInvalid } from "../http/validation.ts";
import { rowToVendorAccount, rowToVendorService, VendorAccountSchema, VendorServiceSchema } from "./integration.ts";
import { integrationNotFoundSpec } from "./integration-problem-specs.ts";
import { findVendorAccountRow, findVendorServiceRow } from "./integrations.repository.ts";
import { requireIntegration } from "./integrations.service.ts";
import { changeMapping, type MappingAction } from "./mappings.service.ts";

const tags = ["integrations"];
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const VendorItemParam = v.object({ ...IdParam.entries, itemId: Id });

/** What the mapping routes of vendor accounts and of vendor services differ in. */
interface VendorItemKind<TPath extends string, TTarget extends v.GenericSchema> {
  /** Where the items are listed, below /integrations. */
  path: TPath;
  side: "account" | "service";
  /** "vendor account" or "vendor service", for the 200 response's description. */
  noun: string;
  schema: v.GenericSchema;
  /** The body of PUT …/mapping, and the target id in it. */
  target: TTarget;
  targetIdOf: (body: v.InferOutput<TTarget>) => string;
  summaries: { map: string; unmap: string; exclude: string; include: string };
  /** The 409 that map and exclude document, where the kind has one. */
  conflicts: { map?: string; exclude?: string };
}

/** Changes one vendor item's mapping and answers with the item as it now is. */
async function changeAndView(
  c: { var: AppEnv["Variables"] },
  side: "account" | "service",
  integrationId: string,
  itemId: string,
  change: MappingAction,
) {
  const { db } = c.var.deps;
  const ctx = writeContextOf(c.var.actor, c.var.deps.clock());
  await requireIntegration(db, ctx.organizationId, integrationId);
  await db.transaction().execute((trx) => changeMapping(trx, ctx, integrationId, side, itemId, change));
  if (side === "account") {
    const row = await findVendorAccountRow(db, ctx.organizationId, integrationId, itemId);
    if (!row) throw notFound("vendor account");
    return rowToVendorAccount(row);
  }
  const row = await findVendorServiceRow(db, ctx.organizationId, integrationId, itemId);
  if (!row) throw notFound("vendor service");
  return rowToVendorService(row);
}

/** PUT/DELETE {path}/:itemId/mapping and …/:itemId/exclusion for one kind of vendor item. */
function createVendorItemRoutes<TPath extends string, TTarget extends v.GenericSchema>(
  kind: VendorItemKind<TPath, TTarget>,
) {
  const responses = (conflict?: string) => ({
    200: jsonResponseSpec(`The ${kind.noun}`, kind.schema),
    ...(conflict === undefined ? {} : { 409: problemResponseSpec(conflict) }),
    ...integrationNotFoundSpec,
    ...authProblems,
  });
  return new Hono<AppEnv>()
    .put(
      `${kind.path}/:itemId/mapping`,
      describeRoute({ tags, summary: kind.summaries.map, responses: responses(kind.conflicts.map) }),
      requireRole("reconciler"),
      validator("param", VendorItemParam, rejectInvalid),
      validator("json", kind.target, rejectInvalid),
      async (c) => {
        const { id, itemId } = c.req.valid("param");
        const targetId = kind.targetIdOf(c.req.valid("json"));
        return c.json(await changeAndView(c, kind.side, id, itemId, { action: "map", targetId }), 200);
      },
    )
    .delete(
      `${kind.path}/:itemId/mapping`,
      describeRoute({ tags, summary: kind.summaries.unmap, responses: responses() }),
      requireRole("reconciler"),
      validator("param", VendorItemParam, rejectInvalid),
      async (c) => {
        const { id, itemId } = c.req.valid("param");
        return c.json(await changeAndView(c, kind.side, id, itemId, { action: "unmap" }), 200);
      },
    )
    .put(
      `${kind.path}/:itemId/exclusion`,
      describeRoute({ tags, summary: kind.summaries.exclude, responses: responses(kind.conflicts.exclude) }),
      requireRole("reconciler"),
      validator("param", VendorItemParam, rejectInvalid),
      async (c) => {
        const { id, itemId } = c.req.valid("param");
        return c.json(await changeAndView(c, kind.side, id, itemId, { action: "exclude" }), 200);
      },
    )
    .delete(
      `${kind.path}/:itemId/exclusion`,
      describeRoute({ tags, summary: kind.summaries.include, responses: responses() }),
      requireRole("reconciler"),
      validator("param", VendorItemParam, rejectInvalid),
      async (c) => {
        const { id, itemId } = c.req.valid("param");
        return c.json(await changeAndView(c, kind.side, id, itemId, { action: "include" }), 200);
      },
    );
}

/** Mapping and exclusion of one vendor account: /integrations/:id/vendor-accounts/:itemId/…. */
export const vendorAccountRoutes = createVendorItemRoutes({
  path: "/:id/vendor-accounts",
  side: "account",
  noun: "vendor account",
  schema: VendorAccountSchema,
  target: v.object({ accountId: Id }),
  targetIdOf: (body) => body.accountId,
  summaries: {
    map: "Map a vendor account to an account (moves it if mapped elsewhere)",
    unmap: "Unmap a vendor account",
    exclude: "Exclude a vendor account (it produces no cards); a mapped one must be unmapped first",
    include: "Include an excluded vendor account again (unmapped)",
  },
  conflicts: { map: "The vendor account is excluded", exclude: "Mapped" },
});

/** Mapping and exclusion of one vendor service: /integrations/:id/vendor-services/:itemId/…. */
export const vendorServiceRoutes = createVendorItemRoutes({
  path: "/:id/vendor-services",
  side: "service",
  noun: "vendor service",
  schema: VendorServiceSchema,
  target: v.object({ serviceId: Id }),
  targetIdOf: (body) => body.serviceId,
  summaries: {
    map: "Map a vendor service to a service",
    unmap: "Unmap a vendor service",
    exclude: "Exclude a vendor service",
    include: "Include an excluded vendor service",
  },
  conflicts: {},
});
