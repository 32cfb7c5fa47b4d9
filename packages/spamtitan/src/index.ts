export { computeBackoffDelay, DEFAULT_RETRY_POLICY, parseRetryAfter, type RetryPolicy } from "./compute-retry-delay.ts";
export type { RetryNotice } from "./create-requester.ts";
export {
  type BillingUsage,
  type BillingUsageProgress,
  type CallOptions,
  createSpamTitanClient,
  DEFAULT_LICENSE_USAGE_PATH,
  type DomainListing,
  type GroupUsageFailure,
  type GroupUsageResult,
  type SpamTitanClient,
  type SpamTitanClientOptions,
} from "./create-spamtitan-client.ts";
export type { LicenseUsage, LicenseUsageDay } from "./license-usage.ts";
export { normalizeApiKey } from "./normalize-api-key.ts";
export { type NormalizedApiUrl, normalizeApiUrl } from "./normalize-api-url.ts";
export type { Domain, DomainGroup } from "./response-schemas.ts";
export { shiftCalendarDate } from "./shift-calendar-date.ts";
export { isSpamTitanError, SpamTitanError, type SpamTitanErrorCode } from "./spamtitan-error.ts";
