import { afterEach, describe, expect, it } from "vitest";
import {
  connectSimulator,
  createAccountsLikeGroups,
  createSpamTitanTestbed,
  type SpamTitanTestbed,
} from "./spamtitan-fixtures.ts";

let bed: SpamTitanTestbed | undefined;
afterEach(async () => {
  await bed?.close();
  bed = undefined;
});

type VendorAccountPage = {
  items: {
    id: string;
    name: string;
    status: string;
    accountId: string | null;
    suggestions?: { accountId: string; reason: string }[];
  }[];
  nextCursor: string | null;
};

describe("GET /integrations/:id/vendor-accounts", () => {
  it("pages with a cursor, filters by status and text, and suggests accounts for unmapped groups only", async () => {
    bed = await createSpamTitanTestbed({ groups: 9 });
    const { t, sim, owner } = bed;
    const groups = sim.data.groups();
    const target = groups[5];
    if (!target) throw new Error("expected groups");
    await createAccountsLikeGroups(bed, 0, [`${target.name} Holdings`]);
    const { id } = await connectSimulator(bed);
    const h = owner.bearerHeaders;
    const get = async (query: string) =>
      (await (
        await t.request(`/api/v1/integrations/${id}/vendor-accounts${query}`, { headers: h })
      ).json()) as VendorAccountPage;

    const first = await get("?limit=4");
    expect(first.items).toHaveLength(4);
    if (!first.nextCursor) throw new Error("expected a next page");
    const rest = await get(`?limit=10&cursor=${first.nextCursor}`);
    expect([...first.items, ...rest.items].map((va) => va.name)).toEqual(groups.map((g) => g.name));
    expect(rest.nextCursor).toBeNull();

    const found = await get(`?q=${encodeURIComponent(target.name.slice(0, 6).toLowerCase())}`);
    expect(found.items.map((va) => va.name)).toContain(target.name);
    const candidate = found.items.find((va) => va.name === target.name);
    expect(candidate?.suggestions?.[0]).toMatchObject({ reason: "token_overlap" });

    const vaId = candidate?.id ?? "";
    const accountId = candidate?.suggestions?.[0]?.accountId ?? "";
    await t.requestJson(`/api/v1/integrations/${id}/vendor-accounts/${vaId}/mapping`, "PUT", h, { accountId });
    const mapped = await get("?status=mapped");
    expect(mapped.items).toEqual([expect.objectContaining({ id: vaId, accountId, status: "mapped" })]);
    expect(mapped.items[0]?.suggestions).toBeUndefined();
    expect((await get("?status=unmapped")).items).toHaveLength(groups.length - 1);
    expect((await get("?status=excluded")).items).toEqual([]);

    // Deleting the account drops its mapping: the group is unmapped again, nothing breaks.
    const deleted = await t.requestJson(`/api/v1/accounts/${accountId}`, "DELETE", h);
    expect(deleted.status).toBe(204);
    expect((await get("?status=mapped")).items).toEqual([]);
  });

  it("auto-map never overwrites a manual mapping or an exclusion", async () => {
    bed = await createSpamTitanTestbed({ groups: 6 });
    const { t, sim, owner } = bed;
    const h = owner.bearerHeaders;
    const { id } = await connectSimulator(bed);
    const list = (await (
      await t.request(`/api/v1/integrations/${id}/vendor-accounts`, { headers: h })
    ).json()) as VendorAccountPage;
    const [a, b] = list.items;
    if (!a || !b) throw new Error("expected groups");
    const elsewhere = (await (await t.requestJson("/api/v1/accounts", "POST", h, { name: "Elsewhere" })).json()) as {
      id: string;
    };
    await t.requestJson(`/api/v1/integrations/${id}/vendor-accounts/${a.id}/mapping`, "PUT", h, {
      accountId: elsewhere.id,
    });
    await t.requestJson(`/api/v1/integrations/${id}/vendor-accounts/${b.id}/exclusion`, "PUT", h);
    // Accounts named exactly like both groups appear afterwards.
    await createAccountsLikeGroups(
      bed,
      0,
      [a.name, b.name].filter((n) => sim.data.groups().filter((g) => g.name === n).length === 1),
    );
    const result = (await (await t.requestJson(`/api/v1/integrations/${id}/auto-map`, "POST", h)).json()) as {
      matched: number;
    };
    expect(result.matched).toBe(0);
    const after = (await (
      await t.request(`/api/v1/integrations/${id}/vendor-accounts`, { headers: h })
    ).json()) as VendorAccountPage;
    expect(after.items.find((va) => va.id === a.id)).toMatchObject({ status: "mapped", accountId: elsewhere.id });
    expect(after.items.find((va) => va.id === b.id)).toMatchObject({ status: "excluded" });
  });
});
