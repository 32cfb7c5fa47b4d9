import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createTestApp } from "../testing/create-test-app.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function webDist(): string {
  const root = mkdtempSync(join(tmpdir(), "tally-web-"));
  dirs.push(root);
  const dir = join(root, "dist");
  mkdirSync(join(dir, "assets"), { recursive: true });
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>Tally</title>");
  writeFileSync(join(dir, "assets", "app.js"), "console.log(1)");
  writeFileSync(join(root, "secret.txt"), "outside");
  return dir;
}

describe("serving the web app", () => {
  it("serves files, falls back to index.html for client routes, and keeps /api answers as problems", async () => {
    const t = await createTestApp({ webDist: webDist() });
    const asset = await t.request("/assets/app.js");
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toMatch(/javascript/);
    expect(await asset.text()).toBe("console.log(1)");
    const route = await t.request("/reconcile/2026-12");
    expect(route.status).toBe(200);
    expect(await route.text()).toContain("<title>Tally</title>");
    expect((await t.request("/assets/missing.js")).status).toBe(404);
    const api = await t.request("/api/v1/nope");
    expect(api.status).toBe(404);
    expect(api.headers.get("content-type")).toBe("application/problem+json");
    expect((await t.request("/healthz")).headers.get("content-type")).toMatch(/json/);
  });

  it("never serves files outside the folder", async () => {
    const t = await createTestApp({ webDist: webDist() });
    const response = await t.request("/..%2fsecret.txt");
    expect(await response.text()).not.toContain("outside");
  });

  it("is skipped when the folder has no index.html", async () => {
    const t = await createTestApp({ webDist: join(tmpdir(), "tally-no-such-dir") });
    expect((await t.request("/")).status).toBe(404);
  });
});
