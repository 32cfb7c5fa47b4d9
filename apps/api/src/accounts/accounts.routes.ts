import { Hono } from "hono";
import { describeRoute, validator } from "hono-openapi";
import * as v from "valibot";
import { writeContextOf } from "../audit/write-context.ts";
import { requireRole, requireUser } from "../auth/authenticate.ts";
import { notFound } from "../http/api-error.ts";
import type { AppEnv } from "../http/app-env.ts";
import { IdParam } from "../http/id-param.ts";
import { idempotent } from "../http/idempotency.ts";
import { BooleanQuery, SearchPageQuery } from "../http/list-query.ts";
import { fetchPage, pageOf } from "../http/pagination.ts";
import { authProblems, jsonResponseSpec, problemResponseSpec } from "../http/problem-schema.ts";
import { rejectInvalid } from "../http/validation.ts";
import { AccountPatchSchema, AccountSchema, NewAccountSchema, rowToAccount } from "./account.ts";
import { findAccountRow, listAccountRows } from "./accounts.repository.ts";
import { createAccount, deleteAccount, updateAccount } from "./accounts.service.ts";

const tags = ["directory"];
const AccountListQuery = v.object({ ...SearchPageQuery.entries, active: BooleanQuery });

/** The MSP's customer accounts: viewers read, reconcilers and up write. */
export const accountsRoutes = new Hono<AppEnv>()
  .get(
    "/",
    describeRoute({
      tags,
      summary: "List accounts (q matches name, external id or domain)",
      responses: { 200: jsonResponseSpec("Accounts", pageOf(AccountSchema)), ...authProblems },
    }),
    requireUser(),
    validator("query", AccountListQuery, rejectInvalid),
    async (c) => {
      const { limit, cursor, ...filter } = c.req.valid("query");
      const org = c.var.actor.organizationId;
      const page = await fetchPage(
        { limit, cursor },
        (r) => r.id,
        (after, take) => listAccountRows(c.var.deps.db, org, filter, after, take),
        rowToAccount,
      );
      return c.json(page, 200);
    },
  )
  .post(
    "/",
    describeRoute({
      tags,
      summary: "Create an account (accepts Idempotency-Key)",
      responses: {
        201: jsonResponseSpec("Created", AccountSchema),
        409: problemResponseSpec("External id taken"),
        ...authProblems,
      },
    }),
    requireRole("reconciler"),
    idempotent(),
    validator("json", NewAccountSchema, rejectInvalid),
    async (c) => {
      const account = await createAccount(
        c.var.deps.db,
        writeContextOf(c.var.actor, c.var.deps.clock()),
        c.req.valid("json"),
      );
      return c.json(account, 201);
    },
  )
  .get(
    "/:id",
    describeRoute({
      tags,
      summary: "One account",
      responses: {
        200: jsonResponseSpec("The account", AccountSchema),
        404: problemResponseSpec("No such account"),
        ...authProblems,
      },
    }),
    requireUser(),
    validator("param", IdParam, rejectInvalid),
    async (c) => {
      const row = await findAccountRow(c.var.deps.db, c.var.actor.organizationId, c.req.valid("param").id);
      if (!row) throw notFound("account");
      return c.json(rowToAccount(row), 200);
    },
  )
  .patch(
    "/:id",
    describeRoute({
      tags,
      summary: "Change an account",
      responses: {
        200: jsonResponseSpec("Updated", AccountSchema),
        404: problemResponseSpec("No such account"),
        409: problemResponseSpec("External id taken"),
        ...authProblems,
      },
    }),
    requireRole("reconciler"),
    validator("param", IdParam, rejectInvalid),
    validator("json", AccountPatchSchema, rejectInvalid),
    async (c) => {
      const ctx = writeContextOf(c.var.actor, c.var.deps.clock());
      return c.json(await updateAccount(c.var.deps.db, ctx, c.req.valid("param").id, c.req.valid("json")), 200);
    },
  )
  .delete(
    "/:id",
    describeRoute({
      tags,
      summary: "Delete an account without contracts",
      responses: {
        204: { description: "Deleted" },
        404: problemResponseSpec("No such account"),
        409: problemResponseSpec("The account has contracts"),
        ...authProblems,
      },
    }),
    requireRole("reconciler"),
    validator("param", IdParam, rejectInvalid),
    async (c) => {
      await deleteAccount(c.var.deps.db, writeContextOf(c.var.actor, c.var.deps.clock()), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
