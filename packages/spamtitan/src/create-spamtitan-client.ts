import * as v from "valibot";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./compute-retry-delay.ts";
import { createRequester, type RetryNotice } from "./create-requester.ts";
import type { LicenseUsage } from "./license-usage.ts";
import { listAllPages } from "./list-all-pages.ts";
import { mapWithConcurrency } from "./map-with-concurrency.ts";
import { normalizeApiKey } from "./normalize-api-key.ts";
import { normalizeApiUrl } from "./normalize-api-url.ts";
import {
  type Domain,
  type DomainGroup,
  DomainGroupSchema,
  DomainSchema,
  LicenseUsageBodySchema,
  ListPageSchema,
} from "./response-schemas.ts";
import { shiftCalendarDate } from "./shift-calendar-date.ts";
import { isSpamTitanError, SpamTitanError } from "./spamtitan-error.ts";

/** Where Licensing Stats live; configurable because the path rests on one public script. */
export const DEFAULT_LICENSE_USAGE_PATH = "/reports/license-usage";

/** Options of a SpamTitan client. */
export interface SpamTitanClientOptions {
  /** What the user pasted as API URL; normalised with `normalizeApiUrl`. */
  apiUrl: string;
  /** The RestAPI key; trimmed, a leading "Bearer " dropped. */
  apiKey: string;
  /** A fetch implementation (default: the global one). */
  fetch?: typeof globalThis.fetch;
  /** Per-attempt timeout (default 15,000 ms). */
  timeoutMs?: number;
  /** Retry policy; missing fields take the defaults. */
  retry?: Partial<RetryPolicy>;
  /** Jitter source in [0, 1) (default `Math.random`); inject a constant in tests. */
  random?: () => number;
  /** Told before each retry (for logs and tests); never given the key. */
  onRetry?: (retry: RetryNotice) => void;
  /** Licensing Stats requests in flight at once during `fetchBillingUsage` (default 8). */
  concurrency?: number;
  /** Path of Licensing Stats under /restapi (default `DEFAULT_LICENSE_USAGE_PATH`). */
  licenseUsagePath?: string;
}

/** Cancellation for one call. */
export interface CallOptions {
  signal?: AbortSignal;
}

/** What `listDomains` found: the domains, or that the server has no domains endpoint (404). */
export type DomainListing = { kind: "listed"; domains: Domain[] } | { kind: "unavailable" };

/** Progress of `fetchBillingUsage`: reports done (fetched or failed) out of the groups listed. */
export interface BillingUsageProgress {
  done: number;
  total: number;
}

/** One group's billed usage. */
export interface GroupUsageResult {
  group: DomainGroup;
  usage: LicenseUsage;
}

/** One group whose report could not be fetched; the other groups are unaffected. */
export interface GroupUsageFailure {
  group: DomainGroup;
  error: SpamTitanError;
}

/** Everything one billing fetch produced: per-group results and per-group failures, in group order. */
export interface BillingUsage {
  startDate: string;
  endDate: string;
  groups: DomainGroup[];
  results: GroupUsageResult[];
  failures: GroupUsageFailure[];
}

/** A SpamTitan REST API v3 client. */
export type SpamTitanClient = ReturnType<typeof createSpamTitanClient>;

/**
 * Creates a client for one SpamTitan server and key. Every method throws `SpamTitanError`;
 * an invalid URL or an empty key throws at once.
 *
 * @example
 * const client = createSpamTitanClient({ apiUrl: "st.example.com", apiKey: "Bearer abc" });
 * const { results, failures } = await client.fetchBillingUsage({ today: "2026-12-03" });
 */
