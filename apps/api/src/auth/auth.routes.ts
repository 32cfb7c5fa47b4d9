import { Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { describeRoute, validator } from "hono-openapi";
import * as v from "valibot";
import { ApiError } from "../http/api-error.ts";
import type { AppEnv } from "../http/app-env.ts";
import { authProblems, jsonResponseSpec, problemResponseSpec } from "../http/problem-schema.ts";
import { readClientIp } from "../http/read-client-ip.ts";
import { rejectInvalid } from "../http/validation.ts";
import { EmailSchema } from "../users/email.ts";
import { rowToUser, UserSchema } from "../users/user.ts";
import { logIn, logOut } from "./auth.service.ts";
import { requireUser, sessionCookieName } from "./authenticate.ts";

const LoginBody = v.object({
  email: EmailSchema,
  password: v.pipe(v.string(), v.minLength(1), v.maxLength(1024)),
});

const MeSchema = v.object({ user: UserSchema, authenticatedBy: v.picklist(["user", "token"]) });

/** Login, logout and the current user. */
export const authRoutes = new Hono<AppEnv>()
  .post(
    "/login",
    describeRoute({
      tags: ["auth"],
      summary: "Log in; sets the HttpOnly session cookie",
      responses: {
        200: jsonResponseSpec("Logged in", v.object({ user: UserSchema })),
        401: problemResponseSpec("Wrong email or password"),
        429: problemResponseSpec("Too many failed attempts (see Retry-After)"),
      },
    }),
    validator("json", LoginBody, rejectInvalid),
    async (c) => {
      const { db, clock } = c.var.deps;
      const { email, password } = c.req.valid("json");
      const result = await logIn(db, c.var.throttle, { email, password, ip: readClientIp(c), now: clock() });
      if (!result.ok) {
        if (result.reason === "throttled") {
          throw new ApiError(429, "too_many_attempts", "Too many failed logins; wait before trying again.", {
            headers: { "retry-after": String(result.retryAfterSeconds) },
          });
        }
        throw new ApiError(401, "unauthenticated", "Wrong email or password.");
      }
      setCookie(c, sessionCookieName, result.sessionToken, {
        httpOnly: true,
        sameSite: "Lax",
        path: "/",
        secure: new URL(c.req.url).protocol === "https:",
        expires: result.expiresAt,
      });
      return c.json({ user: rowToUser(result.user) }, 200);
    },
  )
  .post(
    "/logout",
    describeRoute({
      tags: ["auth"],
      summary: "Log out; ends the session",
      responses: { 204: { description: "Logged out" }, ...authProblems },
    }),
    requireUser(),
    async (c) => {
      const { db, clock } = c.var.deps;
      const actor = c.var.actor;
      const sessionToken = getCookie(c, sessionCookieName);
      if (sessionToken !== undefined && actor.type === "user") {
        await logOut(
          db,
          sessionToken,
          { id: actor.userId, name: actor.name, organizationId: actor.organizationId },
          clock(),
        );
      }
      deleteCookie(c, sessionCookieName, { path: "/" });
      return c.body(null, 204);
    },
  )
  .get(
    "/me",
    describeRoute({
      tags: ["auth"],
      summary: "The current user",
      responses: { 200: jsonResponseSpec("The current user", MeSchema), ...authProblems },
    }),
    requireUser(),
    async (c) => {
      const actor = c.var.actor;
      const row = await c.var.deps.db
        .selectFrom("users")
        .selectAll()
        .where("id", "=", actor.userId)
        .executeTakeFirstOrThrow();
      return c.json({ user: rowToUser(row), authenticatedBy: actor.type }, 200);
    },
  );
