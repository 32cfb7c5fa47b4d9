import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Hono } from "hono";
import type { AppEnv } from "./app-env.ts";

let standalone: Promise<string> | undefined;

// Served by the API itself: the docs must work offline, with no CDN.
function readScalarStandalone(): Promise<string> {
  standalone ??= readFile(
    join(dirname(createRequire(import.meta.url).resolve("@scalar/api-reference")), "browser", "standalone.js"),
    "utf8",
  );
  return standalone;
}

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Tally API reference</title>
  </head>
  <body>
    <div id="app"></div>
    <script src="/api/docs/standalone.js"></script>
    <script>Scalar.createApiReference("#app", { url: "/api/v1/openapi.json" });</script>
  </body>
</html>`;

/** The interactive API reference (Scalar), at /api/docs. */
export const docsRoutes = new Hono<AppEnv>()
  .get("/", (c) => c.html(page))
  .get("/standalone.js", async (c) => {
    c.header("content-type", "text/javascript; charset=utf-8");
    c.header("cache-control", "public, max-age=86400");
    return c.body(await readScalarStandalone(), 200);
  });
