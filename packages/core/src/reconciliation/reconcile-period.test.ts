import { describe, expect, it } from "vitest";
import type { DecisionRecord } from "../decisions/decision-record.ts";
import type { MappingEntry } from "../mapping/mapping-state.ts";
import { type Period, parsePeriod } from "../period/period.ts";
import type { Card } from "./card.ts";
import { cardKeyOf, cardVersionOf } from "./card-identity.ts";
import {
  type ContractLineInput,
  type ReconcileInput,
  reconcilePeriod,
  type UsageQuantity,
} from "./reconcile-period.ts";

function period(text: string): Period {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

const december = period("2026-12");

const mapped = (vendorId: string, targetId: string): MappingEntry => ({
  status: "mapped",
  vendorId,
  targetId,
  mappedBy: "user",
});

function line(
  id: string,
  accountId: string,
  quantity: number,
  extra: Partial<ContractLineInput> = {},
): ContractLineInput {
  return { id, contractId: `c-${accountId}`, accountId, serviceId: "s-mail", quantity, unitPrice: 2.5, ...extra };
}

function usage(vendorAccountId: string, quantity: number, vendorServiceId = "vs-lic"): UsageQuantity {
  return { vendorAccountId, vendorServiceId, quantity };
}

function reconcile(input: Partial<ReconcileInput>): Card[] {
  return reconcilePeriod({
    vendor: "spamtitan",
    period: december,
    contractLines: [],
    accountMappings: [],
    serviceMappings: [mapped("vs-lic", "s-mail")],
    usage: [],
    ...input,
  });
}

function only(cards: Card[]): Card {
  expect(cards).toHaveLength(1);
  const [card] = cards;
  if (!card) throw new Error("no card");
  return card;
}

describe("reconcilePeriod: no_change", () => {
  it("is a line of a mapped service whose vendor quantity equals the PSA quantity", () => {
    const card = only(
      reconcile({
        contractLines: [line("l1", "a1", 10)],
        accountMappings: [mapped("g1", "a1")],
        usage: [usage("g1", 10)],
      }),
    );
    expect(card).toMatchObject({
      kind: "no_change",
      key: "spamtitan:2026-12:a1:s-mail",
      accountId: "a1",
      serviceId: "s-mail",
      contractId: "c-a1",
      contractLineId: "l1",
      psaQuantity: 10,
      vendorQuantity: 10,
      delta: 0,
      revenueDelta: 0,
      status: "open",
      decision: null,
    });
  });
});

describe("reconcilePeriod: reconcile", () => {
  it("carries delta = vendor − PSA and revenue delta = delta × unit price", () => {
    const card = only(
      reconcile({
        contractLines: [line("l1", "a1", 10)],
        accountMappings: [mapped("g1", "a1")],
        usage: [usage("g1", 13)],
      }),
    );
    expect(card).toMatchObject({ kind: "reconcile", psaQuantity: 10, vendorQuantity: 13, delta: 3, revenueDelta: 7.5 });
    expect(card.reasons).toEqual(["vendor_above_psa"]);
  });

  it("rounds the revenue delta to cents without float noise", () => {
    const card = only(
      reconcile({
        contractLines: [line("l1", "a1", 10, { unitPrice: 0.1 })],
        accountMappings: [mapped("g1", "a1")],
        usage: [usage("g1", 7)],
      }),
    );
    expect(card.revenueDelta).toBe(-0.3);
  });

  it("treats 0 usage on a billed line as the vendor quantity 0, not as missing", () => {
    const card = only(
      reconcile({
        contractLines: [line("l1", "a1", 4)],
        accountMappings: [mapped("g1", "a1")],
        usage: [usage("g1", 0)],
      }),
    );
    expect(card).toMatchObject({ kind: "reconcile", vendorQuantity: 0, delta: -4, revenueDelta: -10 });
  });

  it("sums the usage of an account mapped from three groups", () => {
    const card = only(
      reconcile({
        contractLines: [line("l1", "a1", 20)],
        accountMappings: [mapped("g1", "a1"), mapped("g2", "a1"), mapped("g3", "a1")],
        usage: [usage("g3", 5), usage("g1", 10), usage("g2", 7)],
      }),
    );
    expect(card).toMatchObject({
      kind: "reconcile",
      vendorQuantity: 22,
      delta: 2,
      vendorAccountIds: ["g1", "g2", "g3"],
    });
    expect(card.reasons).toEqual(["vendor_above_psa", "summed_vendor_accounts"]);
  });
});

describe("reconcilePeriod: new_revenue", () => {
  it("is usage > 0 for an account with no line for the service, valued at the service price when known", () => {
    const card = only(
      reconcile({
        accountMappings: [mapped("g1", "a1")],
        usage: [usage("g1", 8)],
        services: [{ id: "s-mail", unitPrice: 3 }],
      }),
    );
    expect(card).toMatchObject({
      kind: "new_revenue",
      contractId: null,
      contractLineId: null,
      psaQuantity: null,
      vendorQuantity: 8,
      delta: 8,
      revenueDelta: 24,
    });
  });

  it("has a null revenue delta when the service price is unknown", () => {
    expect(only(reconcile({ accountMappings: [mapped("g1", "a1")], usage: [usage("g1", 8)] })).revenueDelta).toBeNull();
  });

  it("is not produced by 0 usage", () => {
    expect(reconcile({ accountMappings: [mapped("g1", "a1")], usage: [usage("g1", 0)] })).toEqual([]);
  });

  it("covers a mapped service with no contract lines at all: one card per account with usage", () => {
    const cards = reconcile({
      accountMappings: [mapped("g1", "a1"), mapped("g2", "a2")],
      usage: [usage("g1", 3), usage("g2", 4)],
    });
    expect(cards.map((c) => [c.kind, c.accountId])).toEqual([
      ["new_revenue", "a1"],
      ["new_revenue", "a2"],
    ]);
  });
});

describe("reconcilePeriod: missing_usage", () => {
  it("is a line of a vendor-mapped service whose account has no usage", () => {
    const card = only(reconcile({ contractLines: [line("l1", "a1", 5)], accountMappings: [mapped("g1", "a1")] }));
    expect(card).toMatchObject({
      kind: "missing_usage",
      psaQuantity: 5,
      vendorQuantity: null,
      delta: null,
      revenueDelta: null,
    });
    expect(card.reasons).toEqual(["no_usage_reported"]);
  });

  it("says when no vendor account is mapped to the account at all", () => {
    const card = only(reconcile({ contractLines: [line("l1", "a1", 5)] }));
    expect(card.kind).toBe("missing_usage");
    expect(card.reasons).toEqual(["no_vendor_account_mapped"]);
  });
});

describe("reconcilePeriod: review", () => {
  it("is several contract lines for one account × service, never a guessed split", () => {
    const card = only(
      reconcile({
        contractLines: [line("l2", "a1", 4), line("l1", "a1", 6)],
        accountMappings: [mapped("g1", "a1")],
        usage: [usage("g1", 12)],
      }),
    );
    expect(card).toMatchObject({
      kind: "review",
      contractId: "c-a1",
      contractLineId: null,
      contractLineIds: ["l1", "l2"],
      psaQuantity: 10,
      vendorQuantity: 12,
      delta: null,
      revenueDelta: null,
    });
  });

  it("leaves contractId null when the lines are on different contracts", () => {
    const card = only(
      reconcile({ contractLines: [line("l1", "a1", 1), line("l2", "a1", 1, { contractId: "other" })] }),
    );
    expect(card).toMatchObject({ kind: "review", contractId: null });
  });

  it("flags usage reported twice for one vendor account instead of double counting silently", () => {
    const card = only(
      reconcile({
        contractLines: [line("l1", "a1", 5)],
        accountMappings: [mapped("g1", "a1")],
        usage: [usage("g1", 5), usage("g1", 5)],
      }),
    );
    expect(card.kind).toBe("review");
    expect(card.reasons).toEqual(["duplicate_usage"]);
  });
});

describe("reconcilePeriod: scope", () => {
  it("ignores lines of services that are not mapped to this vendor", () => {
    expect(reconcile({ contractLines: [line("l1", "a1", 5, { serviceId: "s-backup" })] })).toEqual([]);
  });

  it("produces no card for excluded or unmapped vendor accounts", () => {
    const excluded: MappingEntry = { status: "excluded", vendorId: "g1" };
    expect(reconcile({ accountMappings: [excluded], usage: [usage("g1", 9), usage("g2", 4)] })).toEqual([]);
  });

  it("ignores usage of an excluded or unmapped vendor service", () => {
    const cards = reconcile({
      serviceMappings: [mapped("vs-lic", "s-mail"), { status: "excluded", vendorId: "vs-other" }],
      accountMappings: [mapped("g1", "a1")],
      usage: [usage("g1", 9, "vs-other"), usage("g1", 2, "vs-unknown")],
    });
    expect(cards).toEqual([]);
  });

  it("gives cards a version that changes with the PSA or the vendor quantity only", () => {
    const base = { accountMappings: [mapped("g1", "a1")], contractLines: [line("l1", "a1", 10)] };
    const v10 = only(reconcile({ ...base, usage: [usage("g1", 10)] })).version;
    const again = only(reconcile({ ...base, usage: [usage("g1", 10)] })).version;
    const v11 = only(reconcile({ ...base, usage: [usage("g1", 11)] })).version;
    const psa9 = only(reconcile({ ...base, contractLines: [line("l1", "a1", 9)], usage: [usage("g1", 10)] })).version;
    expect(again).toBe(v10);
    expect(new Set([v10, v11, psa9]).size).toBe(3);
    expect(v10).toMatch(/^[0-9a-f]{8}$/);
  });

  it("escapes ids in the key so ids with ':' cannot collide", () => {
    const cards = reconcile({
      contractLines: [line("l1", "a:b", 1, { serviceId: "s-mail" })],
      serviceMappings: [mapped("vs-lic", "s-mail")],
    });
    expect(only(cards).key).toBe("spamtitan:2026-12:a%3Ab:s-mail");
  });
});

function decision(card: Card, overrides: Partial<DecisionRecord> = {}): DecisionRecord {
  return {
    cardKey: card.key,
    period: card.period,
    action: "dismiss",
    quantity: null,
    contractId: null,
    effectiveDate: null,
    note: null,
    psaQuantity: card.psaQuantity,
    vendorQuantity: card.vendorQuantity,
    by: { type: "user", id: "u1", name: "Ann" },
    at: "2026-12-03T10:00:00.000Z",
    ...overrides,
  };
}

describe("reconcilePeriod: decisions", () => {
  const base = { accountMappings: [mapped("g1", "a1")], contractLines: [line("l1", "a1", 10)] };

  it("keeps a decided card decided in its period while the vendor quantity is unchanged", () => {
    const open = only(reconcile({ ...base, usage: [usage("g1", 12)] }));
    const decided = only(reconcile({ ...base, usage: [usage("g1", 12)], decisions: [decision(open)] }));
    expect(decided).toMatchObject({ status: "decided", changedSinceDecision: false, decision: { action: "dismiss" } });
  });

  it("reopens a decided card whose vendor quantity changed since, marking it", () => {
    const open = only(reconcile({ ...base, usage: [usage("g1", 12)] }));
    const reopened = only(reconcile({ ...base, usage: [usage("g1", 14)], decisions: [decision(open)] }));
    expect(reopened).toMatchObject({ status: "open", changedSinceDecision: true, decision: { action: "dismiss" } });
    expect(reopened.reasons).toEqual(["vendor_above_psa", "changed_since_decision"]);
  });

  it("stays decided after an approval that changed the PSA quantity (the card becomes no_change)", () => {
    const open = only(reconcile({ ...base, usage: [usage("g1", 12)] }));
    const approved = decision(open, { action: "approve", quantity: 12, effectiveDate: "2027-01-01" });
    const after = only(
      reconcile({ ...base, contractLines: [line("l1", "a1", 12)], usage: [usage("g1", 12)], decisions: [approved] }),
    );
    expect(after).toMatchObject({ kind: "no_change", status: "decided" });
  });

  it("ignores decisions of other periods and uses the latest decision of the period", () => {
    const open = only(reconcile({ ...base, usage: [usage("g1", 12)] }));
    const november = decision(open, { period: period("2026-11") });
    expect(only(reconcile({ ...base, usage: [usage("g1", 12)], decisions: [november] })).status).toBe("open");
    const older = decision(open, { vendorQuantity: 9, at: "2026-12-01T00:00:00.000Z" });
    const newer = decision(open, { at: "2026-12-02T00:00:00.000Z" });
    const card = only(reconcile({ ...base, usage: [usage("g1", 12)], decisions: [newer, older] }));
    expect(card).toMatchObject({ status: "decided", decision: { at: "2026-12-02T00:00:00.000Z" } });
  });
});

describe("reconcilePeriod: ordering", () => {
  it("returns cards sorted by service id, then account id", () => {
    const cards = reconcile({
      contractLines: [line("l3", "c", 1), line("l1", "a", 1), line("l2", "b", 1)],
    });
    expect(cards.map((c) => c.accountId)).toEqual(["a", "b", "c"]);
  });
});

describe("reconcilePeriod: keys", () => {
  it("gives every card the key cardKeyOf computes", () => {
    const cards = reconcile({
      vendor: "spam titan",
      contractLines: [line("l1", "a/1", 1, { serviceId: "s:mail" }), line("l2", "a2", 1, { serviceId: "s:mail" })],
      serviceMappings: [mapped("vs-lic", "s:mail")],
    });
    expect(cards.map((c) => c.key)).toEqual(cards.map((c) => cardKeyOf(c.vendor, c.period, c.accountId, c.serviceId)));
    expect(cards[0]?.key).toBe("spam%20titan:2026-12:a%2F1:s%3Amail");
  });

  it("gives every card the version cardVersionOf computes from its key and quantities", () => {
    const cards = reconcile({
      vendor: "spam titan",
      contractLines: [
        line("l1", "a/1", 7, { serviceId: "s:mail" }),
        line("l2", "a2", 1234567, { serviceId: "s:mail" }),
      ],
      serviceMappings: [mapped("vs-lic", "s:mail")],
    });
    expect(cards.map((c) => c.version)).toEqual(
      cards.map((c) => cardVersionOf(c.key, c.psaQuantity, c.vendorQuantity)),
    );
  });
});
