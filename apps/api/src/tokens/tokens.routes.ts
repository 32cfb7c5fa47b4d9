import { Hono } from "hono";
import { describeRoute, validator } from "hono-openapi";
import * as v from "valibot";
import { requireUser } from "../auth/authenticate.ts";
import type { AppEnv } from "../http/app-env.ts";
import { IdParam } from "../http/id-param.ts";
import { fetchPage, PageQuery, pageOf } from "../http/pagination.ts";
import { authProblems, jsonResponseSpec, problemResponseSpec } from "../http/problem-schema.ts";
import { rejectInvalid } from "../http/validation.ts";
import { ApiTokenSchema, rowToApiToken } from "./api-token.ts";
import { listApiTokenRows } from "./tokens.repository.ts";
import { createApiToken, revokeApiToken } from "./tokens.service.ts";

const NewToken = v.object({ name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100)) });

/** Personal API tokens of the current user. */
export const tokensRoutes = new Hono<AppEnv>()
  .post(
    "/",
    describeRoute({
      tags: ["tokens"],
      summary: "Create a personal API token (the token is shown only in this response)",
      responses: {
        201: jsonResponseSpec("Created", v.object({ ...ApiTokenSchema.entries, token: v.string() })),
        ...authProblems,
      },
    }),
    requireUser(),
    validator("json", NewToken, rejectInvalid),
    async (c) => {
      const token = await createApiToken(c.var.deps.db, c.var.actor, c.req.valid("json").name, c.var.deps.clock());
      return c.json(token, 201);
    },
  )
  .get(
    "/",
    describeRoute({
      tags: ["tokens"],
      summary: "List your API tokens",
      responses: { 200: jsonResponseSpec("Tokens", pageOf(ApiTokenSchema)), ...authProblems },
    }),
    requireUser(),
    validator("query", PageQuery, rejectInvalid),
    async (c) => {
      const { organizationId, userId } = c.var.actor;
      const page = await fetchPage(
        c.req.valid("query"),
        (row) => row.id,
        (after, take) => listApiTokenRows(c.var.deps.db, organizationId, userId, after, take),
        rowToApiToken,
      );
      return c.json(page, 200);
    },
  )
  .delete(
    "/:id",
    describeRoute({
      tags: ["tokens"],
      summary: "Revoke an API token",
      responses: { 204: { description: "Revoked" }, 404: problemResponseSpec("No such token"), ...authProblems },
    }),
    requireUser(),
    validator("param", IdParam, rejectInvalid),
    async (c) => {
      await revokeApiToken(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.var.deps.clock());
      return c.body(null, 204);
    },
  );
