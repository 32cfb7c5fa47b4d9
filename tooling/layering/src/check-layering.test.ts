import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkLayering } from "./check-layering.ts";

const roots: string[] = [];

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "layering-"));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const manifests = {
  "packages/core/package.json": JSON.stringify({ name: "@tally/core" }),
  "packages/spamtitan/package.json": JSON.stringify({ name: "@tally/spamtitan" }),
  "apps/web/package.json": JSON.stringify({ name: "@tally/web" }),
  "apps/api/package.json": JSON.stringify({ name: "@tally/api" }),
};

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe("checkLayering", () => {
  it("accepts a workspace that follows the dependency direction", () => {
    const root = workspace({
      ...manifests,
      "packages/core/src/a.ts": `import { b } from "./b.ts";`,
      "packages/spamtitan/src/client.test.ts": `import { createSpamTitanSimulator } from "@tally/spamtitan-sim";`,
      "apps/api/src/app.ts": `import { reconcilePeriod } from "@tally/core";\nimport { Hono } from "hono";`,
      "apps/web/src/a.ts": `import type { Card } from "@tally/core";\nimport { createApiClient } from "@tally/api/client";`,
    });
    expect(checkLayering(root)).toEqual([]);
  });

  it("rejects core importing a node I/O module", () => {
    const root = workspace({ ...manifests, "packages/core/src/a.ts": `import { readFileSync } from "node:fs";` });
    expect(checkLayering(root)).toMatchObject([{ file: "packages/core/src/a.ts", specifier: "node:fs" }]);
  });

  it("rejects core importing kysely, hono or another workspace package", () => {
    const root = workspace({
      ...manifests,
      "packages/core/src/a.ts": `import { Kysely } from "kysely";\nexport { Hono } from "hono";\nconst x = import("@tally/spamtitan");`,
    });
    expect(checkLayering(root).map((v) => v.specifier)).toEqual(["kysely", "hono", "@tally/spamtitan"]);
  });

  it("rejects the vendor client importing a workspace package", () => {
    const root = workspace({ ...manifests, "packages/spamtitan/src/a.ts": `import type { Card } from "@tally/core";` });
    expect(checkLayering(root)).toHaveLength(1);
  });

  it("lets web import core types and the API client only", () => {
    const root = workspace({
      ...manifests,
      "apps/web/src/ok.ts": `import type { Card } from "@tally/core";\nimport { createApiClient } from "@tally/api/client";`,
      "apps/web/src/bad.ts": `import { reconcilePeriod } from "@tally/core";\nimport { createApp } from "@tally/api";`,
    });
    expect(checkLayering(root).map((v) => `${v.file} ${v.specifier}`)).toEqual([
      "apps/web/src/bad.ts @tally/core",
      "apps/web/src/bad.ts @tally/api",
    ]);
  });

  it("rejects any import of another package's src/", () => {
    const root = workspace({
      ...manifests,
      "apps/api/src/a.ts": `import { x } from "@tally/core/src/index.ts";\nimport { y } from "../../../packages/core/src/y";`,
    });
    expect(checkLayering(root)).toHaveLength(2);
  });
});
