import { describe, expect, it } from "vitest";
import { parseCsv } from "../csv/parse-csv.ts";
import { createTestApp, type TestApp } from "../testing/create-test-app.ts";
import type { BulkResult } from "./bulk-decide.service.ts";
import type { ApiCard } from "./card.ts";
import { cardsCsvHeader, changesCsvHeader } from "./reconciliation-export.ts";
import { createReconciliationFixture, fixtureNames } from "./reconciliation-fixtures.ts";

type Page<T> = { items: T[]; nextCursor: string | null };

async function setUp() {
  const t = await createTestApp();
  const owner = await t.createUser("owner");
  const fixture = await createReconciliationFixture(t, owner);
  return { t, owner, fixture };
}

/** Every row that a decision could touch, to compare before and after. */
async function snapshot(t: TestApp) {
  return {
    lines: await t.db.selectFrom("contract_lines").selectAll().orderBy("id").execute(),
    decisions: await t.db.selectFrom("card_decisions").selectAll().orderBy("id").execute(),
    audit: await t.db.selectFrom("audit_events").selectAll().orderBy("id").execute(),
  };
}

describe("POST /api/v1/reconciliation/bulk", () => {
  it("reports per card what an approve would do in a dry run and changes no row", async () => {
    const { t, owner, fixture } = await setUp();
    const cardIds = [
      fixture.cardId("reconcileUp"),
      fixture.cardId("reconcileDown"),
      fixture.cardId("noChange"),
      fixture.cardId("review"),
      "spamtitan:2026-12:acc_missing:svc_missing",
    ];
    const before = await snapshot(t);
    const response = await t.requestJson("/api/v1/reconciliation/bulk?dryRun=true", "POST", owner.bearerHeaders, {
      action: "approve",
      cardIds,
      effectiveDate: "2027-01-01",
    });
    expect(response.status).toBe(200);
    const dry = (await response.json()) as BulkResult;
    expect(dry).toMatchObject({ dryRun: true, changed: 3, unchanged: 0, rejected: 2 });
    expect(dry.items.map((i) => [i.outcome, i.before, i.after, i.code])).toEqual([
      ["changed", 10, 14, null],
      ["changed", 20, 15, null],
      ["changed", 40, 40, null],
      ["rejected", null, null, "wrong_kind"],
      ["rejected", null, null, "not_found"],
    ]);
    expect(await snapshot(t)).toEqual(before);

    const applied = (await (
      await t.requestJson("/api/v1/reconciliation/bulk", "POST", owner.bearerHeaders, {
        action: "approve",
        cardIds,
        effectiveDate: "2027-01-01",
      })
    ).json()) as BulkResult;
    const strip = (result: BulkResult) => result.items.map(({ auditEventId: _, ...item }) => item);
    expect(strip(applied)).toEqual(strip(dry));
    expect(applied.items.filter((i) => i.outcome === "changed").every((i) => i.auditEventId !== null)).toBe(true);
    const after = await snapshot(t);
    const quantity = (id: string | undefined) => after.lines.find((l) => l.id === id)?.quantity;
    expect([
      quantity(fixture.lines.reconcileUp),
      quantity(fixture.lines.reconcileDown),
      quantity(fixture.lines.noChange),
    ]).toEqual([14, 15, 40]);
    expect(after.decisions.map((d) => [d.card_key, d.effective_date])).toEqual(
      cardIds.slice(0, 3).map((id) => [id, "2027-01-01"]),
    );
    // The same bulk again: every decided card is unchanged, nothing more is written.
    const again = (await (
      await t.requestJson("/api/v1/reconciliation/bulk", "POST", owner.bearerHeaders, {
        action: "approve",
        cardIds,
        effectiveDate: "2027-01-01",
      })
    ).json()) as BulkResult;
    expect(again).toMatchObject({ changed: 0, unchanged: 3, rejected: 2 });
    expect((await snapshot(t)).decisions).toHaveLength(3);
  });

  it("dismisses many cards of any kind and they leave the open list", async () => {
    const { t, owner, fixture } = await setUp();
    const cardIds = [fixture.cardId("review"), fixture.cardId("newRevenue"), fixture.cardId("missingUsage")];
    const result = (await (
      await t.requestJson("/api/v1/reconciliation/bulk", "POST", owner.bearerHeaders, { action: "dismiss", cardIds })
    ).json()) as BulkResult;
    expect(result).toMatchObject({ dryRun: false, changed: 3, rejected: 0 });
    const open = (await (
      await t.request("/api/v1/reconciliation/cards", { headers: owner.bearerHeaders })
    ).json()) as Page<ApiCard>;
    expect(open.items.map((c) => c.id).filter((id) => cardIds.includes(id))).toEqual([]);
  });

  it("replays a repeated Idempotency-Key and refuses the key with another body", async () => {
    const { t, owner, fixture } = await setUp();
    const headers = { ...owner.bearerHeaders, "idempotency-key": "bulk-1" };
    const body = { action: "approve", cardIds: [fixture.cardId("reconcileUp")] };
    const first = await t.requestJson("/api/v1/reconciliation/bulk", "POST", headers, body);
    const second = await t.requestJson("/api/v1/reconciliation/bulk", "POST", headers, body);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(await second.json()).toEqual(await first.json());
    const other = await t.requestJson("/api/v1/reconciliation/bulk", "POST", headers, { ...body, action: "dismiss" });
    expect(other.status).toBe(422);
    expect((await snapshot(t)).decisions).toHaveLength(1);
  });

  it("validates the body and needs the reconciler role", async () => {
    const { t, owner, fixture } = await setUp();
    const viewer = await t.createUser("viewer", owner.organizationId);
    const forbidden = await t.requestJson("/api/v1/reconciliation/bulk", "POST", viewer.bearerHeaders, {
      action: "approve",
      cardIds: [fixture.cardId("reconcileUp")],
    });
    expect(forbidden.status).toBe(403);
    for (const body of [
      { action: "adjust", cardIds: ["x"] },
      { action: "approve", cardIds: [] },
      { action: "approve" },
    ]) {
      const response = await t.requestJson("/api/v1/reconciliation/bulk", "POST", owner.bearerHeaders, body);
      expect(response.status, JSON.stringify(body)).toBe(422);
    }
  });
});

