import { describe, expect, it } from "vitest";
import { createSpamTitanSimulator } from "./create-simulator.ts";

describe("createSpamTitanSimulator", () => {
  it("refuses a request without the Bearer token with 401", async () => {
    const { app } = createSpamTitanSimulator();
    expect((await app.request("/restapi/domain-groups")).status).toBe(401);
  });

  it("lists domain groups in a data envelope for the right token", async () => {
    const { app, token } = createSpamTitanSimulator();
    const response = await app.request("/restapi/domain-groups", { headers: { authorization: `Bearer ${token}` } });
    expect(await response.json()).toEqual({ data: [] });
  });
});
