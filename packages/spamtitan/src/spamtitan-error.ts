/** What went wrong talking to SpamTitan; each code has its own UI message. */
export type SpamTitanErrorCode =
  | "invalid_url"
  | "invalid_api_key"
  | "auth_failed"
  | "forbidden"
  | "not_found"
  | "invalid_request"
  | "unreachable"
  | "timeout"
  | "rate_limited"
  | "server_error"
  | "invalid_response"
  | "not_spamtitan"
  | "cancelled";

/**
 * The one error of this package: a `code` to branch on, a message fit for the UI that says what to
 * check, the HTTP status when there was one, and the underlying `cause`. Never carries the API key.
 *
 * @example if (error instanceof SpamTitanError && error.code === "auth_failed") showKeyField();
 */
export class SpamTitanError extends Error {
  override readonly name = "SpamTitanError";
  readonly code: SpamTitanErrorCode;
  readonly status: number | undefined;

  constructor(code: SpamTitanErrorCode, message: string, details: { status?: number; cause?: unknown } = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.status = details.status;
  }
}

/** Tells whether a value is a SpamTitanError, optionally of one of the given codes. */
export function isSpamTitanError(value: unknown, ...codes: SpamTitanErrorCode[]): value is SpamTitanError {
  return value instanceof SpamTitanError && (codes.length === 0 || codes.includes(value.code));
}
