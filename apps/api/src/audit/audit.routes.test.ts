import { describe, expect, it } from "vitest";
import { createTestApp } from "../testing/create-test-app.ts";

type Page = { items: { id: string; type: string; actor: { type: string } }[]; nextCursor: string | null };

describe("GET /api/v1/audit-events", () => {
  it("lists the organization's events newest first, filtered by type, subject and since", async () => {
    const t = await createTestApp();
    const owner = await t.createUser("owner");
    const all = (await (await t.request("/api/v1/audit-events", { headers: owner.bearerHeaders })).json()) as Page;
    expect(all.items.map((e) => e.type)).toEqual(["token.created", "auth.login"]);
    const logins = (await (
      await t.request("/api/v1/audit-events?type=auth.login", { headers: owner.bearerHeaders })
    ).json()) as Page;
    expect(logins.items.map((e) => e.type)).toEqual(["auth.login"]);
    const prefixed = (await (
      await t.request("/api/v1/audit-events?type=token.*", { headers: owner.bearerHeaders })
    ).json()) as Page;
    expect(prefixed.items.map((e) => e.type)).toEqual(["token.created"]);
    const bySubject = (await (
      await t.request(`/api/v1/audit-events?subject=${owner.id}`, { headers: owner.bearerHeaders })
    ).json()) as Page;
    expect(bySubject.items.map((e) => e.type)).toEqual(["auth.login"]);
    const future = (await (
      await t.request("/api/v1/audit-events?since=2030-01-01T00:00:00Z", { headers: owner.bearerHeaders })
    ).json()) as Page;
    expect(future.items).toEqual([]);
  });

  it("pages with a cursor until nextCursor is null, without repeats", async () => {
    const t = await createTestApp();
    const owner = await t.createUser("owner");
    for (let i = 0; i < 5; i++) await t.requestJson("/api/v1/tokens", "POST", owner.bearerHeaders, { name: `t${i}` });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor === null ? "" : `&cursor=${cursor}`;
      const page = (await (
        await t.request(`/api/v1/audit-events?limit=3${query}`, { headers: owner.bearerHeaders })
      ).json()) as Page;
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect([...seen].sort().reverse()).toEqual(seen);
  });

  it("rejects a bad limit, since or cursor with 400 validation_failed", async () => {
    const t = await createTestApp();
    const owner = await t.createUser("owner");
    for (const query of ["limit=0", "limit=501", "limit=ten", "since=yesterday", "cursor=garbage"]) {
      const response = await t.request(`/api/v1/audit-events?${query}`, { headers: owner.bearerHeaders });
      expect(response.status, query).toBe(400);
      expect(await response.json()).toMatchObject({ code: "validation_failed" });
    }
  });

  it("never shows another organization's events", async () => {
    const t = await createTestApp();
    await t.createUser("owner");
    const other = await t.createUser("owner", await t.createOrganization("Other"));
    const page = (await (await t.request("/api/v1/audit-events", { headers: other.bearerHeaders })).json()) as Page;
    expect(page.items).toHaveLength(2);
  });
});
