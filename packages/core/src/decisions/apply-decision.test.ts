import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Period, parsePeriod } from "../period/period.ts";
import type { Card, CardKind } from "../reconciliation/card.ts";
import { applyDecision, type DecisionRequest, type DecisionResult } from "./apply-decision.ts";
import type { DecisionActor } from "./decision-record.ts";
import { defaultEffectiveDate } from "./default-effective-date.ts";

function period(text: string): Period {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

const actor: DecisionActor = { type: "user", id: "u1", name: "Ann" };
const now = new Date("2026-12-03T10:00:00.000Z");

function card(overrides: Partial<Card> = {}): Card {
  return {
    key: "spamtitan:2026-12:a1:s1",
    version: "0000abcd",
    kind: "reconcile",
    period: period("2026-12"),
    vendor: "spamtitan",
    accountId: "a1",
    serviceId: "s1",
    contractId: "c1",
    contractLineId: "l1",
    contractLineIds: ["l1"],
    vendorAccountIds: ["g1"],
    psaQuantity: 10,
    vendorQuantity: 13,
    delta: 3,
    unitPrice: 2,
    revenueDelta: 6,
    status: "open",
    decision: null,
    changedSinceDecision: false,
    reasons: [],
    ...overrides,
  };
}

function applied(result: DecisionResult) {
  if (!result.ok || result.outcome !== "applied") throw new Error(`expected applied, got ${JSON.stringify(result)}`);
  return result;
}

function codeOf(result: DecisionResult): string {
  return result.ok ? result.outcome : result.code;
}

describe("defaultEffectiveDate", () => {
  it("is the first day of next month", () => {
    expect(defaultEffectiveDate(now)).toBe("2027-01-01");
    expect(defaultEffectiveDate(new Date("2026-01-31T23:59:59Z"))).toBe("2026-02-01");
  });
});

describe("applyDecision: approve", () => {
  it("sets the line quantity to the vendor quantity, effective the first of next month", () => {
    const result = applied(applyDecision(card(), { action: "approve" }, { now, actor }));
    expect(result.lineChange).toEqual({
      kind: "update_quantity",
      contractId: "c1",
      contractLineId: "l1",
      from: 10,
      to: 13,
      effectiveDate: "2027-01-01",
    });
    expect(result.card).toMatchObject({ status: "decided", decision: { action: "approve", quantity: 13, by: actor } });
    expect(result.audit).toMatchObject({
      type: "card.approve",
      at: "2026-12-03T10:00:00.000Z",
      actor,
      before: { psaQuantity: 10, vendorQuantity: 13 },
      after: { quantity: 13, effectiveDate: "2027-01-01" },
    });
  });

  it("uses a chosen effective date", () => {
    const result = applied(applyDecision(card(), { action: "approve", effectiveDate: "2026-12-15" }, { now, actor }));
    expect(result.lineChange?.effectiveDate).toBe("2026-12-15");
  });

  it("acknowledges a no_change card without changing a line", () => {
    const result = applied(
      applyDecision(card({ kind: "no_change", vendorQuantity: 10, delta: 0 }), { action: "approve" }, { now, actor }),
    );
    expect(result.lineChange).toBeNull();
  });

  it.each<CardKind>(["missing_usage", "review", "new_revenue"])("rejects a %s card: wrong_kind", (kind) => {
    expect(codeOf(applyDecision(card({ kind }), { action: "approve" }, { now, actor }))).toBe("wrong_kind");
  });
});

describe("applyDecision: adjust", () => {
  it("sets a chosen quantity", () => {
    const result = applied(applyDecision(card(), { action: "adjust", quantity: 12, note: "trial" }, { now, actor }));
    expect(result.lineChange).toMatchObject({ kind: "update_quantity", from: 10, to: 12 });
    expect(result.record).toMatchObject({ quantity: 12, note: "trial" });
  });

  it("is allowed on missing_usage (e.g. to 0 for a cancelled customer)", () => {
    const result = applied(
      applyDecision(
        card({ kind: "missing_usage", vendorQuantity: null }),
        { action: "adjust", quantity: 0 },
        { now, actor },
      ),
    );
    expect(result.lineChange).toMatchObject({ to: 0 });
  });

  it("changes no line when the quantity is already billed", () => {
    expect(applied(applyDecision(card(), { action: "adjust", quantity: 10 }, { now, actor })).lineChange).toBeNull();
  });

  it("rejects negative and non-integer quantities", () => {
    expect(codeOf(applyDecision(card(), { action: "adjust", quantity: -1 }, { now, actor }))).toBe("negative_quantity");
    expect(codeOf(applyDecision(card(), { action: "adjust", quantity: 1.5 }, { now, actor }))).toBe(
      "non_integer_quantity",
    );
    expect(codeOf(applyDecision(card(), { action: "adjust", quantity: Number.NaN }, { now, actor }))).toBe(
      "non_integer_quantity",
    );
  });

  it("rejects review and new_revenue cards: wrong_kind", () => {
    for (const kind of ["review", "new_revenue"] as const) {
      expect(codeOf(applyDecision(card({ kind }), { action: "adjust", quantity: 1 }, { now, actor }))).toBe(
        "wrong_kind",
      );
    }
  });

  it("rejects an invalid effective date", () => {
    expect(
      codeOf(applyDecision(card(), { action: "adjust", quantity: 1, effectiveDate: "2027-02-30" }, { now, actor })),
    ).toBe("invalid_effective_date");
  });
});

describe("applyDecision: dismiss", () => {
  it("decides any kind of card without a line change", () => {
    for (const kind of ["no_change", "reconcile", "new_revenue", "missing_usage", "review"] as const) {
      const result = applied(applyDecision(card({ kind }), { action: "dismiss" }, { now, actor }));
      expect(result.lineChange).toBeNull();
      expect(result.record).toMatchObject({ action: "dismiss", quantity: null, effectiveDate: null });
    }
  });
});

describe("applyDecision: attach", () => {
  const newRevenue = card({
    kind: "new_revenue",
    contractId: null,
    contractLineId: null,
    contractLineIds: [],
    psaQuantity: null,
    vendorQuantity: 8,
    delta: 8,
    unitPrice: null,
  });

  it("turns new_revenue into a new contract line on the chosen contract", () => {
    const result = applied(applyDecision(newRevenue, { action: "attach", contractId: "c9" }, { now, actor }));
    expect(result.lineChange).toEqual({
      kind: "create_line",
      contractId: "c9",
      accountId: "a1",
      serviceId: "s1",
      quantity: 8,
      unitPrice: null,
      effectiveDate: "2027-01-01",
    });
  });

  it("rejects other kinds and a missing contract", () => {
    expect(codeOf(applyDecision(card(), { action: "attach", contractId: "c9" }, { now, actor }))).toBe("wrong_kind");
    expect(codeOf(applyDecision(newRevenue, { action: "attach", contractId: " " }, { now, actor }))).toBe(
      "missing_contract",
    );
  });
});

describe("applyDecision: staleness and conflicts", () => {
  it("rejects a request made against another version: stale_card", () => {
    expect(codeOf(applyDecision(card(), { action: "approve", expectedVersion: "ffffffff" }, { now, actor }))).toBe(
      "stale_card",
    );
    expect(codeOf(applyDecision(card(), { action: "approve", expectedVersion: "0000abcd" }, { now, actor }))).toBe(
      "applied",
    );
  });

  it("records nothing the second time the same decision arrives", () => {
    const first = applied(applyDecision(card(), { action: "approve" }, { now, actor }));
    const later = new Date("2027-01-05T00:00:00Z");
    const second = applyDecision(first.card, { action: "approve" }, { now: later, actor });
    expect(second).toMatchObject({ ok: true, outcome: "unchanged", lineChange: null, audit: null });
    if (second.ok) expect(second.card).toEqual(first.card);
  });

  it("rejects a different decision on a decided card: already_decided", () => {
    const first = applied(applyDecision(card(), { action: "approve" }, { now, actor }));
    expect(codeOf(applyDecision(first.card, { action: "adjust", quantity: 11 }, { now, actor }))).toBe(
      "already_decided",
    );
  });

  it("accepts a new decision on a card reopened by a vendor change", () => {
    const first = applied(applyDecision(card(), { action: "dismiss" }, { now, actor }));
    const reopened = { ...first.card, status: "open" as const, changedSinceDecision: true, vendorQuantity: 15 };
    expect(applied(applyDecision(reopened, { action: "approve" }, { now, actor })).lineChange).toMatchObject({
      to: 15,
    });
  });
});

describe("applyDecision properties", () => {
  const arbitraryRequest: fc.Arbitrary<DecisionRequest> = fc.oneof(
    fc.record({ action: fc.constant("approve" as const) }),
    fc.record({ action: fc.constant("adjust" as const), quantity: fc.integer({ min: -2, max: 30 }) }),
    fc.record({ action: fc.constant("dismiss" as const), note: fc.string({ maxLength: 5 }) }),
    fc.record({ action: fc.constant("attach" as const), contractId: fc.constantFrom("c1", "c2", "") }),
  );
  const arbitraryCard = fc
    .record({
      kind: fc.constantFrom<CardKind>("no_change", "reconcile", "new_revenue", "missing_usage", "review"),
      psaQuantity: fc.option(fc.integer({ min: 0, max: 30 })),
      vendorQuantity: fc.option(fc.integer({ min: 0, max: 30 })),
    })
    .map((fields) => card(fields));

  it("applying the same decision twice equals applying it once", () => {
    fc.assert(
      fc.property(arbitraryCard, arbitraryRequest, (start, request) => {
        const once = applyDecision(start, request, { now, actor });
        if (!once.ok) return;
        const twice = applyDecision(once.card, request, { now, actor });
        expect(twice).toMatchObject({ ok: true, outcome: "unchanged", lineChange: null, audit: null });
        if (twice.ok) expect(twice.card).toEqual(once.card);
      }),
    );
  });

  it("never proposes a negative or fractional line quantity", () => {
    fc.assert(
      fc.property(arbitraryCard, arbitraryRequest, (start, request) => {
        const result = applyDecision(start, request, { now, actor });
        if (!result.ok || !result.lineChange) return;
        const quantity = result.lineChange.kind === "create_line" ? result.lineChange.quantity : result.lineChange.to;
        expect(Number.isInteger(quantity) && quantity >= 0).toBe(true);
      }),
    );
  });
});
