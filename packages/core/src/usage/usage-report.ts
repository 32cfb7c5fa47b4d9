/** One day of a vendor's usage series. */
export interface UsageDay {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly usage: number;
}

/**
 * A vendor's usage report for one vendor account over a window, in core's terms. For SpamTitan
 * this is the Licensing Stats report: `maximum` is the figure a consumer is known to read,
 * `days` is read when present.
 */
export interface UsageReport {
  /** First day of the window, `YYYY-MM-DD`, inclusive. */
  readonly startDate?: string;
  /** Last day of the window, `YYYY-MM-DD`, inclusive. */
  readonly endDate?: string;
  readonly maximum?: number | null;
  readonly average?: number | null;
  readonly days?: readonly UsageDay[] | null;
}

/** How a vendor's report becomes a billable quantity. */
export interface UsageRule {
  readonly vendor: string;
  /** The billed figure is the maximum over this many days before today (plus today). */
  readonly windowDays: number;
  readonly aggregate: "maximum";
}

/** SpamTitan's rule: the maximum of Licensing Stats over [today − 30 days, today]. */
export const spamTitanUsageRule: UsageRule = { vendor: "spamtitan", windowDays: 30, aggregate: "maximum" };
