import { describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestUser } from "../testing/create-test-app.ts";
import type { ApiCard } from "./card.ts";
import type { CardDetails } from "./card-details.ts";
import type { CardGroup } from "./card-query.ts";
import { createReconciliationFixture, fixtureNames } from "./reconciliation-fixtures.ts";

type Page<T> = { items: T[]; nextCursor: string | null };

async function setUp() {
  const t = await createTestApp();
  const owner = await t.createUser("owner");
  const fixture = await createReconciliationFixture(t, owner);
  return { t, owner, fixture };
}

async function getJson<T>(t: TestApp, user: TestUser, path: string): Promise<T> {
  const response = await t.request(path, { headers: user.bearerHeaders });
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

describe("GET /api/v1/reconciliation/cards", () => {
  it("shows every card kind with the PSA and vendor quantities, deltas and revenue deltas", async () => {
    const { t, owner } = await setUp();
    const page = await getJson<Page<ApiCard>>(t, owner, "/api/v1/reconciliation/cards?status=all");
    const byAccount = new Map(page.items.map((card) => [card.accountName, card]));
    const pick = (name: string) => {
      const card = byAccount.get(name);
      if (!card) throw new Error(`no card for ${name}`);
      const { kind, psaQuantity, vendorQuantity, delta, revenueDelta, status, reasonCodes } = card;
      return { kind, psaQuantity, vendorQuantity, delta, revenueDelta, status, reasonCodes };
    };
    expect(pick(fixtureNames.noChange)).toEqual({
      kind: "no_change",
      psaQuantity: 40,
      vendorQuantity: 40,
      delta: 0,
      revenueDelta: 0,
      status: "open",
      reasonCodes: ["vendor_matches_psa"],
    });
    expect(pick(fixtureNames.reconcileUp)).toMatchObject({
      kind: "reconcile",
      psaQuantity: 10,
      vendorQuantity: 14,
      delta: 4,
      revenueDelta: 10,
    });
    expect(pick(fixtureNames.reconcileDown)).toMatchObject({
      kind: "reconcile",
      psaQuantity: 20,
      vendorQuantity: 15,
      delta: -5,
      revenueDelta: -12.5,
    });
    expect(pick(fixtureNames.newRevenue)).toMatchObject({
      kind: "new_revenue",
      psaQuantity: null,
      vendorQuantity: 7,
      delta: 7,
      revenueDelta: 17.5,
    });
    expect(pick(fixtureNames.missingUsage)).toMatchObject({
      kind: "missing_usage",
      psaQuantity: 5,
      vendorQuantity: null,
      reasonCodes: ["no_usage_reported"],
    });
    expect(pick(fixtureNames.unmappedAccount)).toMatchObject({
      kind: "missing_usage",
      psaQuantity: 8,
      reasonCodes: ["no_vendor_account_mapped"],
    });
    expect(pick(fixtureNames.review)).toMatchObject({ kind: "review", psaQuantity: 7, vendorQuantity: 9, delta: null });
    expect(pick(fixtureNames.summed)).toMatchObject({
      kind: "no_change",
      psaQuantity: 11,
      vendorQuantity: 11,
      reasonCodes: ["vendor_matches_psa", "summed_vendor_accounts"],
    });
    // The excluded and the unmapped vendor accounts, and the unmapped service's line, give no card.
    expect(byAccount.has(fixtureNames.excluded)).toBe(false);
    expect(page.items).toHaveLength(8);
    expect(page.items.every((card) => card.period === "2026-12" && card.vendor === "spamtitan")).toBe(true);
    const reconcile = byAccount.get(fixtureNames.reconcileUp);
    expect(reconcile?.reasons).toEqual(["The vendor reports 14 but 10 is billed: under-billed by 4."]);
    expect(reconcile?.contractName).toBe(`${fixtureNames.reconcileUp} contract`);
  });

  it("lists open cards of the current month by default and another period on request", async () => {
    const { t, owner, fixture } = await setUp();
    const page = await getJson<Page<ApiCard>>(t, owner, "/api/v1/reconciliation/cards");
    expect(page.items.map((card) => card.id)).toContain(fixture.cardId("noChange"));
    const january = await getJson<Page<ApiCard>>(t, owner, "/api/v1/reconciliation/cards?period=2027-01");
    expect(january.items.map((card) => card.id)).toContain(fixture.cardId("noChange", "2027-01"));
    const bad = await t.request("/api/v1/reconciliation/cards?period=2026-13", { headers: owner.bearerHeaders });
    expect(bad.status).toBe(400);
  });

  it("filters by kind (comma list), account, service, vendor and text", async () => {
    const { t, owner, fixture } = await setUp();
    const kinds = async (query: string) =>
      (await getJson<Page<ApiCard>>(t, owner, `/api/v1/reconciliation/cards?${query}`)).items.map((c) => c.accountName);
    expect(await kinds("kind=reconcile")).toEqual(
      [fixtureNames.reconcileDown, fixtureNames.reconcileUp].sort((a, b) =>
        a.toLowerCase() < b.toLowerCase() ? -1 : 1,
      ),
    );
    expect((await kinds("kind=new_revenue,review")).sort()).toEqual(
      [fixtureNames.newRevenue, fixtureNames.review].sort(),
    );
    expect(await kinds(`accountId=${fixture.accounts.missingUsage}`)).toEqual([fixtureNames.missingUsage]);
    expect(await kinds(`serviceId=${fixture.otherServiceId}`)).toEqual([]);
    expect(await kinds("vendor=other")).toEqual([]);
    expect(await kinds("q=quoted")).toEqual([fixtureNames.reconcileUp]);
    const bad = await t.request("/api/v1/reconciliation/cards?kind=nonsense", { headers: owner.bearerHeaders });
    expect(bad.status).toBe(400);
  });

  it("pages with a cursor until nextCursor is null, without repeats, in name order", async () => {
    const { t, owner } = await setUp();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor === null ? "" : `&cursor=${cursor}`;
      const page: Page<ApiCard> = await getJson(t, owner, `/api/v1/reconciliation/cards?status=all&limit=3${query}`);
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((card) => card.accountName));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
    expect([...seen].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1))).toEqual(seen);
    const bad = await t.request("/api/v1/reconciliation/cards?cursor=garbage", { headers: owner.bearerHeaders });
    expect(bad.status).toBe(400);
  });

  it("groups by account, service or contract with subtotals", async () => {
    const { t, owner, fixture } = await setUp();
    const byService = await getJson<Page<CardGroup>>(
      t,
      owner,
      "/api/v1/reconciliation/cards?status=all&groupBy=service",
    );
    expect(byService.items).toHaveLength(1);
    expect(byService.items[0]).toMatchObject({
      groupBy: "service",
      id: fixture.serviceId,
      name: "SpamTitan Email Security",
      count: 8,
      psaQuantity: 40 + 10 + 20 + 5 + 7 + 11 + 8,
      vendorQuantity: 40 + 14 + 15 + 7 + 9 + 11,
      delta: 4 - 5 + 7,
      revenueDelta: 10 - 12.5 + 17.5,
    });
    const byAccount = await getJson<Page<CardGroup>>(
      t,
      owner,
      "/api/v1/reconciliation/cards?status=all&groupBy=account&limit=5",
    );
    expect(byAccount.items).toHaveLength(5);
    expect(byAccount.nextCursor).not.toBeNull();
    const rest = await getJson<Page<CardGroup>>(
      t,
      owner,
      `/api/v1/reconciliation/cards?status=all&groupBy=account&limit=5&cursor=${byAccount.nextCursor}`,
    );
    expect(rest.items).toHaveLength(3);
    expect(rest.nextCursor).toBeNull();
    const byContract = await getJson<Page<CardGroup>>(
      t,
      owner,
      "/api/v1/reconciliation/cards?status=all&groupBy=contract",
    );
    const none = byContract.items.find((group) => group.id === null);
    expect(none?.cards.map((card) => card.kind)).toEqual(["new_revenue"]);
  });

  it("never shows another organization's cards: lists are empty, ids are 404", async () => {
    const { t, fixture } = await setUp();
    const other = await t.createUser("owner", await t.createOrganization("Other"));
    const page = await getJson<Page<ApiCard>>(t, other, "/api/v1/reconciliation/cards?status=all");
    expect(page.items).toEqual([]);
    const details = await t.request(`/api/v1/reconciliation/cards/${fixture.cardId("reconcileUp")}`, {
      headers: other.bearerHeaders,
    });
    expect(details.status).toBe(404);
    const approve = await t.requestJson(
      `/api/v1/reconciliation/cards/${fixture.cardId("reconcileUp")}/approve`,
      "POST",
      other.bearerHeaders,
      {},
    );
    expect(approve.status).toBe(404);
  });
});

