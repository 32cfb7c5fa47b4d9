import { describe, expect, it } from "vitest";
import { autoMatchByExactName } from "../names/auto-match-by-exact-name.ts";
import { billableQuantity } from "../usage/billable-quantity.ts";
import type { UsageRule } from "../usage/usage-report.ts";
import { usageWindowFor } from "../usage/usage-window.ts";
import type { VendorAdapter } from "./vendor-adapter.ts";

// A second, made-up vendor that bills per seat: it plugs into the same rules without changes.
const seatRule: UsageRule = { vendor: "seats", windowDays: 7, aggregate: "maximum" };
const seats: VendorAdapter = {
  vendor: "seats",
  displayName: "Seats Inc",
  usageRule: seatRule,
  listVendorAccounts: async () => [{ externalId: "t-1", name: "Acme Ltd", domains: ["acme.example"] }],
  listVendorServices: async () => [{ externalId: "seat", name: "Seat" }],
  fetchUsage: async ({ window }) => ({
    startDate: window.start,
    endDate: window.end,
    days: [{ date: window.end, usage: 4 }],
  }),
};

describe("VendorAdapter", () => {
  it("lets another vendor feed auto-match and the usage rule unchanged", async () => {
    const accounts = (await seats.listVendorAccounts()).map((a) => ({ id: a.externalId, name: a.name }));
    expect(autoMatchByExactName([{ id: "a1", name: "ACME LTD" }], accounts).matched).toHaveLength(1);
    const window = usageWindowFor("2026-12-03", seats.usageRule);
    const report = await seats.fetchUsage({ vendorAccountExternalId: "t-1", vendorServiceExternalId: "seat", window });
    const usage = billableQuantity(report, seats.usageRule);
    expect(usage).toMatchObject({
      ok: true,
      quantity: 4,
      source: "days",
      window: { start: "2026-11-26", end: "2026-12-03" },
    });
  });
});
