import { createApiClient } from "@tally/api/client";
import { reachApi, readResponse } from "./request.ts";

type ApiClient = ReturnType<typeof createApiClient>;

let client: ApiClient | undefined;

/**
 * The API's typed client (`hc<AppType>` from `@tally/api/client`) for this page's origin, sending
 * the session cookie. Same origin in production; in dev Vite proxies `/api` to the API.
 */
export function apiClient(): ApiClient {
  client ??= createApiClient(globalThis.location?.origin ?? "http://localhost", {
    fetch: (input: RequestInfo | URL, init?: RequestInit) => fetch(input, { ...init, credentials: "include" }),
  });
  return client;
}

/** A typed-client response, as far as reading it needs. */
interface TypedResponse {
  ok: boolean;
  status: number;
  headers: Headers;
  text(): Promise<string>;
  json(): Promise<unknown>;
}

/** The success body type a typed-client call declares. */
export type BodyOf<R extends TypedResponse> = Awaited<ReturnType<R["json"]>>;

/**
 * Runs one typed-client call and returns its success body, or throws the `ApiProblem` of a
 * failure — the typed twin of `request()`, sharing its reader.
 *
 * @example const page = await callApi(apiClient().api.v1.integrations.$get({ query: {} }));
 */
export async function callApi<R extends TypedResponse>(call: Promise<R>): Promise<BodyOf<R>> {
  return readResponse<BodyOf<R>>(await reachApi(call));
}

/** Reads every page of a typed `{ items, nextCursor }` list, 500 at a time (the API's maximum). */
export async function callApiForAllPages<Item>(
  fetchPage: (query: { limit: string; cursor?: string }) => Promise<{ items: Item[]; nextCursor: string | null }>,
): Promise<Item[]> {
  const items: Item[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor === undefined ? { limit: "500" } : { limit: "500", cursor });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return items;
}
