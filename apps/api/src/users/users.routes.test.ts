import { describe, expect, it } from "vitest";
import { createTestApp } from "../testing/create-test-app.ts";

const newUser = {
  email: "new@example.test",
  name: "New Person",
  role: "reconciler",
  password: "a long enough password",
};

describe("users admin", () => {
  it("lets an admin add a user who can then log in, and audits it", async () => {
    const t = await createTestApp();
    const admin = await t.createUser("admin");
    const response = await t.requestJson("/api/v1/users", "POST", admin.bearerHeaders, newUser);
    expect(response.status).toBe(201);
    const created = (await response.json()) as { id: string };
    expect(created).toMatchObject({ email: "new@example.test", role: "reconciler" });
    expect(JSON.stringify(created)).not.toContain("password");
    const login = await t.requestJson(
      "/api/v1/auth/login",
      "POST",
      {},
      { email: newUser.email, password: newUser.password },
    );
    expect(login.status).toBe(200);
    const audit = await t.db.selectFrom("audit_events").selectAll().where("type", "=", "user.created").execute();
    expect(audit).toMatchObject([{ subject_id: created.id, actor_type: "token", actor_name: "Test admin" }]);
  });

  it("refuses a duplicate email with 409 conflict and a short password with 422", async () => {
    const t = await createTestApp();
    const admin = await t.createUser("admin");
    expect((await t.requestJson("/api/v1/users", "POST", admin.bearerHeaders, newUser)).status).toBe(201);
    const again = await t.requestJson("/api/v1/users", "POST", admin.bearerHeaders, {
      ...newUser,
      email: "NEW@example.test",
    });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: "conflict" });
    const short = await t.requestJson("/api/v1/users", "POST", admin.bearerHeaders, {
      ...newUser,
      email: "x@example.test",
      password: "short",
    });
    expect(short.status).toBe(422);
    expect(await short.json()).toMatchObject({ errors: [{ path: "password" }] });
  });

  it("refuses reconcilers and viewers with 403", async () => {
    const t = await createTestApp();
    for (const role of ["viewer", "reconciler"] as const) {
      const user = await t.createUser(role);
      expect((await t.request("/api/v1/users", { headers: user.bearerHeaders })).status).toBe(403);
      const post = await t.requestJson("/api/v1/users", "POST", user.bearerHeaders, newUser);
      expect(post.status).toBe(403);
      expect(await post.json()).toMatchObject({ code: "forbidden" });
    }
  });

  it("lets only an owner create an owner", async () => {
    const t = await createTestApp();
    const admin = await t.createUser("admin");
    const owner = await t.createUser("owner");
    expect(
      (await t.requestJson("/api/v1/users", "POST", admin.bearerHeaders, { ...newUser, role: "owner" })).status,
    ).toBe(403);
    expect(
      (await t.requestJson("/api/v1/users", "POST", owner.bearerHeaders, { ...newUser, role: "owner" })).status,
    ).toBe(201);
  });

  it("never demotes or removes the last owner", async () => {
    const t = await createTestApp();
    const owner = await t.createUser("owner");
    const demote = await t.requestJson(`/api/v1/users/${owner.id}`, "PATCH", owner.bearerHeaders, { role: "admin" });
    expect(demote.status).toBe(409);
    expect(await demote.json()).toMatchObject({ code: "last_owner" });
    const remove = await t.request(`/api/v1/users/${owner.id}`, { method: "DELETE", headers: owner.bearerHeaders });
    expect(remove.status).toBe(409);
    const second = await t.createUser("owner");
    expect(
      (await t.request(`/api/v1/users/${owner.id}`, { method: "DELETE", headers: second.bearerHeaders })).status,
    ).toBe(204);
    expect((await t.request("/api/v1/auth/me", { headers: owner.bearerHeaders })).status).toBe(401);
  });

  it("records before → after on a role change and ends sessions on a password change", async () => {
    const t = await createTestApp();
    const admin = await t.createUser("admin");
    const viewer = await t.createUser("viewer");
    const patch = await t.requestJson(`/api/v1/users/${viewer.id}`, "PATCH", admin.bearerHeaders, {
      role: "reconciler",
    });
    expect(await patch.json()).toMatchObject({ role: "reconciler" });
    const event = await t.db
      .selectFrom("audit_events")
      .selectAll()
      .where("type", "=", "user.updated")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(event.before ?? "{}")).toMatchObject({ role: "viewer" });
    expect(JSON.parse(event.after ?? "{}")).toMatchObject({ role: "reconciler" });
    await t.requestJson(`/api/v1/users/${viewer.id}`, "PATCH", admin.bearerHeaders, {
      password: "another long password",
    });
    expect((await t.request("/api/v1/auth/me", { headers: viewer.cookieHeaders })).status).toBe(401);
  });

  it("answers 404 for a user of another organization", async () => {
    const t = await createTestApp();
    const admin = await t.createUser("admin");
    const otherOrg = await t.createOrganization("Other MSP");
    const stranger = await t.createUser("viewer", otherOrg);
    expect((await t.request(`/api/v1/users/${stranger.id}`, { headers: admin.bearerHeaders })).status).toBe(404);
    expect(
      (await t.requestJson(`/api/v1/users/${stranger.id}`, "PATCH", admin.bearerHeaders, { name: "x" })).status,
    ).toBe(404);
    expect(
      (await t.request(`/api/v1/users/${stranger.id}`, { method: "DELETE", headers: admin.bearerHeaders })).status,
    ).toBe(404);
    const list = (await (await t.request("/api/v1/users", { headers: admin.bearerHeaders })).json()) as {
      items: { id: string }[];
    };
    expect(list.items.map((u) => u.id)).not.toContain(stranger.id);
  });
});
