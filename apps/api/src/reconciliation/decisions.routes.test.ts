import { describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestUser } from "../testing/create-test-app.ts";
import type { ApiCard } from "./card.ts";
import type { CardDetails } from "./card-details.ts";
import { createReconciliationFixture } from "./reconciliation-fixtures.ts";

type Page<T> = { items: T[]; nextCursor: string | null };
type DecisionResult = {
  card: ApiCard;
  contractLine: { id: string; contractId: string; serviceId: string; quantity: number; unitPrice: number } | null;
  auditEventId: string;
};

async function setUp() {
  const t = await createTestApp();
  const owner = await t.createUser("owner");
  const reconciler = await t.createUser("reconciler", owner.organizationId);
  const fixture = await createReconciliationFixture(t, owner);
  return { t, owner, reconciler, fixture };
}

function decide(t: TestApp, user: TestUser, cardId: string, action: string, body: unknown, headers = {}) {
  return t.requestJson(
    `/api/v1/reconciliation/cards/${cardId}/${action}`,
    "POST",
    { ...user.bearerHeaders, ...headers },
    body,
  );
}

async function lineQuantity(t: TestApp, lineId: string | undefined): Promise<number | undefined> {
  const row = await t.db
    .selectFrom("contract_lines")
    .select("quantity")
    .where("id", "=", lineId ?? "")
    .executeTakeFirst();
  return row?.quantity;
}

async function openIds(t: TestApp, user: TestUser): Promise<string[]> {
  const response = await t.request("/api/v1/reconciliation/cards", { headers: user.bearerHeaders });
  return ((await response.json()) as Page<ApiCard>).items.map((card) => card.id);
}

async function auditTypes(t: TestApp): Promise<string[]> {
  const rows = await t.db
    .selectFrom("audit_events")
    .select("type")
    .where("type", "like", "card.%")
    .orderBy("id")
    .execute();
  return rows.map((row) => row.type);
}

describe("POST /api/v1/reconciliation/cards/:id/approve", () => {
  it("sets the line to the vendor quantity, records the decision and audit events, and leaves the open list", async () => {
    const { t, reconciler, fixture } = await setUp();
    const cardId = fixture.cardId("reconcileUp");
    const response = await decide(t, reconciler, cardId, "approve", { note: "confirmed with customer" });
    expect(response.status).toBe(200);
    const result = (await response.json()) as DecisionResult;
    expect(result.contractLine).toMatchObject({ id: fixture.lines.reconcileUp, quantity: 14 });
    expect(result.card).toMatchObject({
      id: cardId,
      status: "decided",
      kind: "no_change",
      psaQuantity: 14,
      vendorQuantity: 14,
      decision: {
        action: "approve",
        quantity: 14,
        effectiveDate: "2027-01-01",
        note: "confirmed with customer",
        by: "Test reconciler",
        psaQuantity: 10,
        vendorQuantity: 14,
      },
    });
    expect(await lineQuantity(t, fixture.lines.reconcileUp)).toBe(14);
    const audit = await t.db
      .selectFrom("audit_events")
      .selectAll()
      .where("id", "=", result.auditEventId)
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      type: "card.approve",
      subject_type: "card",
      subject_id: cardId,
      actor_name: "Test reconciler",
    });
    expect(JSON.parse(audit.before ?? "null")).toMatchObject({
      kind: "reconcile",
      psaQuantity: 10,
      vendorQuantity: 14,
    });
    expect(JSON.parse(audit.after ?? "null")).toMatchObject({ action: "approve", quantity: 14, previousQuantity: 10 });
    const lineAudit = await t.db
      .selectFrom("audit_events")
      .selectAll()
      .where("subject_id", "=", fixture.lines.reconcileUp ?? "")
      .where("type", "=", "contract_line.updated")
      .execute();
    expect(lineAudit).toHaveLength(1);
    const decisions = await t.db.selectFrom("card_decisions").selectAll().execute();
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({
      card_key: cardId,
      action: "approve",
      quantity: 14,
      previous_quantity: 10,
      psa_quantity: 10,
      vendor_quantity: 14,
      audit_event_id: result.auditEventId,
    });
    expect(await openIds(t, reconciler)).not.toContain(cardId);
    const details = (await (
      await t.request(`/api/v1/reconciliation/cards/${cardId}`, { headers: reconciler.bearerHeaders })
    ).json()) as CardDetails;
    expect(details.decisions.map((d) => d.action)).toEqual(["approve"]);
    expect(details.history.map((e) => e.id)).toEqual([result.auditEventId]);
  });

  it("takes a chosen effective date and rejects an invalid one", async () => {
    const { t, reconciler, fixture } = await setUp();
    const bad = await decide(t, reconciler, fixture.cardId("reconcileDown"), "approve", {
      effectiveDate: "2027-02-30",
    });
    expect(bad.status).toBe(422);
    const ok = await decide(t, reconciler, fixture.cardId("reconcileDown"), "approve", { effectiveDate: "2026-12-15" });
    expect(((await ok.json()) as DecisionResult).card.decision?.effectiveDate).toBe("2026-12-15");
    expect(await lineQuantity(t, fixture.lines.reconcileDown)).toBe(15);
  });

  it("refuses kinds it does not apply to with 409 wrong_kind and the card", async () => {
    const { t, reconciler, fixture } = await setUp();
    for (const key of ["review", "newRevenue", "missingUsage"] as const) {
      const response = await decide(t, reconciler, fixture.cardId(key), "approve", {});
      expect(response.status, key).toBe(409);
      const body = (await response.json()) as { code: string; card: ApiCard };
      expect(body.code).toBe("wrong_kind");
      expect(body.card.id).toBe(fixture.cardId(key));
    }
    expect(await auditTypes(t)).toEqual([]);
  });

  it("needs the reconciler role: a viewer reads but gets 403 on a decision", async () => {
    const { t, owner, fixture } = await setUp();
    const viewer = await t.createUser("viewer", owner.organizationId);
    expect((await t.request("/api/v1/reconciliation/cards", { headers: viewer.bearerHeaders })).status).toBe(200);
    expect((await decide(t, viewer, fixture.cardId("reconcileUp"), "approve", {})).status).toBe(403);
    expect(await lineQuantity(t, fixture.lines.reconcileUp)).toBe(10);
  });
});

