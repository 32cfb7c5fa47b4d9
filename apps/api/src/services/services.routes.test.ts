import { describe, expect, it } from "vitest";
import { createTestApp } from "../testing/create-test-app.ts";
import { createDirectory } from "../testing/directory-fixtures.ts";

describe("/api/v1/services", () => {
  it("stores prices exactly and returns them as numbers", async () => {
    const t = await createTestApp();
    const user = await t.createUser("reconciler");
    const response = await t.requestJson("/api/v1/services", "POST", user.bearerHeaders, {
      name: "Backup",
      unitPrice: 0.1,
      unitCost: 1234.5678,
    });
    const service = (await response.json()) as { id: string };
    expect(service).toMatchObject({ unitPrice: 0.1, unitCost: 1234.5678, sku: null });
    const row = await t.db.selectFrom("services").selectAll().where("id", "=", service.id).executeTakeFirstOrThrow();
    expect([row.unit_price, row.unit_cost]).toEqual(["0.1", "1234.5678"]);
  });

  it("rejects negative prices and more than 4 decimals with 422", async () => {
    const t = await createTestApp();
    const user = await t.createUser("reconciler");
    for (const unitPrice of [-1, 0.12345, "2.5", Number.POSITIVE_INFINITY]) {
      const response = await t.requestJson("/api/v1/services", "POST", user.bearerHeaders, { name: "X", unitPrice });
      expect(response.status, String(unitPrice)).toBe(422);
    }
  });

  it("refuses a duplicate SKU (409) and deleting a service billed on a line (409)", async () => {
    const t = await createTestApp();
    const user = await t.createUser("reconciler");
    const { serviceId } = await createDirectory(t, user);
    const dup = await t.requestJson("/api/v1/services", "POST", user.bearerHeaders, {
      name: "Y",
      sku: "ST-1",
      unitPrice: 1,
    });
    expect(dup.status).toBe(409);
    expect(
      (await t.request(`/api/v1/services/${serviceId}`, { method: "DELETE", headers: user.bearerHeaders })).status,
    ).toBe(409);
  });

  it("searches by name or SKU and updates a price without touching existing lines", async () => {
    const t = await createTestApp();
    const user = await t.createUser("reconciler");
    const { serviceId, lineId } = await createDirectory(t, user);
    const found = (await (await t.request("/api/v1/services?q=st-1", { headers: user.bearerHeaders })).json()) as {
      items: { id: string }[];
    };
    expect(found.items.map((s) => s.id)).toEqual([serviceId]);
    await t.requestJson(`/api/v1/services/${serviceId}`, "PATCH", user.bearerHeaders, { unitPrice: 3 });
    const line = await (await t.request(`/api/v1/contract-lines/${lineId}`, { headers: user.bearerHeaders })).json();
    expect(line).toMatchObject({ unitPrice: 2.5 });
  });
});