describe("GET /api/v1/reconciliation/cards/:id", () => {
  it("explains the card: its line, each vendor account's usage with window, max day, series and portal view", async () => {
    const { t, owner, fixture } = await setUp();
    const details = await getJson<CardDetails>(t, owner, `/api/v1/reconciliation/cards/${fixture.cardId("summed")}`);
    expect(details.card.id).toBe(fixture.cardId("summed"));
    expect(details.lines.map((line) => [line.id, line.quantity])).toEqual([[fixture.lines.summed, 11]]);
    expect(details.usage.map((u) => [u.name, u.quantity, u.portalQuantity])).toEqual([
      ["plus-a", 6, 5],
      ["plus-b", 5, 4],
    ]);
    const first = details.usage[0];
    expect(first?.window).toEqual({ start: "2026-11-03", end: "2026-12-03" });
    expect(first?.maxDay).toBe("2026-11-07");
    expect(first?.days).toHaveLength(31);
    expect(first?.domains).toHaveLength(1);
    expect(first?.explanation).toContain("Billed 6");
    expect(first?.syncedAt).toBe(t.now().toISOString());
    expect(details.decisions).toEqual([]);
    expect(details.history).toEqual([]);
  });

  it("shows both lines of a review card and 404s an unknown or malformed id", async () => {
    const { t, owner, fixture } = await setUp();
    const details = await getJson<CardDetails>(t, owner, `/api/v1/reconciliation/cards/${fixture.cardId("review")}`);
    expect(details.lines.map((line) => line.quantity).sort()).toEqual([3, 4]);
    // The web encodes the id's colons; both spellings name the card.
    const encoded = await t.request(`/api/v1/reconciliation/cards/${encodeURIComponent(fixture.cardId("review"))}`, {
      headers: owner.bearerHeaders,
    });
    expect(((await encoded.json()) as CardDetails).card.id).toBe(fixture.cardId("review"));
    for (const id of ["nope", "spamtitan:2026-12:acc_x:svc_y", "a:b:c:d:e"]) {
      const response = await t.request(`/api/v1/reconciliation/cards/${encodeURIComponent(id)}`, {
        headers: owner.bearerHeaders,
      });
      expect(response.status, id).toBe(404);
    }
  });
});

describe("GET /api/v1/reconciliation/summary", () => {
  it("counts cards and sums revenue deltas by kind and vendor", async () => {
    const { t, owner } = await setUp();
    const summary = await getJson<{
      period: string;
      total: { count: number; open: number; revenueDelta: number };
      byKind: Record<string, { count: number; revenueDelta: number }>;
      byVendor: Record<string, { count: number }>;
    }>(t, owner, "/api/v1/reconciliation/summary");
    expect(summary.period).toBe("2026-12");
    expect(summary.total).toMatchObject({ count: 8, open: 8, revenueDelta: 15 });
    expect(summary.byKind.reconcile).toMatchObject({ count: 2, revenueDelta: -2.5 });
    expect(summary.byKind.new_revenue).toMatchObject({ count: 1, revenueDelta: 17.5 });
    expect(summary.byKind.missing_usage).toMatchObject({ count: 2, revenueDelta: 0 });
    expect(summary.byKind.no_change?.count).toBe(2);
    expect(summary.byKind.review?.count).toBe(1);
    expect(summary.byVendor.spamtitan?.count).toBe(8);
  });
});