describe("POST /api/v1/reconciliation/cards/:id/adjust", () => {
  it("sets a chosen quantity on the line, also for a missing_usage card", async () => {
    const { t, reconciler, fixture } = await setUp();
    const response = await decide(t, reconciler, fixture.cardId("missingUsage"), "adjust", {
      quantity: 0,
      note: "cancelled",
    });
    expect(response.status).toBe(200);
    const result = (await response.json()) as DecisionResult;
    expect(result.contractLine?.quantity).toBe(0);
    expect(result.card.decision).toMatchObject({ action: "adjust", quantity: 0, note: "cancelled" });
    expect(await lineQuantity(t, fixture.lines.missingUsage)).toBe(0);
    expect(await auditTypes(t)).toEqual(["card.adjust"]);
  });

  it("rejects a negative or fractional quantity with 422 and changes nothing", async () => {
    const { t, reconciler, fixture } = await setUp();
    for (const quantity of [-1, 2.5, "3"]) {
      const response = await decide(t, reconciler, fixture.cardId("reconcileUp"), "adjust", { quantity });
      expect(response.status, String(quantity)).toBe(422);
      expect(await response.json()).toMatchObject({ code: "validation_failed" });
    }
    expect(await lineQuantity(t, fixture.lines.reconcileUp)).toBe(10);
  });
});

describe("POST /api/v1/reconciliation/cards/:id/dismiss", () => {
  it("hides the card for the period without touching the line", async () => {
    const { t, reconciler, fixture } = await setUp();
    const cardId = fixture.cardId("review");
    const response = await decide(t, reconciler, cardId, "dismiss", { note: "split handled by hand" });
    expect(response.status).toBe(200);
    const result = (await response.json()) as DecisionResult;
    expect(result.contractLine).toBeNull();
    expect(result.card).toMatchObject({ status: "decided", decision: { action: "dismiss", effectiveDate: null } });
    expect((await Promise.all(fixture.reviewLines.map((id) => lineQuantity(t, id)))).sort()).toEqual([3, 4]);
    expect(await openIds(t, reconciler)).not.toContain(cardId);
    // The next period has its own card, still open.
    const january = await t.request("/api/v1/reconciliation/cards?period=2027-01", {
      headers: reconciler.bearerHeaders,
    });
    expect(((await january.json()) as Page<ApiCard>).items.map((c) => c.id)).toContain(
      fixture.cardId("review", "2027-01"),
    );
  });
});

