export {
  type AuditEventDraft,
  applyDecision,
  type DecisionContext,
  type DecisionRejectionCode,
  type DecisionRequest,
  type DecisionResult,
  type LineChange,
} from "./decisions/apply-decision.ts";
export type { DecisionAction, DecisionActor, DecisionRecord } from "./decisions/decision-record.ts";
export { defaultEffectiveDate } from "./decisions/default-effective-date.ts";
export { CoreError, type CoreErrorCode } from "./errors/core-error.ts";
export type { Rejection } from "./errors/rejection.ts";
export {
  applyMappingBulk,
  type BulkMappingOptions,
  type BulkMappingResult,
  excludeVendorItem,
  includeVendorItem,
  type MapOptions,
  type MappingChange,
  type MappingOperation,
  type MappingOperationOutcome,
  type MappingRejection,
  type MappingRejectionCode,
  type MappingResult,
  mapVendorItem,
  unmapVendorItem,
} from "./mapping/mapping-rules.ts";
export {
  createMappingState,
  type ExcludedEntry,
  type MappedBy,
  type MappedEntry,
  type MappingEntry,
  type MappingScope,
  type MappingState,
  type MappingStatus,
  mappingStatusOf,
  vendorIdsMappedTo,
} from "./mapping/mapping-state.ts";
export {
  type AmbiguousName,
  type AutoMatchOptions,
  type AutoMatchResult,
  autoMatchByExactName,
  type ExactNameMatch,
  type NamedItem,
} from "./names/auto-match-by-exact-name.ts";
export { normalizeName } from "./names/normalize-name.ts";
export {
  indexAccountsForSuggestions,
  type SuggestableItem,
  type Suggestion,
  type SuggestionIndex,
  type SuggestionReason,
  type SuggestOptions,
  stripLegalSuffixes,
  suggestMatches,
} from "./names/suggest-matches.ts";
export {
  firstDayOfPeriod,
  formatPeriod,
  isIsoDate,
  isPeriod,
  nextPeriod,
  type ParsePeriodResult,
  type Period,
  parsePeriod,
  periodOfDate,
  periodParts,
  previousPeriod,
} from "./period/period.ts";
export type { Card, CardKind } from "./reconciliation/card.ts";
export { cardKeyOf, cardVersionOf } from "./reconciliation/card-identity.ts";
export { type CardReason, describeCardReason } from "./reconciliation/card-reason.ts";
export {
  type ContractLineInput,
  type ReconcileInput,
  reconcilePeriod,
  type ServicePrice,
  type UsageQuantity,
} from "./reconciliation/reconcile-period.ts";
export { roundToCents } from "./reconciliation/round-to-cents.ts";
export {
  type BillableQuantityResult,
  type BillableUsage,
  billableQuantity,
  type UsageRejectionCode,
} from "./usage/billable-quantity.ts";
export { spamTitanUsageRule, type UsageDay, type UsageReport, type UsageRule } from "./usage/usage-report.ts";
export { type DateWindow, usageWindowFor } from "./usage/usage-window.ts";
export type {
  CancelSignal,
  UsageRequest,
  VendorAccountRecord,
  VendorAdapter,
  VendorServiceRecord,
} from "./vendor/vendor-adapter.ts";
