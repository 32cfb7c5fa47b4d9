import { describe, expect, it } from "vitest";
import { type BillableQuantityResult, type BillableUsage, billableQuantity } from "./billable-quantity.ts";
import { spamTitanUsageRule } from "./usage-report.ts";
import { usageWindowFor } from "./usage-window.ts";

function ok(result: BillableQuantityResult): BillableUsage {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}: ${result.message}`);
  return result;
}

// 2026-11-27 is a Friday, 28 Saturday, 29 Sunday, 30 Monday.
const weekWithBusyWeekend = [
  { date: "2026-11-30", usage: 50 },
  { date: "2026-11-27", usage: 48 },
  { date: "2026-11-28", usage: 61 },
  { date: "2026-11-29", usage: 40 },
];

describe("billableQuantity", () => {
  it("bills the report's maximum", () => {
    const usage = ok(
      billableQuantity({ startDate: "2026-11-03", endDate: "2026-12-03", maximum: 57, days: [] }, spamTitanUsageRule),
    );
    expect(usage).toMatchObject({
      quantity: 57,
      source: "maximum",
      window: { start: "2026-11-03", end: "2026-12-03" },
    });
  });

  it("prefers the maximum over the series when both are present", () => {
    expect(ok(billableQuantity({ maximum: 70, days: weekWithBusyWeekend }, spamTitanUsageRule)).quantity).toBe(70);
  });

  it("falls back to the max of the daily series without a maximum", () => {
    const usage = ok(billableQuantity({ maximum: null, days: weekWithBusyWeekend }, spamTitanUsageRule));
    expect(usage).toMatchObject({ quantity: 61, source: "days", maxDay: "2026-11-28" });
    expect(usage.window).toEqual({ start: "2026-11-27", end: "2026-11-30" });
    expect(usage.days.map((d) => d.date)).toEqual(["2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30"]);
  });

  it("computes the weekday-only portal view and explains why it differs", () => {
    const usage = ok(billableQuantity({ days: weekWithBusyWeekend }, spamTitanUsageRule));
    expect(usage.portalQuantity).toBe(50);
    expect(usage.explanation).toContain("Billed 61");
    expect(usage.explanation).toContain("2026-11-28");
    expect(usage.explanation).toContain("weekends included");
    expect(usage.explanation).toContain("50");
  });

  it("says the portal shows the same figure when the maximum fell on a weekday", () => {
    const usage = ok(billableQuantity({ maximum: 50, days: weekWithBusyWeekend.slice(0, 2) }, spamTitanUsageRule));
    expect(usage.portalQuantity).toBe(50);
    expect(usage.explanation).toContain("same figure");
  });

  it("reports a null maxDay when the series never shows the maximum", () => {
    const usage = ok(billableQuantity({ maximum: 99, days: weekWithBusyWeekend }, spamTitanUsageRule));
    expect(usage.maxDay).toBeNull();
    expect(usage.explanation).toContain("No single day");
  });

  it("bills 0 usage as 0, not as missing", () => {
    const usage = ok(billableQuantity({ maximum: 0 }, spamTitanUsageRule));
    expect(usage).toMatchObject({ quantity: 0, portalQuantity: null, maxDay: null, window: null });
  });

  it("rejects a report with neither maximum nor series: usage_missing, not zero", () => {
    expect(billableQuantity({}, spamTitanUsageRule)).toMatchObject({ ok: false, code: "usage_missing" });
    expect(billableQuantity({ maximum: null, days: [] }, spamTitanUsageRule)).toMatchObject({
      ok: false,
      code: "usage_missing",
    });
  });

  it.each([
    ["a negative maximum", { maximum: -1 }],
    ["a fractional maximum", { maximum: 2.5 }],
    ["a negative day", { days: [{ date: "2026-11-30", usage: -3 }] }],
    ["a fractional day", { days: [{ date: "2026-11-30", usage: 1.5 }] }],
    ["a NaN day", { days: [{ date: "2026-11-30", usage: Number.NaN }] }],
    ["a bad day date", { days: [{ date: "2026-11-31", usage: 3 }] }],
    ["a bad window date", { maximum: 3, startDate: "yesterday" }],
  ])("rejects %s: usage_invalid", (_label, report) => {
    expect(billableQuantity(report, spamTitanUsageRule)).toMatchObject({ ok: false, code: "usage_invalid" });
  });
});

describe("usageWindowFor", () => {
  it("is [today − 30 days, today] for SpamTitan", () => {
    expect(usageWindowFor("2026-12-03", spamTitanUsageRule)).toEqual({ start: "2026-11-03", end: "2026-12-03" });
    expect(usageWindowFor(new Date("2026-03-01T22:00:00Z"), spamTitanUsageRule)).toEqual({
      start: "2026-01-30",
      end: "2026-03-01",
    });
  });

  it("throws for an invalid date", () => {
    expect(() => usageWindowFor("2026-13-01", spamTitanUsageRule)).toThrow();
  });
});
