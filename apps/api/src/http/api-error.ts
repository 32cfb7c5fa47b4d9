/** Every stable problem code the API answers with. */
export type ApiErrorCode =
  | "validation_failed"
  | "malformed_request"
  | "unauthenticated"
  | "forbidden"
  | "csrf_rejected"
  | "not_found"
  | "conflict"
  | "last_owner"
  | "too_many_attempts"
  | "idempotency_key_reused"
  | "secret_unreadable"
  | "stale_card"
  | "already_decided"
  | "wrong_kind"
  | "vendor_auth_failed"
  | "vendor_forbidden"
  | "vendor_unreachable"
  | "vendor_not_spamtitan"
  | "vendor_timeout"
  | "vendor_rate_limited"
  | "vendor_error"
  | "internal_error";

/** One field-level problem of a validation failure. */
export interface FieldError {
  path: string;
  message: string;
}

/** Options of an ApiError beyond status, code and detail. */
export interface ApiErrorOptions {
  errors?: FieldError[];
  headers?: Record<string, string>;
  cause?: unknown;
  /** Extra members of the problem body (e.g. the fresh `card` of a `stale_card`). */
  extensions?: Record<string, unknown>;
}

/**
 * The API's one error class: thrown anywhere, turned into an `application/problem+json`
 * response by the app's single `onError`.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;
  readonly extensions: Record<string, unknown>;

  constructor(status: number, code: ApiErrorCode, detail: string, options: ApiErrorOptions = {}) {
    super(detail, { cause: options.cause });
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
    this.extensions = options.extensions ?? {};
  }
}

/** A 404 that never says whether the id exists in another organization. */
export function notFound(what: string): ApiError {
  return new ApiError(404, "not_found", `No ${what} with this id.`);
}

/** A 409 for a write that clashes with existing data. */
export function conflict(detail: string): ApiError {
  return new ApiError(409, "conflict", detail);
}

/** A 422 for a body field that names something this organization does not have. */
export function unknownReference(path: string, what: string): ApiError {
  return new ApiError(422, "validation_failed", `No ${what} with this id.`, {
    errors: [{ path, message: `no such ${what}` }],
  });
}
