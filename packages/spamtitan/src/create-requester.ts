import { createFetch, type FetchResponse } from "ofetch";
import { computeBackoffDelay, parseRetryAfter, type RetryPolicy } from "./compute-retry-delay.ts";
import { SpamTitanError } from "./spamtitan-error.ts";

/** Sends one authenticated GET (with timeout and retries) and returns the parsed JSON body. */
export type Requester = (url: string, signal?: AbortSignal) => Promise<unknown>;

/** What the requester needs. */
export interface RequesterOptions {
  apiKey: string;
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  retry: RetryPolicy;
  random: () => number;
  onRetry?: ((retry: RetryNotice) => void) | undefined;
}

/** Told before each retry wait: which attempt failed, why, and how long the client waits. */
export interface RetryNotice {
  attempt: number;
  code: "rate_limited" | "server_error" | "timeout" | "unreachable";
  status: number | undefined;
  delayMs: number;
}

type Attempt =
  | { kind: "response"; response: FetchResponse<string> }
  | { kind: "timeout" }
  | { kind: "network"; cause: unknown };

interface Retryable {
  error: SpamTitanError;
  delayMs: number | null;
}

/**
 * Builds the one HTTP path of the client: Bearer + Accept headers, a per-attempt timeout,
 * retries on 429/5xx/timeouts/network errors with backoff, and errors classified into codes.
 *
 * @example const request = createRequester({ apiKey, fetch, timeoutMs: 15_000, retry, random: Math.random });
 */
