import { describe, expect, it } from "vitest";
import { createTestApp } from "../testing/create-test-app.ts";
import { createDirectory } from "../testing/directory-fixtures.ts";

describe("/api/v1/contracts", () => {
  it("creates a contract with its account's name and lists it by account, status and text", async () => {
    const t = await createTestApp();
    const user = await t.createUser("reconciler");
    const { accountId, contractId } = await createDirectory(t, user);
    const contract = await (await t.request(`/api/v1/contracts/${contractId}`, { headers: user.bearerHeaders })).json();
    expect(contract).toMatchObject({
      accountId,
      accountName: "Acme Ltd",
      status: "active",
      startDate: "2026-01-01",
      endDate: null,
    });
    const ids = async (query: string) =>
      (
        (await (await t.request(`/api/v1/contracts?${query}`, { headers: user.bearerHeaders })).json()) as {
          items: { id: string }[];
        }
      ).items.map((c) => c.id);
    expect(await ids(`accountId=${accountId}`)).toEqual([contractId]);
    expect(await ids("q=acme")).toEqual([contractId]);
    expect(await ids("status=ended")).toEqual([]);
    expect((await t.request("/api/v1/contracts?status=bogus", { headers: user.bearerHeaders })).status).toBe(400);
  });

  it("answers 422 naming accountId for an account of another organization", async () => {
    const t = await createTestApp();
    const user = await t.createUser("reconciler");
    const other = await t.createUser("owner", await t.createOrganization("Other"));
    const { accountId } = await createDirectory(t, other);
    const response = await t.requestJson("/api/v1/contracts", "POST", user.bearerHeaders, {
      accountId,
      name: "X",
      startDate: "2026-01-01",
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ code: "validation_failed", errors: [{ path: "accountId" }] });
  });

  it("rejects a bad date and an end before the start", async () => {
    const t = await createTestApp();
    const user = await t.createUser("reconciler");
    const { accountId, contractId } = await createDirectory(t, user);
    const bad = await t.requestJson("/api/v1/contracts", "POST", user.bearerHeaders, {
      accountId,
      name: "X",
      startDate: "2026-13-01",
    });
    expect(bad.status).toBe(422);
    const backwards = await t.requestJson(`/api/v1/contracts/${contractId}`, "PATCH", user.bearerHeaders, {
      endDate: "2025-12-31",
    });
    expect(backwards.status).toBe(422);
    expect(await backwards.json()).toMatchObject({ errors: [{ path: "endDate" }] });
    const ended = await t.requestJson(`/api/v1/contracts/${contractId}`, "PATCH", user.bearerHeaders, {
      status: "ended",
      endDate: "2026-06-30",
    });
    expect(await ended.json()).toMatchObject({ status: "ended", endDate: "2026-06-30" });
  });
});

describe("contract lines", () => {
  it("default the unit price to the service's and change quantity and price", async () => {
    const t = await createTestApp();
    const user = await t.createUser("reconciler");
    const { contractId, serviceId, lineId } = await createDirectory(t, user);
    const lines = await (
      await t.request(`/api/v1/contracts/${contractId}/lines`, { headers: user.bearerHeaders })
    ).json();
    expect(lines).toMatchObject({ items: [{ id: lineId, serviceId, quantity: 40, unitPrice: 2.5 }], nextCursor: null });
    const patched = await t.requestJson(`/api/v1/contract-lines/${lineId}`, "PATCH", user.bearerHeaders, {
      quantity: 42,
      unitPrice: 2.25,
    });
    expect(await patched.json()).toMatchObject({ quantity: 42, unitPrice: 2.25 });
    const event = await t.db
      .selectFrom("audit_events")
      .selectAll()
      .where("type", "=", "contract_line.updated")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(event.before ?? "null")).toMatchObject({ quantity: 40 });
    expect(JSON.parse(event.after ?? "null")).toMatchObject({ quantity: 42 });
    expect(
      (await t.request(`/api/v1/contract-lines/${lineId}`, { method: "DELETE", headers: user.bearerHeaders })).status,
    ).toBe(204);
    expect(await t.db.selectFrom("contract_lines").select("id").execute()).toEqual([]);
  });

  it("refuse negative or fractional quantities and unknown services", async () => {
    const t = await createTestApp();
    const user = await t.createUser("reconciler");
    const { contractId, serviceId } = await createDirectory(t, user);
    for (const body of [
      { serviceId, quantity: -1 },
      { serviceId, quantity: 1.5 },
      { serviceId: "svc_nope", quantity: 1 },
      { quantity: 1 },
    ]) {
      const response = await t.requestJson(`/api/v1/contracts/${contractId}/lines`, "POST", user.bearerHeaders, body);
      expect(response.status, JSON.stringify(body)).toBe(422);
    }
    expect(
      (await t.requestJson("/api/v1/contracts/ctr_nope/lines", "POST", user.bearerHeaders, { serviceId, quantity: 1 }))
        .status,
    ).toBe(404);
  });
});
