import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import type { MiddlewareHandler } from "hono";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json",
};

async function readFileIfPresent(path: string): Promise<Buffer | undefined> {
  try {
    return (await stat(path)).isFile() ? await readFile(path) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Serves the built web app from `webDist` for GET requests outside /api, falling back to
 * index.html so client-side routes load; returns undefined when the folder is absent.
 *
 * @example const web = serveWebApp("../web/dist"); if (web) app.use("*", web);
 */
export function serveWebApp(webDist: string): MiddlewareHandler | undefined {
  const root = resolve(webDist);
  if (!existsSync(join(root, "index.html"))) return undefined;
  return async (c, next) => {
    const path = c.req.path;
    if ((c.req.method !== "GET" && c.req.method !== "HEAD") || path.startsWith("/api/") || path === "/api")
      return next();
    const candidate = normalize(join(root, decodeURIComponent(path)));
    const inside = candidate === root || candidate.startsWith(root + sep);
    const file = inside ? await readFileIfPresent(candidate) : undefined;
    if (file) {
      const immutable = path.startsWith("/assets/");
      return c.body(new Uint8Array(file), 200, {
        "content-type": contentTypes[extname(candidate)] ?? "application/octet-stream",
        "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
      });
    }
    if (extname(path) !== "") return next();
    const index = await readFile(join(root, "index.html"));
    return c.body(new Uint8Array(index), 200, {
      "content-type": contentTypes[".html"] ?? "text/html",
      "cache-control": "no-cache",
    });
  };
}
