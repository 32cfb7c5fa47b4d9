import { describe, expect, it } from "vitest";
import { createTestApp, testOrigin } from "../testing/create-test-app.ts";

const json = { "content-type": "application/json" };

describe("POST /api/v1/auth/login", () => {
  it("sets an HttpOnly SameSite=Lax session cookie and stores only the session's hash", async () => {
    const t = await createTestApp();
    const owner = await t.createUser("owner");
    const response = await t.requestJson(
      "/api/v1/auth/login",
      "POST",
      {},
      { email: owner.email, password: owner.password },
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ user: { id: owner.id, role: "owner", email: owner.email } });
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^tally_session=ses_[\w-]+;/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const value = cookie.split(";")[0]?.split("=")[1] ?? "";
    const sessions = await t.db.selectFrom("sessions").select("id").execute();
    expect(sessions.map((s) => s.id)).not.toContain(value);
    expect(sessions.every((s) => /^[0-9a-f]{64}$/.test(s.id))).toBe(true);
  });

  it("accepts the email in any case", async () => {
    const t = await createTestApp();
    const owner = await t.createUser("owner");
    const response = await t.requestJson(
      "/api/v1/auth/login",
      "POST",
      {},
      { email: owner.email.toUpperCase(), password: owner.password },
    );
    expect(response.status).toBe(200);
  });

  it("answers a wrong password and an unknown email alike with 401", async () => {
    const t = await createTestApp();
    const owner = await t.createUser("owner");
    const wrong = await t.requestJson("/api/v1/auth/login", "POST", {}, { email: owner.email, password: "nope" });
    const unknown = await t.requestJson(
      "/api/v1/auth/login",
      "POST",
      {},
      { email: "ghost@example.test", password: "nope" },
    );
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
    expect(wrong.headers.get("set-cookie")).toBeNull();
  });

  it("refuses a sixth try within 15 minutes after 5 failures with 429 and Retry-After, even with the right password", async () => {
    const t = await createTestApp();
    const owner = await t.createUser("owner");
    for (let i = 0; i < 5; i++) {
      const r = await t.requestJson("/api/v1/auth/login", "POST", {}, { email: owner.email, password: "wrong" });
      expect(r.status).toBe(401);
    }
    const blocked = await t.requestJson(
      "/api/v1/auth/login",
      "POST",
      {},
      { email: owner.email, password: owner.password },
    );
    expect(blocked.status).toBe(429);
    expect(await blocked.json()).toMatchObject({ code: "too_many_attempts" });
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    t.setNow(new Date(t.now().getTime() + 15 * 60_000 + 1000));
    const later = await t.requestJson(
      "/api/v1/auth/login",
      "POST",
      {},
      { email: owner.email, password: owner.password },
    );
    expect(later.status).toBe(200);
  });

  it("rejects a malformed body with 422 validation_failed per field, and broken JSON with 400", async () => {
    const t = await createTestApp();
    const invalid = await t.requestJson("/api/v1/auth/login", "POST", {}, { email: "not an email" });
    expect(invalid.status).toBe(422);
    expect(invalid.headers.get("content-type")).toBe("application/problem+json");
    const body = (await invalid.json()) as { errors: { path: string }[] };
    expect(body).toMatchObject({ code: "validation_failed", status: 422 });
    expect(body.errors.map((e) => e.path).sort()).toEqual(["email", "password"]);
    const broken = await t.request("/api/v1/auth/login", { method: "POST", headers: json, body: "{nope" });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ code: "malformed_request" });
  });

  it("records auth.login in the audit log", async () => {
    const t = await createTestApp();
    const owner = await t.createUser("owner");
    const events = await t.db.selectFrom("audit_events").selectAll().where("type", "=", "auth.login").execute();
    expect(events).toMatchObject([
      { actor_type: "user", actor_id: owner.id, subject_id: owner.id, organization_id: owner.organizationId },
    ]);
  });
});

describe("GET /api/v1/auth/me", () => {
  it("answers 401 problem+json without credentials", async () => {
    const t = await createTestApp();
    const response = await t.request("/api/v1/auth/me");
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: "unauthenticated", status: 401 });
  });

  it("knows the user by cookie and by Bearer token", async () => {
    const t = await createTestApp();
    const viewer = await t.createUser("viewer");
    const byCookie = await t.request("/api/v1/auth/me", { headers: viewer.cookieHeaders });
    expect(await byCookie.json()).toMatchObject({ user: { id: viewer.id, role: "viewer" }, authenticatedBy: "user" });
    const byToken = await t.request("/api/v1/auth/me", { headers: viewer.bearerHeaders });
    expect(await byToken.json()).toMatchObject({ user: { id: viewer.id }, authenticatedBy: "token" });
  });

  it("rejects an expired session", async () => {
    const t = await createTestApp();
    const owner = await t.createUser("owner");
    t.setNow(new Date(t.now().getTime() + 15 * 24 * 60 * 60_000));
    expect((await t.request("/api/v1/auth/me", { headers: owner.cookieHeaders })).status).toBe(401);
  });
});

describe("POST /api/v1/auth/logout", () => {
  it("ends the session so the cookie no longer works", async () => {
    const t = await createTestApp();
    const owner = await t.createUser("owner");
    const out = await t.request("/api/v1/auth/logout", { method: "POST", headers: owner.cookieHeaders });
    expect(out.status).toBe(204);
    expect((await t.request("/api/v1/auth/me", { headers: owner.cookieHeaders })).status).toBe(401);
    expect(await t.db.selectFrom("sessions").selectAll().where("user_id", "=", owner.id).execute()).toEqual([]);
  });
});

describe("CSRF: cookie-authenticated writes", () => {
  it("are refused without an Origin header or with a foreign one, and accepted with the app's own", async () => {
    const t = await createTestApp();
    const owner = await t.createUser("owner");
    const cookie = owner.cookieHeaders.cookie;
    const send = (headers: Record<string, string>) =>
      t.request("/api/v1/tokens", {
        method: "POST",
        headers: { ...headers, ...json },
        body: JSON.stringify({ name: "x" }),
      });
    const none = await send({ cookie });
    expect(none.status).toBe(403);
    expect(await none.json()).toMatchObject({ code: "csrf_rejected" });
    expect((await send({ cookie, origin: "https://evil.example" })).status).toBe(403);
    expect((await send({ cookie, origin: testOrigin })).status).toBe(201);
  });

  it("do not apply to reads or to Bearer requests", async () => {
    const t = await createTestApp();
    const owner = await t.createUser("owner");
    expect((await t.request("/api/v1/auth/me", { headers: { cookie: owner.cookieHeaders.cookie } })).status).toBe(200);
    const bearerWrite = await t.request("/api/v1/tokens", {
      method: "POST",
      headers: { ...owner.bearerHeaders, ...json, origin: "https://evil.example" },
      body: JSON.stringify({ name: "script" }),
    });
    expect(bearerWrite.status).toBe(201);
  });
});