describe("POST /api/v1/reconciliation/cards/:id/attach", () => {
  it("turns new revenue into a contract line at the service's unit price", async () => {
    const { t, reconciler, fixture } = await setUp();
    const cardId = fixture.cardId("newRevenue");
    const response = await decide(t, reconciler, cardId, "attach", { contractId: fixture.contracts.newRevenue });
    expect(response.status).toBe(200);
    const result = (await response.json()) as DecisionResult;
    expect(result.contractLine).toMatchObject({
      contractId: fixture.contracts.newRevenue,
      serviceId: fixture.serviceId,
      quantity: 7,
      unitPrice: 2.5,
    });
    expect(result.card).toMatchObject({
      kind: "no_change",
      status: "decided",
      psaQuantity: 7,
      contractLineId: result.contractLine?.id,
    });
    expect(await auditTypes(t)).toEqual(["card.attach"]);
    const created = await t.db
      .selectFrom("audit_events")
      .select("type")
      .where("subject_id", "=", result.contractLine?.id ?? "")
      .execute();
    expect(created.map((e) => e.type)).toEqual(["contract_line.created"]);
  });

  it("refuses another account's contract, an unknown contract and a card that is not new revenue", async () => {
    const { t, reconciler, fixture } = await setUp();
    const cardId = fixture.cardId("newRevenue");
    const foreign = await decide(t, reconciler, cardId, "attach", { contractId: fixture.contracts.noChange });
    expect(foreign.status).toBe(422);
    const unknown = await decide(t, reconciler, cardId, "attach", { contractId: "ctr_nope" });
    expect(unknown.status).toBe(422);
    const wrong = await decide(t, reconciler, fixture.cardId("reconcileUp"), "attach", {
      contractId: fixture.contracts.reconcileUp,
    });
    expect(wrong.status).toBe(409);
    expect(await t.db.selectFrom("card_decisions").selectAll().execute()).toEqual([]);
  });
});

