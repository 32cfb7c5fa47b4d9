import { describe, expect, it } from "vitest";
import { createTestApp } from "../testing/create-test-app.ts";

describe("GET /api/v1/openapi.json", () => {
  it("is an OpenAPI 3.1 document generated from the route schemas", async () => {
    const t = await createTestApp();
    const response = await t.request("/api/v1/openapi.json");
    expect(response.status).toBe(200);
    const doc = (await response.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/v1/auth/login", "/api/v1/users/{id}", "/api/v1/tokens"]),
    );
    const login = JSON.stringify(doc.paths["/api/v1/auth/login"]?.post?.requestBody);
    expect(login).toContain("email");
    expect(login).toContain("password");
  });

  it("documents query parameters and the validation problem of list routes", async () => {
    const t = await createTestApp();
    const doc = (await (await t.request("/api/v1/openapi.json")).json()) as {
      paths: Record<
        string,
        Record<string, { parameters?: { name: string; in: string }[]; responses: Record<string, { content?: object }> }>
      >;
    };
    const list = doc.paths["/api/v1/accounts"]?.get;
    expect(list?.parameters?.map((p) => p.name)).toEqual(expect.arrayContaining(["limit", "cursor", "q", "active"]));
    expect(Object.keys(list?.responses["400"]?.content ?? {})).toEqual(["application/problem+json"]);
    expect(Object.keys(doc.paths["/api/v1/contracts/{id}/lines"] ?? {}).sort()).toEqual(["get", "post"]);
  });
});

describe("GET /api/docs", () => {
  it("serves the Scalar page and its script from the API itself (no CDN)", async () => {
    const t = await createTestApp();
    const page = await (await t.request("/api/docs")).text();
    expect(page).toContain('src="/api/docs/standalone.js"');
    expect(page).not.toMatch(/https?:\/\//);
    const script = await t.request("/api/docs/standalone.js");
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toMatch(/javascript/);
    expect(await script.text()).toContain("createApiReference");
  });
});
