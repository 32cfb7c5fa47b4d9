import { Hono } from "hono";
import { describeRoute, validator } from "hono-openapi";
import * as v from "valibot";
import { writeContextOf } from "../audit/write-context.ts";
import { requireRole, requireUser } from "../auth/authenticate.ts";
import { notFound } from "../http/api-error.ts";
import type { AppEnv } from "../http/app-env.ts";
import { IdParam } from "../http/id-param.ts";
import { idempotent } from "../http/idempotency.ts";
import { SearchPageQuery } from "../http/list-query.ts";
import { fetchPage, PageQuery, pageOf } from "../http/pagination.ts";
import { authProblems, jsonResponseSpec, problemResponseSpec } from "../http/problem-schema.ts";
import { rejectInvalid } from "../http/validation.ts";
import {
  ContractLineSchema,
  ContractPatchSchema,
  ContractSchema,
  NewContractLineSchema,
  NewContractSchema,
  rowToContract,
  rowToContractLine,
} from "./contract.ts";
import { findContractRow, listContractLineRows, listContractRows } from "./contracts.repository.ts";
import { createContract, createContractLine, updateContract } from "./contracts.service.ts";

const tags = ["directory"];
const ContractListQuery = v.object({
  ...SearchPageQuery.entries,
  accountId: v.optional(v.pipe(v.string(), v.maxLength(100))),
  status: v.optional(v.picklist(["active", "draft", "ended"])),
});

/** Customer contracts and their lines: viewers read, reconcilers and up write. */
export const contractsRoutes = new Hono<AppEnv>()
  .get(
    "/",
    describeRoute({
      tags,
      summary: "List contracts (q matches contract or account name)",
      responses: { 200: jsonResponseSpec("Contracts", pageOf(ContractSchema)), ...authProblems },
    }),
    requireUser(),
    validator("query", ContractListQuery, rejectInvalid),
    async (c) => {
      const { limit, cursor, ...filter } = c.req.valid("query");
      const org = c.var.actor.organizationId;
      const page = await fetchPage(
        { limit, cursor },
        (r) => r.id,
        (after, take) => listContractRows(c.var.deps.db, org, filter, after, take),
        rowToContract,
      );
      return c.json(page, 200);
    },
  )
  .post(
    "/",
    describeRoute({
      tags,
      summary: "Create a contract (accepts Idempotency-Key)",
      responses: {
        201: jsonResponseSpec("Created", ContractSchema),
        422: problemResponseSpec("Invalid, or unknown accountId"),
        ...authProblems,
      },
    }),
    requireRole("reconciler"),
    idempotent(),
    validator("json", NewContractSchema, rejectInvalid),
    async (c) =>
      c.json(
        await createContract(c.var.deps.db, writeContextOf(c.var.actor, c.var.deps.clock()), c.req.valid("json")),
        201,
      ),
  )
  .get(
    "/:id",
    describeRoute({
      tags,
      summary: "One contract",
      responses: {
        200: jsonResponseSpec("The contract", ContractSchema),
        404: problemResponseSpec("No such contract"),
        ...authProblems,
      },
    }),
    requireUser(),
    validator("param", IdParam, rejectInvalid),
    async (c) => {
      const row = await findContractRow(c.var.deps.db, c.var.actor.organizationId, c.req.valid("param").id);
      if (!row) throw notFound("contract");
      return c.json(rowToContract(row), 200);
    },
  )
  .patch(
    "/:id",
    describeRoute({
      tags,
      summary: "Change a contract",
      responses: {
        200: jsonResponseSpec("Updated", ContractSchema),
        404: problemResponseSpec("No such contract"),
        ...authProblems,
      },
    }),
    requireRole("reconciler"),
    validator("param", IdParam, rejectInvalid),
    validator("json", ContractPatchSchema, rejectInvalid),
    async (c) => {
      const ctx = writeContextOf(c.var.actor, c.var.deps.clock());
      return c.json(await updateContract(c.var.deps.db, ctx, c.req.valid("param").id, c.req.valid("json")), 200);
    },
  )
  .get(
    "/:id/lines",
    describeRoute({
      tags,
      summary: "A contract's lines",
      responses: {
        200: jsonResponseSpec("Lines", pageOf(ContractLineSchema)),
        404: problemResponseSpec("No such contract"),
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
      if (!(await findContractRow(db, org, id))) throw notFound("contract");
      const page = await fetchPage(
        c.req.valid("query"),
        (r) => r.id,
        (after, take) => listContractLineRows(db, org, id, after, take),
        rowToContractLine,
      );
      return c.json(page, 200);
    },
  )
  .post(
    "/:id/lines",
    describeRoute({
      tags,
      summary: "Add a line (unitPrice defaults to the service's; accepts Idempotency-Key)",
      responses: {
        201: jsonResponseSpec("Created", ContractLineSchema),
        404: problemResponseSpec("No such contract"),
        422: problemResponseSpec("Invalid, or unknown serviceId"),
        ...authProblems,
      },
    }),
    requireRole("reconciler"),
    idempotent(),
    validator("param", IdParam, rejectInvalid),
    validator("json", NewContractLineSchema, rejectInvalid),
    async (c) => {
      const ctx = writeContextOf(c.var.actor, c.var.deps.clock());
      return c.json(await createContractLine(c.var.deps.db, ctx, c.req.valid("param").id, c.req.valid("json")), 201);
    },
  );
