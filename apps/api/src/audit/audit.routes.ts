import { Hono } from "hono";
import { describeRoute, validator } from "hono-openapi";
import * as v from "valibot";
import { requireUser } from "../auth/authenticate.ts";
import type { AppEnv } from "../http/app-env.ts";
import { fetchPage, PageQuery, pageOf } from "../http/pagination.ts";
import { authProblems, jsonResponseSpec } from "../http/problem-schema.ts";
import { rejectInvalid } from "../http/validation.ts";
import { listAuditEventRows } from "./audit.repository.ts";
import { AuditEventSchema, rowToAuditEvent } from "./audit-event.ts";

const AuditQuery = v.object({
  ...PageQuery.entries,
  type: v.optional(v.pipe(v.string(), v.maxLength(100))),
  since: v.optional(v.pipe(v.string(), v.isoTimestamp("must be an ISO-8601 timestamp"))),
  subject: v.optional(v.pipe(v.string(), v.maxLength(100))),
});

/** The audit log: who did what, before → after, newest first. */
export const auditRoutes = new Hono<AppEnv>().get(
  "/",
  describeRoute({
    tags: ["audit"],
    summary: "List audit events (newest first); type accepts a prefix like `user.*`",
    responses: { 200: jsonResponseSpec("Audit events", pageOf(AuditEventSchema)), ...authProblems },
  }),
  requireUser(),
  validator("query", AuditQuery, rejectInvalid),
  async (c) => {
    const { limit, cursor, ...filter } = c.req.valid("query");
    const since = filter.since === undefined ? undefined : new Date(filter.since).toISOString();
    const org = c.var.actor.organizationId;
    const page = await fetchPage(
      { limit, cursor },
      (row) => row.id,
      (before, take) => listAuditEventRows(c.var.deps.db, org, { ...filter, since }, before, take),
      rowToAuditEvent,
    );
    return c.json(page, 200);
  },
);