export function createSpamTitanClient(options: SpamTitanClientOptions) {
  const normalized = normalizeApiUrl(options.apiUrl);
  if (!normalized.ok) throw new SpamTitanError("invalid_url", normalized.message);
  const baseUrl = normalized.value;
  const apiKey = normalizeApiKey(options.apiKey);
  if (apiKey === "") {
    throw new SpamTitanError(
      "invalid_api_key",
      "Enter the RestAPI key (SpamTitan: Settings → User Management → RestAPI Keys).",
    );
  }
  const request = createRequester({
    apiKey,
    fetch: options.fetch ?? globalThis.fetch,
    timeoutMs: options.timeoutMs ?? 15_000,
    retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    random: options.random ?? Math.random,
    onRetry: options.onRetry,
  });
  const concurrency = Math.max(1, options.concurrency ?? 8);
  const licenseUsagePath = options.licenseUsagePath ?? DEFAULT_LICENSE_USAGE_PATH;

  const listDomainGroups = (call: CallOptions = {}): Promise<DomainGroup[]> =>
    listAllPages(request, `${baseUrl}/domain-groups`, DomainGroupSchema, call.signal);

  const getLicenseUsage = async (
    query: { domainGroupId: number; startDate: string; endDate: string } & CallOptions,
  ): Promise<LicenseUsage> => {
    const params = new URLSearchParams({
      start_date: query.startDate,
      end_date: query.endDate,
      domain_group_id: String(query.domainGroupId),
    });
    const body = await request(`${baseUrl}${licenseUsagePath}?${params}`, query.signal);
    return readLicenseUsage(body, query);
  };

  return {
    /** The normalised base URL, e.g. "https://st.example.com/restapi". */
    baseUrl,

    /**
     * Checks the URL and key with one cheap call (`GET /domain-groups`), telling apart a refused
     * key (`auth_failed`/`forbidden`), an unreachable URL (`unreachable`/`timeout`) and a URL that
     * answers but is not SpamTitan (`not_spamtitan`).
     */
    authenticate: async (call: CallOptions = {}): Promise<void> => {
      let body: unknown;
      try {
        body = await request(`${baseUrl}/domain-groups`, call.signal);
      } catch (error) {
        if (isSpamTitanError(error, "invalid_response", "not_found")) throw notSpamTitan(error);
        throw error;
      }
      if (!v.is(ListPageSchema, body)) throw notSpamTitan(undefined);
      const items = Array.isArray(body) ? body : body.data;
      if (items.length > 0 && !v.is(DomainGroupSchema, items[0])) throw notSpamTitan(undefined);
    },

    /** Lists every domain group the key can see, across all pages. */
    listDomainGroups,

    /** Lists the domains of a group; `unavailable` when the server has no domains endpoint (404). */
    listDomains: async (groupId: number, call: CallOptions = {}): Promise<DomainListing> => {
      try {
        const domains = await listAllPages(
          request,
          `${baseUrl}/domains?domain_group_id=${encodeURIComponent(String(groupId))}`,
          DomainSchema,
          call.signal,
        );
        return { kind: "listed", domains };
      } catch (error) {
        if (isSpamTitanError(error, "not_found")) return { kind: "unavailable" };
        throw error;
      }
    },

    /** Reads Licensing Stats of one group for an inclusive date window. */
    getLicenseUsage,

    /**
     * Lists the groups and fetches each group's Licensing Stats over [today − days, today] with
     * bounded concurrency; a failing group lands in `failures`, the others still come back.
     * Throws only when the groups cannot be listed or the signal aborts (`cancelled`).
     */
    fetchBillingUsage: async (input: {
      today: string;
      days?: number;
      onProgress?: (progress: BillingUsageProgress) => void;
      signal?: AbortSignal;
    }): Promise<BillingUsage> => {
      const endDate = shiftCalendarDate(input.today, 0);
      const startDate = shiftCalendarDate(input.today, -(input.days ?? 30));
      const groups = await listDomainGroups(input.signal ? { signal: input.signal } : {});
      const outcomes: Array<GroupUsageResult | GroupUsageFailure | undefined> = new Array(groups.length);
      let done = 0;
      input.onProgress?.({ done, total: groups.length });
      await mapWithConcurrency(
        groups,
        concurrency,
        async (group, index) => {
          try {
            const usage = await getLicenseUsage({
              domainGroupId: group.id,
              startDate,
              endDate,
              ...(input.signal ? { signal: input.signal } : {}),
            });
            outcomes[index] = { group, usage };
          } catch (error) {
            if (isSpamTitanError(error, "cancelled")) return;
            outcomes[index] = { group, error: toSpamTitanError(error) };
          }
          done += 1;
          input.onProgress?.({ done, total: groups.length });
        },
        input.signal,
      );
      if (input.signal?.aborted) throw new SpamTitanError("cancelled", "Fetching SpamTitan usage was cancelled.");
      const results: GroupUsageResult[] = [];
      const failures: GroupUsageFailure[] = [];
      for (const outcome of outcomes) {
        if (outcome && "usage" in outcome) results.push(outcome);
        else if (outcome) failures.push(outcome);
      }
      return { startDate, endDate, groups, results, failures };
    },
  };
}

function readLicenseUsage(
  body: unknown,
  query: { domainGroupId: number; startDate: string; endDate: string },
): LicenseUsage {
  const inner = body && typeof body === "object" && "data" in body ? body.data : body;
  const parsed = v.safeParse(LicenseUsageBodySchema, inner);
  if (!parsed.success) {
    throw new SpamTitanError(
      "invalid_response",
      `SpamTitan's Licensing Stats for group ${query.domainGroupId} could not be read (${v.getDotPath(parsed.issues[0]) ?? "body"} has an unexpected shape).`,
    );
  }
  const report = parsed.output;
  const days = report.days ?? [];
  if (report.maximum == null && report.days == null) {
    throw new SpamTitanError(
      "invalid_response",
      `SpamTitan's Licensing Stats for group ${query.domainGroupId} carry neither a maximum nor daily usage, so no quantity can be read.`,
    );
  }
  return {
    domainGroupId: report.domain_group_id ?? query.domainGroupId,
    startDate: report.start_date ?? query.startDate,
    endDate: report.end_date ?? query.endDate,
    maximum: report.maximum ?? days.reduce((max, d) => Math.max(max, d.usage), 0),
    maximumSource: report.maximum == null ? "days" : "reported",
    average: report.average ?? null,
    days,
  };
}

function notSpamTitan(cause: SpamTitanError | undefined): SpamTitanError {
  return new SpamTitanError(
    "not_spamtitan",
    "This URL does not look like a SpamTitan REST API: it answered, but not the way SpamTitan does. Check the API URL (e.g. https://spamtitan.example.com/restapi) — it may point to a login page or another service.",
    { ...(cause?.status === undefined ? {} : { status: cause.status }), ...(cause ? { cause } : {}) },
  );
}

function toSpamTitanError(error: unknown): SpamTitanError {
  if (error instanceof SpamTitanError) return error;
  return new SpamTitanError("invalid_response", "SpamTitan's answer could not be processed.", { cause: error });
}
