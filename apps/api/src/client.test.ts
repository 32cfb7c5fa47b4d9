import { describe, expect, it } from "vitest";
import { createApiClient } from "./client.ts";
import { createTestApp } from "./testing/create-test-app.ts";

describe("createApiClient", () => {
  it("calls the API with full route types (body, params and response)", async () => {
    const t = await createTestApp();
    const owner = await t.createUser("owner");
    const api = createApiClient("http://localhost", {
      fetch: (input: string | URL | Request, init?: RequestInit) => t.app.request(input, init),
      headers: owner.bearerHeaders,
    });
    const created = await api.api.v1.accounts.$post({ json: { name: "Typed Ltd", externalId: "T-1" } });
    expect(created.status).toBe(201);
    if (created.status !== 201) return;
    const account = await created.json();
    const name: string = account.name;
    expect(name).toBe("Typed Ltd");
    // @ts-expect-error the response type is precise, not any: there is no such field
    expect(account.noSuchField).toBeUndefined();
    const read = await api.api.v1.accounts[":id"].$get({ param: { id: account.id } });
    if (read.status !== 200) throw new Error(`unexpected ${read.status}`);
    expect((await read.json()).externalId).toBe("T-1");
    const page = await api.api.v1.accounts.$get({ query: { q: "typed", limit: "10" } });
    if (page.status !== 200) throw new Error(`unexpected ${page.status}`);
    const body = await page.json();
    expect(body.items.map((a) => a.id)).toEqual([account.id]);
    expect(body.nextCursor).toBeNull();
  });
});
