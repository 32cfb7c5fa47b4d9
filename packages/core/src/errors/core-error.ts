/** Every code a {@link CoreError} or a typed rejection of this package can carry. */
export type CoreErrorCode = "invalid_period" | "invalid_date";

/**
 * The one error class of `@tally/core`. Expected outcomes are returned as values; this is thrown
 * only for programmer errors, such as passing an unparsed string where a `Period` is required.
 *
 * @example throw new CoreError("invalid_period", "month 13 does not exist");
 */
export class CoreError extends Error {
  override readonly name = "CoreError";
  readonly code: CoreErrorCode;

  constructor(code: CoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
