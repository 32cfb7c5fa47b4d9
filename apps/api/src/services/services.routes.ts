import { Hono } from "hono";
import { describeRoute, validator } from "hono-openapi";
import { writeContextOf } from "../audit/write-context.ts";
import { requireRole, requireUser } from "../auth/authenticate.ts";
import { notFound } from "../http/api-error.ts";
import type { AppEnv } from "../http/app-env.ts";
import { IdParam } from "../http/id-param.ts";
import { idempotent } from "../http/idempotency.ts";
import { SearchPageQuery } from "../http/list-query.ts";
import { fetchPage, pageOf } from "../http/pagination.ts";
import { authProblems, jsonResponseSpec, problemResponseSpec } from "../http/problem-schema.ts";
import { rejectInvalid } from "../http/validation.ts";
import { NewServiceSchema, rowToService, ServicePatchSchema, ServiceSchema } from "./service.ts";
import { findServiceRow, listServiceRows } from "./services.repository.ts";
import { createService, deleteService, updateService } from "./services.service.ts";

const tags = ["directory"];

/** The MSP's service catalog: viewers read, reconcilers and up write. */
export const servicesRoutes = new Hono<AppEnv>()
  .get(
    "/",
    describeRoute({
      tags,
      summary: "List services (q matches name or SKU)",
      responses: { 200: jsonResponseSpec("Services", pageOf(ServiceSchema)), ...authProblems },
    }),
    requireUser(),
    validator("query", SearchPageQuery, rejectInvalid),
    async (c) => {
      const { limit, cursor, q } = c.req.valid("query");
      const org = c.var.actor.organizationId;
      const page = await fetchPage(
        { limit, cursor },
        (r) => r.id,
        (after, take) => listServiceRows(c.var.deps.db, org, q, after, take),
        rowToService,
      );
      return c.json(page, 200);
    },
  )
  .post(
    "/",
    describeRoute({
      tags,
      summary: "Create a service (accepts Idempotency-Key)",
      responses: {
        201: jsonResponseSpec("Created", ServiceSchema),
        409: problemResponseSpec("SKU taken"),
        ...authProblems,
      },
    }),
    requireRole("reconciler"),
    idempotent(),
    validator("json", NewServiceSchema, rejectInvalid),
    async (c) =>
      c.json(
        await createService(c.var.deps.db, writeContextOf(c.var.actor, c.var.deps.clock()), c.req.valid("json")),
        201,
      ),
  )
  .get(
    "/:id",
    describeRoute({
      tags,
      summary: "One service",
      responses: {
        200: jsonResponseSpec("The service", ServiceSchema),
        404: problemResponseSpec("No such service"),
        ...authProblems,
      },
    }),
    requireUser(),
    validator("param", IdParam, rejectInvalid),
    async (c) => {
      const row = await findServiceRow(c.var.deps.db, c.var.actor.organizationId, c.req.valid("param").id);
      if (!row) throw notFound("service");
      return c.json(rowToService(row), 200);
    },
  )
  .patch(
    "/:id",
    describeRoute({
      tags,
      summary: "Change a service (existing contract lines keep their unit price)",
      responses: {
        200: jsonResponseSpec("Updated", ServiceSchema),
        404: problemResponseSpec("No such service"),
        409: problemResponseSpec("SKU taken"),
        ...authProblems,
      },
    }),
    requireRole("reconciler"),
    validator("param", IdParam, rejectInvalid),
    validator("json", ServicePatchSchema, rejectInvalid),
    async (c) => {
      const ctx = writeContextOf(c.var.actor, c.var.deps.clock());
      return c.json(await updateService(c.var.deps.db, ctx, c.req.valid("param").id, c.req.valid("json")), 200);
    },
  )
  .delete(
    "/:id",
    describeRoute({
      tags,
      summary: "Delete a service no contract line bills",
      responses: {
        204: { description: "Deleted" },
        404: problemResponseSpec("No such service"),
        409: problemResponseSpec("Billed on contract lines"),
        ...authProblems,
      },
    }),
    requireRole("reconciler"),
    validator("param", IdParam, rejectInvalid),
    async (c) => {
      await deleteService(c.var.deps.db, writeContextOf(c.var.actor, c.var.deps.clock()), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
