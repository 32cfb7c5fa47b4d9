import { describe, expect, it } from "vitest";
import { createTestApp } from "../testing/create-test-app.ts";
import { ensureFirstOwner } from "./ensure-first-owner.ts";

const now = new Date("2026-12-03T12:00:00Z");

describe("ensureFirstOwner", () => {
  it("creates admin@localhost with a random printed password that logs in", async () => {
    const t = await createTestApp();
    const first = await ensureFirstOwner(t.db, { now });
    if (!first.created) throw new Error("expected creation");
    expect(first.email).toBe("admin@localhost");
    expect(first.generatedPassword).toMatch(/^[\w-]{20,}$/);
    const login = await t.requestJson(
      "/api/v1/auth/login",
      "POST",
      {},
      { email: "admin@localhost", password: first.generatedPassword },
    );
    expect(login.status).toBe(200);
    expect(await login.json()).toMatchObject({ user: { role: "owner" } });
  });

  it("never uses the same password twice", async () => {
    const a = await ensureFirstOwner((await createTestApp()).db, { now });
    const b = await ensureFirstOwner((await createTestApp()).db, { now });
    expect(a.created && b.created && a.generatedPassword !== b.generatedPassword).toBe(true);
  });

  it("uses the configured email and password and prints none", async () => {
    const t = await createTestApp();
    const first = await ensureFirstOwner(t.db, { email: "Boss@MSP.example", password: "configured password", now });
    expect(first).toMatchObject({ created: true, email: "boss@msp.example", generatedPassword: null });
    const login = await t.requestJson(
      "/api/v1/auth/login",
      "POST",
      {},
      { email: "boss@msp.example", password: "configured password" },
    );
    expect(login.status).toBe(200);
  });

  it("does nothing once an organization exists", async () => {
    const t = await createTestApp();
    await ensureFirstOwner(t.db, { now });
    expect(await ensureFirstOwner(t.db, { now })).toEqual({ created: false });
    expect(await t.db.selectFrom("users").select("id").execute()).toHaveLength(1);
  });
});
