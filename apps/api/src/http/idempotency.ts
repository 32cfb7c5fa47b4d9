import { createHash } from "node:crypto";
import { createMiddleware } from "hono/factory";
import { ApiError } from "./api-error.ts";
import type { AppEnv } from "./app-env.ts";

const maxKeyLength = 200;

/**
 * Makes a write retry-safe: with an `Idempotency-Key` header, the first response (status < 500)
 * is stored per organization + key + route and replayed for every repeat; the same key with a
 * different body is a 422. Without the header the route runs normally. Use after authentication.
 *
 * @example .post("/:id/approve", requireRole("reconciler"), idempotent(), (c) => …)
 */
export function idempotent() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const key = c.req.header("idempotency-key");
    if (key === undefined) return next();
    if (key.length === 0 || key.length > maxKeyLength) {
      throw new ApiError(400, "validation_failed", `Idempotency-Key must be 1–${maxKeyLength} characters.`, {
        errors: [{ path: "Idempotency-Key", message: "invalid length" }],
      });
    }
    const { db, clock } = c.var.deps;
    const organizationId = c.var.actor.organizationId;
    const route = `${c.req.method} ${c.req.path}`;
    const requestHash = createHash("sha256")
      .update(await c.req.text())
      .digest("hex");
    const at = clock().toISOString();
    // Reserve the key first (status 0 = in progress) so two concurrent repeats cannot both run.
    const reserved = await db
      .insertInto("idempotency_keys")
      .values({
        organization_id: organizationId,
        key,
        route,
        request_hash: requestHash,
        status: 0,
        content_type: "",
        body: "",
        created_at: at,
      })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    if (Number(reserved.numInsertedOrUpdatedRows ?? 0) === 0) {
      const stored = await db
        .selectFrom("idempotency_keys")
        .selectAll()
        .where("organization_id", "=", organizationId)
        .where("key", "=", key)
        .where("route", "=", route)
        .executeTakeFirstOrThrow();
      if (stored.request_hash !== requestHash) {
        throw new ApiError(422, "idempotency_key_reused", "This Idempotency-Key was used with a different request.");
      }
      if (stored.status === 0) {
        throw new ApiError(409, "conflict", "A request with this Idempotency-Key is still running; retry shortly.", {
          headers: { "retry-after": "1" },
        });
      }
      return new Response(stored.body, {
        status: stored.status,
        headers: { "content-type": stored.content_type, "idempotent-replayed": "true" },
      });
    }
    const release = () =>
      db
        .deleteFrom("idempotency_keys")
        .where("organization_id", "=", organizationId)
        .where("key", "=", key)
        .where("route", "=", route)
        .execute();
    try {
      await next();
    } catch (error) {
      await release();
      throw error;
    }
    // A server failure is not a result worth replaying: free the key so a retry runs again.
    if (c.res.status >= 500) {
      await release();
      return;
    }
    await db
      .updateTable("idempotency_keys")
      .set({
        status: c.res.status,
        content_type: c.res.headers.get("content-type") ?? "application/json",
        body: await c.res.clone().text(),
      })
      .where("organization_id", "=", organizationId)
      .where("key", "=", key)
      .where("route", "=", route)
      .execute();
  });
}
