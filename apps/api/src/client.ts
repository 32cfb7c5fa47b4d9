import { hc } from "hono/client";
import type { AppType } from "./app.ts";

/**
 * The typed client for the Tally API, used by the web app and API consumers.
 *
 * @example const api = createApiClient("http://localhost:8787"); await api.healthz.$get();
 */
export function createApiClient(baseUrl: string, options?: Parameters<typeof hc>[1]) {
  return hc<AppType>(baseUrl, options);
}

export type { AppType };
