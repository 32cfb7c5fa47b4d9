import { Hono } from "hono";
import { describeRoute, validator } from "hono-openapi";
import * as v from "valibot";
import { requireRole } from "../auth/authenticate.ts";
import { notFound } from "../http/api-error.ts";
import type { AppEnv } from "../http/app-env.ts";
import { IdParam } from "../http/id-param.ts";
import { fetchPage, PageQuery, pageOf } from "../http/pagination.ts";
import { authProblems, jsonResponseSpec, problemResponseSpec } from "../http/problem-schema.ts";
import { rejectInvalid } from "../http/validation.ts";
import { EmailSchema } from "./email.ts";
import { UserRoleSchema } from "./roles.ts";
import { rowToUser, UserSchema } from "./user.ts";
import { findUserRow, listUserRows } from "./users.repository.ts";
import { createUser, deleteUser, updateUser } from "./users.service.ts";

const Password = v.pipe(v.string(), v.minLength(12, "at least 12 characters"), v.maxLength(1024));
const Name = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200));

const NewUserBody = v.object({
  email: EmailSchema,
  name: Name,
  role: UserRoleSchema,
  password: Password,
});

const UserPatch = v.object({
  name: v.optional(Name),
  role: v.optional(UserRoleSchema),
  password: v.optional(Password),
});

const tags = ["users"];

/** The organization's users (admin and up). */
export const usersRoutes = new Hono<AppEnv>()
  .get(
    "/",
    describeRoute({
      tags,
      summary: "List users",
      responses: { 200: jsonResponseSpec("Users", pageOf(UserSchema)), ...authProblems },
    }),
    requireRole("admin"),
    validator("query", PageQuery, rejectInvalid),
    async (c) => {
      const org = c.var.actor.organizationId;
      const page = await fetchPage(
        c.req.valid("query"),
        (r) => r.id,
        (after, take) => listUserRows(c.var.deps.db, org, after, take),
        rowToUser,
      );
      return c.json(page, 200);
    },
  )
  .post(
    "/",
    describeRoute({
      tags,
      summary: "Add a user",
      responses: {
        201: jsonResponseSpec("Created", UserSchema),
        409: problemResponseSpec("Email taken"),
        ...authProblems,
      },
    }),
    requireRole("admin"),
    validator("json", NewUserBody, rejectInvalid),
    async (c) => c.json(await createUser(c.var.deps.db, c.var.actor, c.req.valid("json"), c.var.deps.clock()), 201),
  )
  .get(
    "/:id",
    describeRoute({
      tags,
      summary: "One user",
      responses: {
        200: jsonResponseSpec("The user", UserSchema),
        404: problemResponseSpec("No such user"),
        ...authProblems,
      },
    }),
    requireRole("admin"),
    validator("param", IdParam, rejectInvalid),
    async (c) => {
      const row = await findUserRow(c.var.deps.db, c.var.actor.organizationId, c.req.valid("param").id);
      if (!row) throw notFound("user");
      return c.json(rowToUser(row), 200);
    },
  )
  .patch(
    "/:id",
    describeRoute({
      tags,
      summary: "Change a user's name, role or password (a new password ends their sessions)",
      responses: {
        200: jsonResponseSpec("Updated", UserSchema),
        404: problemResponseSpec("No such user"),
        409: problemResponseSpec("Last owner"),
        ...authProblems,
      },
    }),
    requireRole("admin"),
    validator("param", IdParam, rejectInvalid),
    validator("json", UserPatch, rejectInvalid),
    async (c) =>
      c.json(
        await updateUser(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json"), c.var.deps.clock()),
        200,
      ),
  )
  .delete(
    "/:id",
    describeRoute({
      tags,
      summary: "Remove a user",
      responses: {
        204: { description: "Removed" },
        404: problemResponseSpec("No such user"),
        409: problemResponseSpec("Last owner"),
        ...authProblems,
      },
    }),
    requireRole("admin"),
    validator("param", IdParam, rejectInvalid),
    async (c) => {
      await deleteUser(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.var.deps.clock());
      return c.body(null, 204);
    },
  );
