import { describe, expect, it } from "vitest";
import { createTestApp } from "../testing/create-test-app.ts";
import { createDirectory } from "../testing/directory-fixtures.ts";

type Page = { items: { id: string; name: string }[]; nextCursor: string | null };

describe("/api/v1/accounts", () => {
  it("creates, reads, updates and deletes an account, auditing each change", async () => {
    const t = await createTestApp();
    const user = await t.createUser("reconciler");
    const created = await t.requestJson("/api/v1/accounts", "POST", user.bearerHeaders, {
      name: " Acme Ltd ",
      domain: "ACME.example",
    });
    expect(created.status).toBe(201);
    const account = (await created.json()) as { id: string };
    expect(account).toMatchObject({ name: "Acme Ltd", domain: "acme.example", externalId: null, active: true });
    const read = await t.request(`/api/v1/accounts/${account.id}`, { headers: user.bearerHeaders });
    expect(await read.json()).toEqual(account);
    const patched = await t.requestJson(`/api/v1/accounts/${account.id}`, "PATCH", user.bearerHeaders, {
      active: false,
      externalId: "PSA-9",
    });
    expect(await patched.json()).toMatchObject({ active: false, externalId: "PSA-9", name: "Acme Ltd" });
    expect(
      (await t.request(`/api/v1/accounts/${account.id}`, { method: "DELETE", headers: user.bearerHeaders })).status,
    ).toBe(204);
    expect((await t.request(`/api/v1/accounts/${account.id}`, { headers: user.bearerHeaders })).status).toBe(404);
    const types = (
      await t.db.selectFrom("audit_events").select("type").where("subject_id", "=", account.id).orderBy("id").execute()
    ).map((e) => e.type);
    expect(types).toEqual(["account.created", "account.updated", "account.deleted"]);
  });

  it("refuses a duplicate external id in the same organization with 409 conflict, but allows it in another", async () => {
    const t = await createTestApp();
    const user = await t.createUser("reconciler");
    await t.requestJson("/api/v1/accounts", "POST", user.bearerHeaders, { name: "A", externalId: "PSA-1" });
    const dup = await t.requestJson("/api/v1/accounts", "POST", user.bearerHeaders, { name: "B", externalId: "PSA-1" });
    expect(dup.status).toBe(409);
    expect(await dup.json()).toMatchObject({ code: "conflict", detail: expect.stringContaining("PSA-1") });
    const other = await t.createUser("owner", await t.createOrganization("Other"));
    expect(
      (await t.requestJson("/api/v1/accounts", "POST", other.bearerHeaders, { name: "B", externalId: "PSA-1" })).status,
    ).toBe(201);
    expect(await t.db.selectFrom("accounts").select("name").execute()).toHaveLength(2);
  });

  it("refuses to delete an account with contracts (409) and keeps it", async () => {
    const t = await createTestApp();
    const user = await t.createUser("reconciler");
    const { accountId } = await createDirectory(t, user);
    const response = await t.request(`/api/v1/accounts/${accountId}`, {
      method: "DELETE",
      headers: user.bearerHeaders,
    });
    expect(response.status).toBe(409);
    expect(await t.db.selectFrom("accounts").select("id").where("id", "=", accountId).execute()).toHaveLength(1);
  });

  it("rejects invalid input per field with 422, never 500", async () => {
    const t = await createTestApp();
    const user = await t.createUser("reconciler");
    const bodies: unknown[] = [
      {},
      { name: "" },
      { name: 5 },
      { name: "x", domain: "not a domain" },
      { name: "x", active: "yes" },
      [],
      "text",
      null,
    ];
    for (const body of bodies) {
      const response = await t.requestJson("/api/v1/accounts", "POST", user.bearerHeaders, body);
      expect(response.status, JSON.stringify(body)).toBe(422);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
    const domain = await t.requestJson("/api/v1/accounts", "POST", user.bearerHeaders, { name: "x", domain: "nope" });
    expect(await domain.json()).toMatchObject({ code: "validation_failed", errors: [{ path: "domain" }] });
    expect(await t.db.selectFrom("accounts").select("id").execute()).toEqual([]);
  });

  it("searches name, external id and domain case-insensitively, treating % and _ literally", async () => {
    const t = await createTestApp();
    const user = await t.createUser("viewer");
    const writer = await t.createUser("reconciler");
    for (const body of [
      { name: "Acme Ltd" },
      { name: "Globex", externalId: "ACME-7" },
      { name: "Initech", domain: "initech.example" },
      { name: "100% Pure" },
    ]) {
      await t.requestJson("/api/v1/accounts", "POST", writer.bearerHeaders, body);
    }
    const search = async (q: string) =>
      (
        (await (
          await t.request(`/api/v1/accounts?q=${encodeURIComponent(q)}`, { headers: user.bearerHeaders })
        ).json()) as Page
      ).items.map((a) => a.name);
    expect(await search("acme")).toEqual(["Acme Ltd", "Globex"]);
    expect(await search("INITECH.EX")).toEqual(["Initech"]);
    expect(await search("%")).toEqual(["100% Pure"]);
    expect(await search("_")).toEqual([]);
  });

  it("pages through 7 accounts 3 at a time in creation order", async () => {
    const t = await createTestApp();
    const user = await t.createUser("reconciler");
    for (let i = 0; i < 7; i++) await t.requestJson("/api/v1/accounts", "POST", user.bearerHeaders, { name: `A${i}` });
    const names: string[] = [];
    let url = "/api/v1/accounts?limit=3";
    for (;;) {
      const page = (await (await t.request(url, { headers: user.bearerHeaders })).json()) as Page;
      names.push(...page.items.map((a) => a.name));
      if (page.nextCursor === null) break;
      url = `/api/v1/accounts?limit=3&cursor=${page.nextCursor}`;
    }
    expect(names).toEqual(["A0", "A1", "A2", "A3", "A4", "A5", "A6"]);
    const all = (await (await t.request("/api/v1/accounts", { headers: user.bearerHeaders })).json()) as Page;
    expect(all.items).toHaveLength(7);
    expect(all.nextCursor).toBeNull();
  });

  it("replays the first response for a repeated Idempotency-Key and creates one account", async () => {
    const t = await createTestApp();
    const user = await t.createUser("reconciler");
    const headers = { ...user.bearerHeaders, "idempotency-key": "abc-123" };
    const first = await t.requestJson("/api/v1/accounts", "POST", headers, { name: "Once" });
    const second = await t.requestJson("/api/v1/accounts", "POST", headers, { name: "Once" });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(await second.json()).toEqual(await first.json());
    expect(await t.db.selectFrom("accounts").select("id").execute()).toHaveLength(1);
    const reused = await t.requestJson("/api/v1/accounts", "POST", headers, { name: "Different" });
    expect(reused.status).toBe(422);
    expect(await reused.json()).toMatchObject({ code: "idempotency_key_reused" });
    const other = await t.createUser("owner", await t.createOrganization("Other"));
    const otherOrg = await t.requestJson(
      "/api/v1/accounts",
      "POST",
      { ...other.bearerHeaders, "idempotency-key": "abc-123" },
      { name: "Once" },
    );
    expect(otherOrg.headers.get("idempotent-replayed")).toBeNull();
    expect(await t.db.selectFrom("accounts").select("id").execute()).toHaveLength(2);
  });
});
