import { Hono } from "hono";
import { describeRoute, validator } from "hono-openapi";
import { writeContextOf } from "../audit/write-context.ts";
import { requireRole, requireUser } from "../auth/authenticate.ts";
import { notFound } from "../http/api-error.ts";
import type { AppEnv } from "../http/app-env.ts";
import { IdParam } from "../http/id-param.ts";
import { authProblems, jsonResponseSpec, problemResponseSpec } from "../http/problem-schema.ts";
import { rejectInvalid } from "../http/validation.ts";
import { ContractLinePatchSchema, ContractLineSchema, rowToContractLine } from "./contract.ts";
import { findContractLineRow } from "./contracts.repository.ts";
import { deleteContractLine, updateContractLine } from "./contracts.service.ts";

const tags = ["directory"];

/** One contract line by id. */
export const contractLinesRoutes = new Hono<AppEnv>()
  .get(
    "/:id",
    describeRoute({
      tags,
      summary: "One contract line",
      responses: {
        200: jsonResponseSpec("The line", ContractLineSchema),
        404: problemResponseSpec("No such line"),
        ...authProblems,
      },
    }),
    requireUser(),
    validator("param", IdParam, rejectInvalid),
    async (c) => {
      const row = await findContractLineRow(c.var.deps.db, c.var.actor.organizationId, c.req.valid("param").id);
      if (!row) throw notFound("contract line");
      return c.json(rowToContractLine(row), 200);
    },
  )
  .patch(
    "/:id",
    describeRoute({
      tags,
      summary: "Change a contract line",
      responses: {
        200: jsonResponseSpec("Updated", ContractLineSchema),
        404: problemResponseSpec("No such line"),
        ...authProblems,
      },
    }),
    requireRole("reconciler"),
    validator("param", IdParam, rejectInvalid),
    validator("json", ContractLinePatchSchema, rejectInvalid),
    async (c) => {
      const ctx = writeContextOf(c.var.actor, c.var.deps.clock());
      return c.json(await updateContractLine(c.var.deps.db, ctx, c.req.valid("param").id, c.req.valid("json")), 200);
    },
  )
  .delete(
    "/:id",
    describeRoute({
      tags,
      summary: "Remove a contract line",
      responses: { 204: { description: "Removed" }, 404: problemResponseSpec("No such line"), ...authProblems },
    }),
    requireRole("reconciler"),
    validator("param", IdParam, rejectInvalid),
    async (c) => {
      await deleteContractLine(c.var.deps.db, writeContextOf(c.var.actor, c.var.deps.clock()), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
