import { describe, expect, it } from "vitest";
import { createTestApp } from "../testing/create-test-app.ts";

describe("the OpenAPI document", () => {
  it("describes every reconciliation route, the CSV exports included, and says bulk gives per-card results", async () => {
    const t = await createTestApp();
    const doc = (await (await t.request("/api/v1/openapi.json")).json()) as {
      paths: Record<string, Record<string, { description?: string }>>;
    };
    const routes = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith("/api/v1/reconciliation"))
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
    expect(routes.sort()).toEqual(
      [
        "GET /api/v1/reconciliation/cards",
        "GET /api/v1/reconciliation/cards/{id}",
        "POST /api/v1/reconciliation/cards/{id}/approve",
        "POST /api/v1/reconciliation/cards/{id}/adjust",
        "POST /api/v1/reconciliation/cards/{id}/dismiss",
        "POST /api/v1/reconciliation/cards/{id}/attach",
        "POST /api/v1/reconciliation/bulk",
        "GET /api/v1/reconciliation/summary",
        "GET /api/v1/reconciliation/export.csv",
        "GET /api/v1/reconciliation/changes.csv",
      ].sort(),
    );
    expect(doc.paths["/api/v1/reconciliation/bulk"]?.post?.description).toContain(
      "Per-card results, not all-or-nothing",
    );
  });
});
