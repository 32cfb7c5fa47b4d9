import { describe, expect, it } from "vitest";
import { formatCount, formatDateTime, formatKeyHint, formatMoney, formatPeriod, formatPlural } from "./format.ts";

describe("formatPeriod", () => {
  it("shows a period as month and year", () => {
    expect(formatPeriod("2026-12", "en-GB")).toBe("December 2026");
    expect(formatPeriod("2027-01", "en-GB")).toBe("January 2027");
  });
});

describe("formatCount", () => {
  it("groups thousands in the locale's way", () => {
    expect(formatCount(5000, "en-US")).toBe("5,000");
    expect(formatCount(5000, "de-DE")).toBe("5.000");
  });
});

describe("formatMoney", () => {
  it("shows an amount in its currency", () => {
    expect(formatMoney(1234.5, "USD", "en-US")).toBe("$1,234.50");
    expect(formatMoney(-12, "EUR", "en-IE")).toBe("-€12.00");
  });
});

describe("formatDateTime", () => {
  it("shows an instant in the given locale and zone", () => {
    expect(formatDateTime("2026-12-03T09:05:00Z", "en-GB", "UTC")).toBe("3 Dec 2026, 09:05");
  });

  it("shows a dash when there is no instant or it is unreadable", () => {
    expect(formatDateTime(null)).toBe("—");
    expect(formatDateTime("not a date")).toBe("—");
  });
});

describe("formatKeyHint", () => {
  it("shows only the last four characters behind dots", () => {
    expect(formatKeyHint("abcd")).toBe("••••abcd");
    expect(formatKeyHint("****wxyz")).toBe("••••wxyz");
    expect(formatKeyHint("0123456789")).toBe("••••6789");
  });

  it("shows a dash when there is no key", () => {
    expect(formatKeyHint(null)).toBe("—");
  });
});

describe("formatPlural", () => {
  it("picks the singular for one and the plural otherwise", () => {
    expect(formatPlural(1, "account mapping", "account mappings", "en-US")).toBe("1 account mapping");
    expect(formatPlural(0, "account mapping", "account mappings", "en-US")).toBe("0 account mappings");
    expect(formatPlural(1200, "group", "groups", "en-US")).toBe("1,200 groups");
  });
});
