import { describe, expect, it } from "vitest";
import { formatPeriod } from "../period/period.ts";
import type { Card } from "./card.ts";
import { describeCardReason, internReasons } from "./card-reason.ts";
import { reconcilePeriod } from "./reconcile-period.ts";

function cardWith(psa: number, vendor: number | null, groups: string[]): Card {
  const cards = reconcilePeriod({
    vendor: "spamtitan",
    period: formatPeriod(2026, 12),
    contractLines: [{ id: "l1", contractId: "c1", accountId: "a1", serviceId: "s1", quantity: psa, unitPrice: 1 }],
    accountMappings: groups.map((g) => ({ status: "mapped", vendorId: g, targetId: "a1", mappedBy: "user" }) as const),
    serviceMappings: [{ status: "mapped", vendorId: "vs", targetId: "s1", mappedBy: "user" }],
    usage:
      vendor === null
        ? []
        : groups.map((g, i) => ({ vendorAccountId: g, vendorServiceId: "vs", quantity: i === 0 ? vendor : 0 })),
  });
  const [card] = cards;
  if (!card) throw new Error("no card");
  return card;
}

describe("describeCardReason", () => {
  it("says by how much a line is under- or over-billed", () => {
    const under = cardWith(10, 13, ["g1"]);
    expect(describeCardReason("vendor_above_psa", under)).toBe(
      "The vendor reports 13 but 10 is billed: under-billed by 3.",
    );
    const over = cardWith(10, 4, ["g1"]);
    expect(describeCardReason("vendor_below_psa", over)).toContain("over-billed by 6");
  });

  it("names how many vendor accounts were summed", () => {
    const card = cardWith(10, 13, ["g1", "g2", "g3"]);
    expect(card.reasons).toContain("summed_vendor_accounts");
    expect(describeCardReason("summed_vendor_accounts", card)).toContain("3 vendor accounts");
  });

  it("explains a missing usage as a possible cancellation", () => {
    const card = cardWith(10, null, ["g1"]);
    expect(card.reasons.map((r) => describeCardReason(r, card)).join(" ")).toContain("may have cancelled");
  });
});

describe("internReasons", () => {
  it("shares one frozen array per combination", () => {
    const a = internReasons(["vendor_above_psa", "summed_vendor_accounts"]);
    expect(internReasons(["vendor_above_psa", "summed_vendor_accounts"])).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });
});
