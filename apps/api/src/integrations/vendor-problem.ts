import { isSpamTitanError, type SpamTitanError } from "@tally/spamtitan";
import { ApiError } from "../http/api-error.ts";

/**
 * Turns a vendor client error into the problem the API answers with: a refused key, a URL that
 * is not SpamTitan or a bad URL is the user's input (422); an unreachable, failing or slow vendor
 * is a bad gateway (502/503/504). The client's message says what to check and never holds the key.
 *
 * @example throw toVendorProblem(error); // 422 vendor_auth_failed "SpamTitan refused the API key…"
 */
export function toVendorProblem(error: SpamTitanError): ApiError {
  const message = error.message;
  switch (error.code) {
    case "invalid_url":
      return new ApiError(422, "validation_failed", message, { errors: [{ path: "apiUrl", message }] });
    case "invalid_api_key":
      return new ApiError(422, "validation_failed", message, { errors: [{ path: "apiKey", message }] });
    case "auth_failed":
      return new ApiError(422, "vendor_auth_failed", message);
    case "forbidden":
      return new ApiError(422, "vendor_forbidden", message);
    case "not_spamtitan":
      return new ApiError(422, "vendor_not_spamtitan", message);
    case "unreachable":
      return new ApiError(502, "vendor_unreachable", message);
    case "timeout":
      return new ApiError(504, "vendor_timeout", message);
    case "rate_limited":
      return new ApiError(503, "vendor_rate_limited", message);
    default:
      return new ApiError(502, "vendor_error", message);
  }
}

/** Rethrows a vendor error as its problem; anything else unchanged. */
export function rethrowAsVendorProblem(error: unknown): never {
  if (isSpamTitanError(error)) throw toVendorProblem(error);
  throw error;
}
