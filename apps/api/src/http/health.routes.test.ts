import { describe, expect, it } from "vitest";
import { createTestApp } from "../testing/create-test-app.ts";

describe("GET /healthz", () => {
  it("answers ok without authentication", async () => {
    const t = await createTestApp();
    const response = await t.request("/healthz");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});

describe("GET /readyz", () => {
  it("is ready while the database answers and 503 once it is closed", async () => {
    const t = await createTestApp();
    expect((await t.request("/readyz")).status).toBe(200);
    await t.db.destroy();
    const response = await t.request("/readyz");
    expect(response.status).toBe(503);
  });
});

describe("unknown routes", () => {
  it("are a problem+json 404", async () => {
    const t = await createTestApp();
    const response = await t.request("/api/v1/nothing-here");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 404, code: "not_found" });
  });
});

describe("unexpected failures", () => {
  it("are a 500 problem that reveals nothing, and are logged", async () => {
    const t = await createTestApp();
    const owner = await t.createUser("owner");
    await t.db.schema.dropTable("contract_lines").execute();
    await t.db.schema.dropTable("contracts").execute();
    const response = await t.request("/api/v1/contracts", { headers: owner.bearerHeaders });
    expect(response.status).toBe(500);
    const body = await response.text();
    expect(JSON.parse(body)).toMatchObject({ code: "internal_error", status: 500 });
    expect(body).not.toMatch(/contracts|sqlite|at /i);
    expect(t.logger.entries.some((e) => e.level === "error")).toBe(true);
  });
});
