import { describe, expect, it } from "vitest";
import { createApp } from "./app.ts";
import { readEnv } from "./env.ts";

describe("GET /healthz", () => {
  it("answers ok without authentication", async () => {
    const response = await createApp({ clock: () => new Date() }).request("/healthz");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});

describe("readEnv", () => {
  it("defaults PORT to 8787 and rejects a non-numeric one by name", () => {
    expect(readEnv({}).PORT).toBe(8787);
    expect(() => readEnv({ PORT: "eighty" })).toThrow(/PORT/);
  });
});