export function createRequester(options: RequesterOptions): Requester {
  const $fetch = createFetch({ fetch: options.fetch });
  const redact = (text: string) => (options.apiKey === "" ? text : text.split(options.apiKey).join("[redacted]"));

  const attemptOnce = async (url: string, signal: AbortSignal | undefined): Promise<Attempt> => {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), options.timeoutMs);
    try {
      const response = await $fetch.raw(url, {
        method: "GET",
        headers: { authorization: `Bearer ${options.apiKey}`, accept: "application/json" },
        responseType: "text",
        retry: false,
        ignoreResponseError: true,
        signal: signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal,
      });
      return { kind: "response", response };
    } catch (error) {
      if (signal?.aborted) throw cancelledError();
      if (timeout.signal.aborted) return { kind: "timeout" };
      return { kind: "network", cause: rootCause(error) };
    } finally {
      clearTimeout(timer);
    }
  };

  const classify = (url: string, attempt: Attempt): { body: unknown } | Retryable | SpamTitanError => {
    const where = describeEndpoint(url);
    if (attempt.kind === "timeout") {
      return {
        error: new SpamTitanError(
          "timeout",
          `SpamTitan did not answer ${where} within ${Math.round(options.timeoutMs / 100) / 10} s. Check that the server is up and not overloaded, then try again.`,
        ),
        delayMs: null,
      };
    }
    if (attempt.kind === "network") {
      const code = errorCode(attempt.cause);
      return {
        error: new SpamTitanError(
          "unreachable",
          `The API URL cannot be reached (${new URL(url).host}${code ? `: ${code}` : ""}). Check the URL, DNS, firewall and TLS certificate of your SpamTitan server.`,
          { cause: attempt.cause },
        ),
        delayMs: null,
      };
    }
    const { response } = attempt;
    const status = response.status;
    const text = response._data ?? "";
    if (status >= 200 && status < 300) {
      if (text.trim() === "") return { body: null };
      const contentType = response.headers.get("content-type") ?? "";
      if (contentType.includes("html") || /^\s*</.test(text)) {
        return new SpamTitanError(
          "invalid_response",
          `SpamTitan answered ${where} with a web page instead of JSON. Check that the API URL points to the SpamTitan REST API (…/restapi), not to its login page.`,
          { status },
        );
      }
      try {
        return { body: JSON.parse(text) };
      } catch (cause) {
        return new SpamTitanError(
          "invalid_response",
          `SpamTitan's answer ${where} is not valid JSON (it may have been cut off). Try again; if it persists, check the SpamTitan server.`,
          { status, cause },
        );
      }
    }
    const serverMessage = readServerMessage(text, response.statusText, redact);
    if (status === 429) {
      return {
        error: new SpamTitanError(
          "rate_limited",
          `SpamTitan kept answering 429 Too Many Requests ${where}. Wait a few minutes and try again, or lower the concurrency.`,
          { status },
        ),
        delayMs: parseRetryAfter(response.headers.get("retry-after"), options.retry.maxRetryAfterMs, Date.now()),
      };
    }
    if (status >= 500) {
      return {
        error: new SpamTitanError(
          "server_error",
          `SpamTitan answered ${status} ${where}${serverMessage}. The server had a problem; try again later.`,
          { status },
        ),
        delayMs: null,
      };
    }
    if (status === 401) {
      return new SpamTitanError(
        "auth_failed",
        `SpamTitan refused the API key (401)${serverMessage}. Check that the key is pasted whole and has not been revoked or expired (Settings → User Management → RestAPI Keys).`,
        { status },
      );
    }
    if (status === 403) {
      return new SpamTitanError(
        "forbidden",
        `SpamTitan refused the API key for ${where.replace(/^for /, "")} (403)${serverMessage}. Check the role of the key's user: a Domain Group Administrator only sees its own groups.`,
        { status },
      );
    }
    if (status === 404) {
      return new SpamTitanError(
        "not_found",
        `SpamTitan answered 404 Not Found ${where}${serverMessage}. Check the API URL and that the domain group still exists.`,
        { status },
      );
    }
    return new SpamTitanError(
      "invalid_request",
      `SpamTitan rejected the request ${where} (${status})${serverMessage}.`,
      {
        status,
      },
    );
  };

  return async (url, signal) => {
    for (let attempt = 0; ; attempt += 1) {
      if (signal?.aborted) throw cancelledError();
      const outcome = classify(url, await attemptOnce(url, signal));
      if (outcome instanceof SpamTitanError) throw outcome;
      if ("body" in outcome) return outcome.body;
      if (attempt >= options.retry.retries) throw outcome.error;
      const delayMs = outcome.delayMs ?? computeBackoffDelay(attempt, options.retry, options.random);
      options.onRetry?.({
        attempt: attempt + 1,
        code: outcome.error.code as RetryNotice["code"],
        status: outcome.error.status,
        delayMs,
      });
      await sleep(delayMs, signal);
    }
  };
}

function cancelledError(): SpamTitanError {
  return new SpamTitanError("cancelled", "The request to SpamTitan was cancelled.");
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(cancelledError());
    const onAbort = () => {
      clearTimeout(timer);
      reject(cancelledError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** "for /domain-groups": the endpoint without host or query, which never holds a secret. */
function describeEndpoint(url: string): string {
  const path = new URL(url).pathname.replace(/^.*\/restapi/, "");
  return `for ${path || "/"}`;
}

/** ofetch wraps network errors in a FetchError that holds the request options (and so the key): unwrap it. */
function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof Error && current.name === "FetchError" && current.cause !== undefined) {
    current = current.cause;
  }
  if (current instanceof Error && current.name === "FetchError") return new Error("fetch failed");
  return current;
}

function errorCode(error: unknown): string | null {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = current.cause;
  }
  return null;
}

function readServerMessage(text: string, statusText: string, redact: (text: string) => string): string {
  let message: string | null = null;
  try {
    const body: unknown = JSON.parse(text);
    if (body && typeof body === "object" && "message" in body && typeof body.message === "string")
      message = body.message;
  } catch {
    message = null;
  }
  const shown = (message ?? statusText).trim().slice(0, 200);
  return shown === "" ? "" : `: "${redact(shown)}"`;
}
