import { Hono } from "hono";

/** What the API is built from; tests inject in-memory versions. */
export interface AppDeps {
  clock: () => Date;
}

/**
 * Builds the Tally HTTP API.
 *
 * @example const app = createApp({ clock: () => new Date() }); await app.request("/healthz");
 */
export function createApp(_deps: AppDeps) {
  return new Hono().get("/healthz", (c) => c.json({ status: "ok" }));
}

/** The API's type, for the typed client. */
export type AppType = ReturnType<typeof createApp>;
