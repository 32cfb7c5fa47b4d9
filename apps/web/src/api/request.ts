import { ApiProblem, parseProblem, parseRetryAfter, toApiProblem } from "./api-problem.ts";

/** What `request()` takes besides the method and path. */
export interface RequestOptions {
  /** Sent as JSON. */
  body?: unknown;
  /** Appended as a query string; `undefined` and empty values are left out. */
  query?: Record<string, string | number | boolean | undefined>;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

type UnauthenticatedListener = (problem: ApiProblem) => void;
let unauthenticatedListener: UnauthenticatedListener | null = null;

/**
 * Registers what happens when any call answers 401 (the session expired): the app sends the
 * person to Sign in. Returns a function that unregisters it.
 */
export function onUnauthenticated(listener: UnauthenticatedListener): () => void {
  unauthenticatedListener = listener;
  return () => {
    if (unauthenticatedListener === listener) unauthenticatedListener = null;
  };
}

/** `/api/v1/x` plus a query string built from the defined values of `query`. */
export function buildPath(path: string, query?: RequestOptions["query"]): string {
  if (!query) return path;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === "") continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text === "" ? path : `${path}?${text}`;
}

/** What `readResponse` needs of a response: a `fetch` Response or a typed-client `ClientResponse`. */
export interface ResponseLike {
  ok: boolean;
  status: number;
  headers: Headers;
  text(): Promise<string>;
}

/**
 * Turns a response into its JSON body, or throws the `ApiProblem` it carries (problem+json, a
 * non-JSON error page, or a 200 that is not JSON). A 401 also tells the unauthenticated listener.
 * Shared by `request()` and the typed client (`api-client.ts`), so both fail the same way.
 */
export async function readResponse<T>(response: ResponseLike): Promise<T> {
  const text = await response.text();
  let body: unknown = null;
  if (text !== "") {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }

  if (!response.ok) {
    const problem = parseProblem(
      response.status,
      body,
      parseRetryAfter(response.headers.get("retry-after"), new Date()),
    );
    if (problem.status === 401 && unauthenticatedListener) unauthenticatedListener(problem);
    throw problem;
  }
  if (typeof body === "string") {
    throw new ApiProblem({
      code: "invalid_response",
      status: response.status,
      title: "The server sent an unexpected answer",
      detail: "Tally's API did not answer with JSON. Is the API running?",
    });
  }
  return body as T;
}

/** Awaits a fetch (plain or typed client), turning "no connection at all" into a `network_error` problem. */
export async function reachApi<R>(call: Promise<R>): Promise<R> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw toApiProblem(error);
  }
}

/**
 * Untyped HTTP for the modules not yet on the typed client (`api-client.ts`): sends the session
 * cookie (`credentials: "include"`), JSON in and out, and throws an `ApiProblem` for every failure.
 *
 * @example const me = await request<CurrentUser>("GET", "/api/v1/auth/me");
 */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json, application/problem+json", ...options.headers };
  const init: RequestInit = { method, headers, credentials: "include" };
  if (options.body !== undefined) {
    headers["content-type"] = "application/json";
    init.body = JSON.stringify(options.body);
  }
  if (options.signal) init.signal = options.signal;
  return readResponse<T>(await reachApi(fetch(buildPath(path, options.query), init)));
}

/** Reads every page of a `{ items, nextCursor }` list (500 per page, the API's maximum). */
export async function requestAll<T>(path: string, query: RequestOptions["query"] = {}): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await request<{ items: T[]; nextCursor: string | null }>("GET", path, {
      query: { ...query, limit: 500, cursor },
    });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return items;
}
