import { afterEach, describe, expect, it } from "vitest";
import {
  connectSimulator,
  createAccountsLikeGroups,
  createSpamTitanTestbed,
  type SpamTitanTestbed,
} from "../integrations/spamtitan-fixtures.ts";
import type { ApiCard } from "./card.ts";

let bed: SpamTitanTestbed | undefined;
afterEach(async () => {
  await bed?.close();
  bed = undefined;
});

type Page<T> = { items: T[]; nextCursor: string | null };

async function json<T>(response: Response | Promise<Response>): Promise<T> {
  const answered = await response;
  if (answered.status >= 300) throw new Error(`${answered.status}: ${await answered.text()}`);
  return (await answered.json()) as T;
}

describe("reconciliation after a real connect → map → finish → sync against the simulator", () => {
  it("shows the synced quantities on cards, keeps an approval decided after a re-sync, and reopens it when SpamTitan's count changes", {
    timeout: 30_000,
  }, async () => {
    bed = await createSpamTitanTestbed({ groups: 12 });
    const { t, owner } = bed;
    const h = owner.bearerHeaders;
    const accountIds = await createAccountsLikeGroups(bed, 8, ["Former Customer"]);
    const service = await json<{ id: string }>(
      t.requestJson("/api/v1/services", "POST", h, { name: "Total Licenses", unitPrice: 2.5 }),
    );
    const connected = await connectSimulator(bed);
    const finish = await json<{ syncRunId: string }>(
      t.requestJson(`/api/v1/integrations/${connected.id}/finish`, "POST", h),
    );
    await t.syncRunner.wait(finish.syncRunId);

    const vendorAccounts = await json<
      Page<{ id: string; externalId: string; status: string; accountId: string | null }>
    >(t.request(`/api/v1/integrations/${connected.id}/vendor-accounts?status=mapped&limit=500`, { headers: h }));
    const usage = await json<Page<{ vendorAccountId: string; quantity: number }>>(
      t.request(`/api/v1/integrations/${connected.id}/usage?limit=500`, { headers: h }),
    );
    const quantityOf = new Map(usage.items.map((u) => [u.vendorAccountId, u.quantity]));
    const mapped = vendorAccounts.items
      .filter((va) => va.accountId !== null && (quantityOf.get(va.id) ?? 0) > 2)
      .map((va) => ({
        accountId: va.accountId ?? "",
        externalId: va.externalId,
        quantity: quantityOf.get(va.id) ?? 0,
      }));
    expect(mapped.length).toBeGreaterThanOrEqual(3);
    const [same, under, fresh] = mapped;
    if (!same || !under || !fresh) throw new Error("expected three mapped groups with usage");

    const lineFor = async (accountId: string, quantity: number) => {
      const contract = await json<{ id: string }>(
        t.requestJson("/api/v1/contracts", "POST", h, { accountId, name: "Email", startDate: "2026-01-01" }),
      );
      const line = await json<{ id: string }>(
        t.requestJson(`/api/v1/contracts/${contract.id}/lines`, "POST", h, { serviceId: service.id, quantity }),
      );
      return { contractId: contract.id, lineId: line.id };
    };
    await lineFor(same.accountId, same.quantity);
    const underLine = await lineFor(under.accountId, under.quantity - 2);
    const formerId = accountIds["Former Customer"] ?? "";
    await lineFor(formerId, 5);

    const cards = await json<Page<ApiCard>>(t.request("/api/v1/reconciliation/cards?limit=500", { headers: h }));
    const cardOf = (accountId: string) => cards.items.find((card) => card.accountId === accountId);
    expect(cardOf(same.accountId)).toMatchObject({
      kind: "no_change",
      psaQuantity: same.quantity,
      vendorQuantity: same.quantity,
    });
    expect(cardOf(under.accountId)).toMatchObject({
      kind: "reconcile",
      psaQuantity: under.quantity - 2,
      vendorQuantity: under.quantity,
      delta: 2,
      revenueDelta: 5,
    });
    expect(cardOf(fresh.accountId)).toMatchObject({
      kind: "new_revenue",
      vendorQuantity: fresh.quantity,
      psaQuantity: null,
    });
    expect(cardOf(formerId)).toMatchObject({
      kind: "missing_usage",
      psaQuantity: 5,
      reasonCodes: ["no_vendor_account_mapped"],
    });

    const underCard = cardOf(under.accountId);
    if (!underCard) throw new Error("no reconcile card");
    const approved = await json<{ card: ApiCard; contractLine: { quantity: number } }>(
      t.requestJson(`/api/v1/reconciliation/cards/${underCard.id}/approve`, "POST", {
        ...h,
        "if-match": underCard.version,
      }),
    );
    expect(approved.contractLine.quantity).toBe(under.quantity);

    const again = await json<{ syncRunId: string }>(
      t.requestJson(`/api/v1/integrations/${connected.id}/syncs`, "POST", h),
    );
    await t.syncRunner.wait(again.syncRunId);
    const open = await json<Page<ApiCard>>(t.request("/api/v1/reconciliation/cards?limit=500", { headers: h }));
    expect(open.items.map((card) => card.id)).not.toContain(underCard.id);
    const decided = await json<Page<ApiCard>>(
      t.request("/api/v1/reconciliation/cards?status=decided&limit=500", { headers: h }),
    );
    expect(decided.items.find((card) => card.id === underCard.id)).toMatchObject({
      kind: "no_change",
      psaQuantity: under.quantity,
      vendorQuantity: under.quantity,
      changedSinceDecision: false,
    });
    const line = await t.db
      .selectFrom("contract_lines")
      .select("quantity")
      .where("id", "=", underLine.lineId)
      .executeTakeFirst();
    expect(line?.quantity).toBe(under.quantity);

    // The group's mail flow grows: the next sync's maximum is higher, so the decided card comes back.
    const grown = under.quantity + 40;
    bed.sim.setDailyCount(Number(under.externalId), "2026-11-20", grown);
    const changed = await json<{ syncRunId: string }>(
      t.requestJson(`/api/v1/integrations/${connected.id}/syncs`, "POST", h),
    );
    await t.syncRunner.wait(changed.syncRunId);
    const reopened = await json<Page<ApiCard>>(t.request("/api/v1/reconciliation/cards?limit=500", { headers: h }));
    expect(reopened.items.find((card) => card.id === underCard.id)).toMatchObject({
      kind: "reconcile",
      status: "open",
      psaQuantity: under.quantity,
      vendorQuantity: grown,
      changedSinceDecision: true,
    });
  });
});
