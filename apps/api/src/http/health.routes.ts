import { Hono } from "hono";
import { sql } from "kysely";
import type { AppEnv } from "./app-env.ts";

/** Liveness and readiness probes (no auth). */
export const healthRoutes = new Hono<AppEnv>()
  .get("/healthz", (c) => c.json({ status: "ok" as const }, 200))
  .get("/readyz", async (c) => {
    try {
      await sql`select 1`.execute(c.var.deps.db);
      return c.json({ status: "ready" as const }, 200);
    } catch (error) {
      c.var.deps.logger.error("database not reachable", { error: String(error) });
      return c.json({ status: "unavailable" as const }, 503);
    }
  });
