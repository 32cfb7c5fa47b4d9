import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { ApiProblem } from "./api-problem.ts";
import { buildPath, onUnauthenticated, request, requestAll } from "./request.ts";

let server: Server | undefined;

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A real loopback server on port 0 that answers with `handler`; returns its base URL. */
async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const created = createServer(handler);
  server = created;
  await new Promise<void>((resolve) => created.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(created.address() as AddressInfo).port}`;
}

async function caught(promise: Promise<unknown>): Promise<ApiProblem> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiProblem) return error;
    throw error;
  }
  throw new Error("expected the request to fail");
}

describe("buildPath", () => {
  it("appends only defined, non-empty query values", () => {
    expect(buildPath("/api/v1/integrations", { status: "connected", q: "", cursor: undefined })).toBe(
      "/api/v1/integrations?status=connected",
    );
    expect(buildPath("/api/v1/accounts", { limit: 500 })).toBe("/api/v1/accounts?limit=500");
    expect(buildPath("/api/v1/accounts")).toBe("/api/v1/accounts");
  });
});

describe("request", () => {
  it("sends JSON and reads JSON", async () => {
    const base = await serve((req, res) => {
      let body = "";
      req.on("data", (chunk) => {
        body += chunk;
      });
      req.on("end", () => {
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ method: req.method, type: req.headers["content-type"], echo: JSON.parse(body) }));
      });
    });
    const answer = await request<{ method: string; type: string; echo: unknown }>("POST", `${base}/x`, {
      body: { apiUrl: "https://st.example" },
    });
    expect(answer).toEqual({ method: "POST", type: "application/json", echo: { apiUrl: "https://st.example" } });
  });

  it("throws the problem of a problem+json answer, with Retry-After", async () => {
    const base = await serve((_req, res) => {
      res.writeHead(429, { "content-type": "application/problem+json", "retry-after": "30" });
      res.end(JSON.stringify({ title: "Too many attempts", status: 429, code: "rate_limited" }));
    });
    const problem = await caught(request("POST", `${base}/api/v1/auth/login`, { body: {} }));
    expect(problem.code).toBe("rate_limited");
    expect(problem.retryAfter).toBe(30);
  });

  it("throws a server_error for an HTML error page", async () => {
    const base = await serve((_req, res) => {
      res.writeHead(502, { "content-type": "text/html" });
      res.end("<html>Bad gateway</html>");
    });
    expect((await caught(request("GET", `${base}/x`))).code).toBe("server_error");
  });

  it("throws invalid_response when a 200 is not JSON (e.g. the SPA's index.html)", async () => {
    const base = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<!doctype html>");
    });
    expect((await caught(request("GET", `${base}/x`))).code).toBe("invalid_response");
  });

  it("throws network_error when nothing listens", async () => {
    const base = await serve((_req, res) => res.end());
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    server = undefined;
    expect((await caught(request("GET", `${base}/x`))).code).toBe("network_error");
  });

  it("tells the unauthenticated listener about a 401", async () => {
    const base = await serve((_req, res) => {
      res.writeHead(401, { "content-type": "application/problem+json" });
      res.end(JSON.stringify({ title: "Sign in", status: 401, code: "unauthenticated" }));
    });
    const heard: string[] = [];
    const stop = onUnauthenticated((problem) => heard.push(problem.code));
    await caught(request("GET", `${base}/api/v1/auth/me`));
    stop();
    await caught(request("GET", `${base}/api/v1/auth/me`));
    expect(heard).toEqual(["unauthenticated"]);
  });

  it("returns undefined-free null for an empty 204", async () => {
    const base = await serve((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    expect(await request("DELETE", `${base}/x`)).toBeNull();
  });
});

describe("requestAll", () => {
  it("follows nextCursor until the last page", async () => {
    const seen: string[] = [];
    const base = await serve((req, res) => {
      const url = new URL(req.url ?? "/", "http://localhost");
      seen.push(url.search);
      const cursor = url.searchParams.get("cursor");
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(cursor === null ? { items: [1, 2], nextCursor: "p2" } : { items: [3], nextCursor: null }));
    });
    expect(await requestAll<number>(`${base}/api/v1/accounts`)).toEqual([1, 2, 3]);
    expect(seen).toEqual(["?limit=500", "?limit=500&cursor=p2"]);
  });
});
