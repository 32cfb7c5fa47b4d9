/** The stable problem codes the web app reacts to; any other code the API sends is kept as is. */
export type ApiProblemCode =
  | "validation_failed"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "stale_card"
  | "rate_limited"
  | "too_many_attempts"
  | "csrf_rejected"
  | "invalid_credentials"
  | "vendor_auth_failed"
  | "vendor_unreachable"
  | "vendor_not_spamtitan"
  | "vendor_forbidden"
  | "vendor_timeout"
  | "vendor_rate_limited"
  | "vendor_error"
  | "network_error"
  | "invalid_response"
  | "server_error"
  | (string & {});

/** One field-level issue of a `validation_failed` problem. */
export interface ProblemFieldError {
  /** The field path, e.g. `apiUrl`; empty when the issue is about the whole body. */
  path: string;
  message: string;
}

/** The one error the web app's API layer throws: an RFC 9457 problem, or a network failure shaped like one. */
export class ApiProblem extends Error {
  readonly code: ApiProblemCode;
  readonly status: number;
  readonly title: string;
  readonly detail: string | null;
  readonly errors: ProblemFieldError[];
  /** Whether the API throttled the request (429, whatever its code). */
  get isThrottled(): boolean {
    return this.status === 429 || this.code === "rate_limited" || this.code === "too_many_attempts";
  }

  /** Seconds to wait before retrying, from `Retry-After` (429/503), when the API sent it. */
  readonly retryAfter: number | null;
  /** The raw problem body, e.g. the fresh card of a `stale_card` conflict. */
  readonly body: unknown;

  constructor(init: {
    code: ApiProblemCode;
    status: number;
    title: string;
    detail?: string | null;
    errors?: ProblemFieldError[];
    retryAfter?: number | null;
    body?: unknown;
    cause?: unknown;
  }) {
    super(init.detail ?? init.title, { cause: init.cause });
    this.name = "ApiProblem";
    this.code = init.code;
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail ?? null;
    this.errors = init.errors ?? [];
    this.retryAfter = init.retryAfter ?? null;
    this.body = init.body;
  }

  /** The message for one field of a `validation_failed` problem, if the API named that field. */
  fieldError(path: string): string | undefined {
    return this.errors.find((error) => error.path === path)?.message;
  }
}

const codeByStatus: Record<number, ApiProblemCode> = {
  400: "validation_failed",
  401: "unauthenticated",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  422: "validation_failed",
  429: "rate_limited",
};

const titleByStatus: Record<number, string> = {
  400: "The request was not valid",
  401: "You are not signed in",
  403: "You are not allowed to do this",
  404: "Not found",
  409: "This changed in the meantime",
  422: "The request was not valid",
  429: "Too many attempts",
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readFieldErrors(value: unknown): ProblemFieldError[] {
  if (Array.isArray(value)) {
    return value.flatMap((item): ProblemFieldError[] => {
      if (typeof item === "string") return [{ path: "", message: item }];
      if (!isRecord(item) || typeof item.message !== "string") return [];
      const rawPath = item.path ?? item.field ?? item.pointer ?? "";
      const path = Array.isArray(rawPath) ? rawPath.join(".") : String(rawPath).replace(/^\/+/, "").replace(/\//g, ".");
      return [{ path, message: item.message }];
    });
  }
  // Some validators send `{ field: ["message", …] }`.
  if (isRecord(value)) {
    return Object.entries(value).flatMap(([path, messages]) =>
      (Array.isArray(messages) ? messages : [messages])
        .filter((message): message is string => typeof message === "string")
        .map((message) => ({ path, message })),
    );
  }
  return [];
}

/** `Retry-After` as seconds (delta-seconds or an HTTP date), or `null`. */
export function parseRetryAfter(header: string | null, now: Date): number | null {
  if (header === null || header.trim() === "") return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

/**
 * Turns an error response into an `ApiProblem`: a problem+json body gives its code, detail and
 * field errors; anything else (an HTML 502 from a proxy, an empty body) still gets a code from the
 * status, so every failure reads as a message and never as "undefined".
 *
 * @example parseProblem(401, { code: "unauthenticated", title: "Sign in" }).code === "unauthenticated"
 */
export function parseProblem(status: number, body: unknown, retryAfter: number | null = null): ApiProblem {
  const record = isRecord(body) ? body : {};
  const code =
    typeof record.code === "string" && record.code !== ""
      ? record.code
      : (codeByStatus[status] ?? (status >= 500 ? "server_error" : "invalid_response"));
  const title =
    typeof record.title === "string" && record.title !== ""
      ? record.title
      : (titleByStatus[status] ?? (status >= 500 ? "The server had a problem" : `Request failed (${status})`));
  const detail = typeof record.detail === "string" && record.detail !== "" ? record.detail : null;
  return new ApiProblem({
    code,
    status,
    title,
    detail,
    errors: readFieldErrors(record.errors),
    retryAfter,
    body,
  });
}

/** Wraps a thrown value that is not already an `ApiProblem` (a fetch that never reached the server). */
export function toApiProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  return new ApiProblem({
    code: "network_error",
    status: 0,
    title: "Tally could not be reached",
    detail: "Check your connection and try again.",
    cause: error,
  });
}
