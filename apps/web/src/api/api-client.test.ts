import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { callApi, callApiForAllPages } from "./api-client.ts";
import { ApiProblem } from "./api-problem.ts";

let server: Server | undefined;

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const created = createServer(handler);
  server = created;
  await new Promise<void>((resolve) => created.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(created.address() as AddressInfo).port}`;
}

describe("callApi", () => {
  it("returns the JSON body of a successful call", async () => {
    const base = await serve((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ items: [], nextCursor: null }));
    });
    expect(await callApi(fetch(`${base}/api/v1/integrations`))).toEqual({ items: [], nextCursor: null });
  });

  it("throws the call's problem, exactly as request() does", async () => {
    const base = await serve((_req, res) => {
      res.writeHead(422, { "content-type": "application/problem+json" });
      res.end(
        JSON.stringify({ title: "Unprocessable", status: 422, code: "vendor_auth_failed", detail: "Key refused." }),
      );
    });
    const failure = await callApi(fetch(`${base}/x`)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiProblem);
    expect((failure as ApiProblem).code).toBe("vendor_auth_failed");
    expect((failure as ApiProblem).detail).toBe("Key refused.");
  });

  it("throws network_error when the API cannot be reached", async () => {
    const base = await serve((_req, res) => res.end());
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    server = undefined;
    const failure = await callApi(fetch(`${base}/x`)).catch((error: unknown) => error);
    expect((failure as ApiProblem).code).toBe("network_error");
  });
});

describe("callApiForAllPages", () => {
  it("asks for 500 at a time and follows nextCursor", async () => {
    const asked: { limit: string; cursor?: string }[] = [];
    const pages: Record<string, { items: number[]; nextCursor: string | null }> = {
      first: { items: [1, 2], nextCursor: "c2" },
      c2: { items: [3], nextCursor: null },
    };
    const items = await callApiForAllPages(async (query) => {
      asked.push(query);
      return pages[query.cursor ?? "first"] ?? { items: [], nextCursor: null };
    });
    expect(items).toEqual([1, 2, 3]);
    expect(asked).toEqual([{ limit: "500" }, { limit: "500", cursor: "c2" }]);
  });
});
