import { describe, expect, it } from "vitest";
import { hashToken } from "../auth/hash-token.ts";
import { createTestApp } from "../testing/create-test-app.ts";

describe("POST /api/v1/tokens", () => {
  it("returns the token once and stores only its sha256", async () => {
    const t = await createTestApp();
    const owner = await t.createUser("owner");
    const response = await t.requestJson("/api/v1/tokens", "POST", owner.cookieHeaders, { name: "CI" });
    expect(response.status).toBe(201);
    const created = (await response.json()) as { id: string; token: string; hint: string };
    expect(created.token).toMatch(/^tly_/);
    expect(created.hint).toBe(created.token.slice(-4));
    const row = await t.db.selectFrom("api_tokens").selectAll().where("id", "=", created.id).executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(hashToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);
    const list = await t.request("/api/v1/tokens", { headers: owner.cookieHeaders });
    expect(JSON.stringify(await list.json())).not.toContain(created.token);
  });

  it("rejects an empty name with 422", async () => {
    const t = await createTestApp();
    const owner = await t.createUser("owner");
    const response = await t.requestJson("/api/v1/tokens", "POST", owner.cookieHeaders, { name: "  " });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ code: "validation_failed", errors: [{ path: "name" }] });
  });
});

describe("GET /api/v1/tokens", () => {
  it("lists only the caller's tokens, with last use", async () => {
    const t = await createTestApp();
    const owner = await t.createUser("owner");
    const other = await t.createUser("admin");
    await t.request("/api/v1/auth/me", { headers: owner.bearerHeaders });
    const response = await t.request("/api/v1/tokens", { headers: owner.cookieHeaders });
    const page = (await response.json()) as { items: { name: string; lastUsedAt: string | null }[]; nextCursor: null };
    expect(page.items).toEqual([expect.objectContaining({ name: "test", lastUsedAt: t.now().toISOString() })]);
    expect(page.nextCursor).toBeNull();
    const otherPage = (await (await t.request("/api/v1/tokens", { headers: other.cookieHeaders })).json()) as {
      items: unknown[];
    };
    expect(otherPage.items).toHaveLength(1);
  });
});

describe("DELETE /api/v1/tokens/:id", () => {
  it("revokes the token so it no longer authenticates, and audits both creation and revocation", async () => {
    const t = await createTestApp();
    const owner = await t.createUser("owner");
    const [row] = await t.db.selectFrom("api_tokens").select("id").where("user_id", "=", owner.id).execute();
    const id = row?.id ?? "";
    expect((await t.request(`/api/v1/tokens/${id}`, { method: "DELETE", headers: owner.cookieHeaders })).status).toBe(
      204,
    );
    expect((await t.request("/api/v1/auth/me", { headers: owner.bearerHeaders })).status).toBe(401);
    expect((await t.request(`/api/v1/tokens/${id}`, { method: "DELETE", headers: owner.cookieHeaders })).status).toBe(
      404,
    );
    const types = (await t.db.selectFrom("audit_events").select("type").where("subject_id", "=", id).execute()).map(
      (e) => e.type,
    );
    expect(types.sort()).toEqual(["token.created", "token.revoked"]);
  });

  it("answers 404 for another user's token, even in the same organization", async () => {
    const t = await createTestApp();
    const owner = await t.createUser("owner");
    const viewer = await t.createUser("viewer");
    const [row] = await t.db.selectFrom("api_tokens").select("id").where("user_id", "=", owner.id).execute();
    const response = await t.request(`/api/v1/tokens/${row?.id}`, { method: "DELETE", headers: viewer.bearerHeaders });
    expect(response.status).toBe(404);
    expect((await t.request("/api/v1/auth/me", { headers: owner.bearerHeaders })).status).toBe(200);
  });
});