describe("GET /api/v1/reconciliation/export.csv and changes.csv", () => {
  it("exports the period's cards with decisions and notes, parsing back to the same figures and names", async () => {
    const { t, owner, fixture } = await setUp();
    await t.requestJson(
      `/api/v1/reconciliation/cards/${fixture.cardId("reconcileDown")}/dismiss`,
      "POST",
      owner.bearerHeaders,
      {
        note: '=HYPERLINK("x"), a "quoted" note\non two lines',
      },
    );
    const response = await t.request("/api/v1/reconciliation/export.csv", { headers: owner.bearerHeaders });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toContain("reconciliation-2026-12.csv");
    const parsed = parseCsv(await response.text());
    if (!parsed.ok) throw new Error(parsed.message);
    const [header, ...rows] = parsed.rows;
    expect(header).toEqual([...cardsCsvHeader]);
    const cards = (await (
      await t.request("/api/v1/reconciliation/cards?status=all", { headers: owner.bearerHeaders })
    ).json()) as Page<ApiCard>;
    expect(rows).toHaveLength(cards.items.length);
    const column = (name: (typeof cardsCsvHeader)[number]) => cardsCsvHeader.indexOf(name);
    for (const card of cards.items) {
      const row = rows.find((r) => r[column("card_id")] === card.id);
      expect(row, card.id).toBeDefined();
      const accountCell = row?.[column("account")] ?? "";
      // Names starting with = + - @ are neutralised with a leading apostrophe; all else is verbatim.
      expect(accountCell).toBe(/^[=+\-@]/.test(card.accountName) ? `'${card.accountName}` : card.accountName);
      expect(row?.[column("psa_quantity")]).toBe(card.psaQuantity === null ? "" : String(card.psaQuantity));
      expect(row?.[column("vendor_quantity")]).toBe(card.vendorQuantity === null ? "" : String(card.vendorQuantity));
      expect(row?.[column("revenue_delta")]).toBe(card.revenueDelta === null ? "" : String(card.revenueDelta));
      expect(row?.[column("kind")]).toBe(card.kind);
    }
    const dismissed = rows.find((r) => r[column("card_id")] === fixture.cardId("reconcileDown"));
    expect(dismissed?.[column("account")]).toBe(`'${fixtureNames.reconcileDown}`);
    expect(dismissed?.[column("note")]).toBe(`'=HYPERLINK("x"), a "quoted" note\non two lines`);
    expect(dismissed?.[column("decision")]).toBe("dismiss");
    expect(dismissed?.[column("status")]).toBe("decided");
    expect(rows.find((r) => r[column("account")] === fixtureNames.reconcileUp)?.[column("delta")]).toBe("4");
    expect(rows.find((r) => r[column("account")] === `'${fixtureNames.summed}`)).toBeDefined();
    expect(rows.find((r) => r[column("account")] === `'${fixtureNames.unmappedAccount}`)).toBeDefined();
  });

  it("lists approved, adjusted and attached lines with old → new quantity, effective date, who and when", async () => {
    const { t, owner, fixture } = await setUp();
    const post = (id: string, action: string, body: unknown) =>
      t.requestJson(`/api/v1/reconciliation/cards/${id}/${action}`, "POST", owner.bearerHeaders, body);
    await post(fixture.cardId("reconcileUp"), "approve", { note: "ok" });
    t.setNow(new Date("2026-12-03T13:00:00.000Z"));
    await post(fixture.cardId("reconcileDown"), "adjust", { quantity: 18, effectiveDate: "2026-12-15" });
    await post(fixture.cardId("newRevenue"), "attach", { contractId: fixture.contracts.newRevenue });
    await post(fixture.cardId("review"), "dismiss", {});
    const response = await t.request("/api/v1/reconciliation/changes.csv?period=2026-12", {
      headers: owner.bearerHeaders,
    });
    expect(response.headers.get("content-disposition")).toContain("changes-2026-12.csv");
    const parsed = parseCsv(await response.text());
    if (!parsed.ok) throw new Error(parsed.message);
    const [header, ...rows] = parsed.rows;
    expect(header).toEqual([...changesCsvHeader]);
    expect(rows.map((r) => r.slice(0, 10))).toEqual([
      [
        fixtureNames.reconcileUp,
        `${fixtureNames.reconcileUp} contract`,
        "SpamTitan Email Security",
        "10",
        "14",
        "2027-01-01",
        "approve",
        "ok",
        "Test owner",
        "2026-12-03T12:00:00.000Z",
      ],
      [
        `'${fixtureNames.reconcileDown}`,
        `'${fixtureNames.reconcileDown} contract`,
        "SpamTitan Email Security",
        "20",
        "18",
        "2026-12-15",
        "adjust",
        "",
        "Test owner",
        "2026-12-03T13:00:00.000Z",
      ],
      [
        fixtureNames.newRevenue,
        `${fixtureNames.newRevenue} contract`,
        "SpamTitan Email Security",
        "",
        "7",
        "2027-01-01",
        "attach",
        "",
        "Test owner",
        "2026-12-03T13:00:00.000Z",
      ],
    ]);
    const january = await t.request("/api/v1/reconciliation/changes.csv?period=2027-01", {
      headers: owner.bearerHeaders,
    });
    expect(parseCsv(await january.text())).toEqual({ ok: true, rows: [[...changesCsvHeader]] });
  });
});
