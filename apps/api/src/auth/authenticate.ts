import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import { ApiError } from "../http/api-error.ts";
import type { Actor, AppEnv } from "../http/app-env.ts";
import { hasRole, type UserRole } from "../users/roles.ts";
import { findUserByTokenHash } from "./auth.repository.ts";
import { findSessionUser } from "./auth.service.ts";
import { hashToken } from "./hash-token.ts";

/** The session cookie's name. */
export const sessionCookieName = "tally_session";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

function assertSameOrigin(c: Context<AppEnv>): void {
  if (safeMethods.has(c.req.method)) return;
  const origin = c.req.header("origin");
  const allowed = [new URL(c.req.url).origin, ...(c.var.deps.trustedOrigins ?? [])];
  if (origin === undefined || !allowed.includes(origin)) {
    throw new ApiError(
      403,
      "csrf_rejected",
      "Cookie-authenticated writes need an Origin header equal to this app's origin (use a Bearer token for scripts).",
    );
  }
}

async function authenticate(c: Context<AppEnv>): Promise<Actor> {
  const { db, clock } = c.var.deps;
  const now = clock();
  const authorization = c.req.header("authorization");
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const user = match?.[1] ? await findUserByTokenHash(db, hashToken(match[1])) : undefined;
    if (!user) throw new ApiError(401, "unauthenticated", "The API token is missing, malformed or revoked.");
    await db
      .updateTable("api_tokens")
      .set({ last_used_at: now.toISOString() })
      .where("id", "=", user.token_id)
      .execute();
    return {
      type: "token",
      userId: user.id,
      organizationId: user.organization_id,
      role: user.role,
      name: user.name,
      email: user.email,
      tokenId: user.token_id,
    };
  }
  const sessionToken = getCookie(c, sessionCookieName);
  const user = sessionToken ? await findSessionUser(db, sessionToken, now) : undefined;
  if (!user) throw new ApiError(401, "unauthenticated", "Log in, or send Authorization: Bearer <api token>.");
  assertSameOrigin(c);
  return {
    type: "user",
    userId: user.id,
    organizationId: user.organization_id,
    role: user.role,
    name: user.name,
    email: user.email,
    tokenId: null,
  };
}

/**
 * Authenticates the request (session cookie with an Origin check on writes, or Bearer token) and
 * requires at least `role`: 401 without credentials, 403 below the role.
 *
 * @example .post("/", requireRole("reconciler"), (c) => …)
 */
export function requireRole(role: UserRole) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const actor = await authenticate(c);
    if (!hasRole(actor.role, role)) {
      throw new ApiError(403, "forbidden", `This needs the ${role} role or higher; you are ${actor.role}.`);
    }
    c.set("actor", actor);
    await next();
  });
}

/** Any authenticated user (viewer and up). */
export const requireUser = () => requireRole("viewer");