describe("decision safety", () => {
  it("replays the first result for a repeated Idempotency-Key and changes nothing the second time", async () => {
    const { t, reconciler, fixture } = await setUp();
    const cardId = fixture.cardId("reconcileUp");
    const headers = { "idempotency-key": "approve-1" };
    const first = await decide(t, reconciler, cardId, "approve", {}, headers);
    const second = await decide(t, reconciler, cardId, "approve", {}, headers);
    expect(second.status).toBe(200);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(await second.json()).toEqual(await first.json());
    expect(await t.db.selectFrom("card_decisions").selectAll().execute()).toHaveLength(1);
    expect(await auditTypes(t)).toEqual(["card.approve"]);
  });

  it("answers the same decision again without a key as unchanged: 200, same audit event, nothing recorded", async () => {
    const { t, reconciler, fixture } = await setUp();
    const cardId = fixture.cardId("reconcileDown");
    const first = (await (await decide(t, reconciler, cardId, "dismiss", { note: "n" })).json()) as DecisionResult;
    const again = await decide(t, reconciler, cardId, "dismiss", { note: "n" });
    expect(again.status).toBe(200);
    expect(((await again.json()) as DecisionResult).auditEventId).toBe(first.auditEventId);
    expect(await auditTypes(t)).toEqual(["card.dismiss"]);
  });

  it("lets exactly one of two concurrent conflicting decisions win; the other gets 409 with the card", async () => {
    const { t, reconciler, fixture } = await setUp();
    const cardId = fixture.cardId("reconcileUp");
    const responses = await Promise.all([
      decide(t, reconciler, cardId, "approve", {}),
      decide(t, reconciler, cardId, "adjust", { quantity: 12 }),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    const loser = responses.find((r) => r.status === 409);
    expect(await loser?.json()).toMatchObject({ code: "already_decided", card: { id: cardId, status: "decided" } });
    expect(await t.db.selectFrom("card_decisions").selectAll().execute()).toHaveLength(1);
    expect([12, 14]).toContain(await lineQuantity(t, fixture.lines.reconcileUp));
  });

  it("refuses a stale If-Match version with 409 stale_card and the fresh card, and accepts the current one", async () => {
    const { t, reconciler, fixture } = await setUp();
    const cardId = fixture.cardId("reconcileUp");
    const loaded = (await (
      await t.request(`/api/v1/reconciliation/cards/${cardId}`, { headers: reconciler.bearerHeaders })
    ).json()) as CardDetails;
    const vendorAccountId = loaded.card.vendorAccountIds[0] ?? "";
    await fixture.setUsage(vendorAccountId, 16);
    const stale = await decide(t, reconciler, cardId, "approve", {}, { "if-match": loaded.card.version });
    expect(stale.status).toBe(409);
    const body = (await stale.json()) as { code: string; card: ApiCard };
    expect(body.code).toBe("stale_card");
    expect(body.card).toMatchObject({ id: cardId, vendorQuantity: 16 });
    expect(body.card.version).not.toBe(loaded.card.version);
    expect(await lineQuantity(t, fixture.lines.reconcileUp)).toBe(10);
    const fresh = await decide(t, reconciler, cardId, "approve", {}, { "if-match": `"${body.card.version}"` });
    expect(fresh.status).toBe(200);
    expect(await lineQuantity(t, fixture.lines.reconcileUp)).toBe(16);
  });

  it("brings a decided card back, marked changed since decision, only when the vendor quantity changes", async () => {
    const { t, reconciler, fixture } = await setUp();
    const cardId = fixture.cardId("reconcileUp");
    await decide(t, reconciler, cardId, "approve", {});
    expect(await openIds(t, reconciler)).not.toContain(cardId);
    const [vendorAccountId = ""] = (
      (await (
        await t.request(`/api/v1/reconciliation/cards/${cardId}`, { headers: reconciler.bearerHeaders })
      ).json()) as CardDetails
    ).card.vendorAccountIds;
    await fixture.setUsage(vendorAccountId, 14);
    expect(await openIds(t, reconciler)).not.toContain(cardId);
    await fixture.setUsage(vendorAccountId, 17);
    const page = (await (
      await t.request("/api/v1/reconciliation/cards", { headers: reconciler.bearerHeaders })
    ).json()) as Page<ApiCard>;
    const back = page.items.find((card) => card.id === cardId);
    expect(back).toMatchObject({
      status: "open",
      kind: "reconcile",
      psaQuantity: 14,
      vendorQuantity: 17,
      changedSinceDecision: true,
      decision: { action: "approve", vendorQuantity: 14 },
    });
    expect(back?.reasonCodes).toContain("changed_since_decision");
    expect(back?.reasons.at(-1)).toBe("The vendor quantity changed from 14 to 17 since the approve decision.");
    const again = await decide(t, reconciler, cardId, "approve", {});
    expect(again.status).toBe(200);
    expect(await lineQuantity(t, fixture.lines.reconcileUp)).toBe(17);
  });

  it("sees directory changes at once: a line edited through the API changes the card", async () => {
    const { t, owner, fixture } = await setUp();
    const cardId = fixture.cardId("reconcileUp");
    const before = (await (
      await t.request("/api/v1/reconciliation/cards", { headers: owner.bearerHeaders })
    ).json()) as Page<ApiCard>;
    expect(before.items.find((c) => c.id === cardId)?.psaQuantity).toBe(10);
    await t.requestJson(`/api/v1/contract-lines/${fixture.lines.reconcileUp}`, "PATCH", owner.bearerHeaders, {
      quantity: 14,
    });
    const after = (await (
      await t.request("/api/v1/reconciliation/cards", { headers: owner.bearerHeaders })
    ).json()) as Page<ApiCard>;
    expect(after.items.find((c) => c.id === cardId)).toMatchObject({ kind: "no_change", psaQuantity: 14 });
  });
});
