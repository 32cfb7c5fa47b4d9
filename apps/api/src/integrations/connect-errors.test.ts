import { createSpamTitanClient } from "@tally/spamtitan";
import { startSimulatorServer } from "@tally/spamtitan-sim";
import { afterEach, describe, expect, it } from "vitest";
import { connectSimulator, createSpamTitanTestbed, type SpamTitanTestbed } from "./spamtitan-fixtures.ts";

let bed: SpamTitanTestbed | undefined;
afterEach(async () => {
  await bed?.close();
  bed = undefined;
});

type Problem = { code: string; detail: string; errors?: { path: string }[] };

async function closedPortUrl(): Promise<string> {
  const server = await startSimulatorServer({ fetch: () => new Response("") });
  await server.close();
  return server.apiUrl;
}

describe("connecting SpamTitan with bad credentials", () => {
  it.each([
    ["authenticate", "/api/v1/integrations/spamtitan/authenticate"],
    ["connect", "/api/v1/integrations/spamtitan/connect"],
  ])("%s tells a refused key, an unreachable URL, a non-SpamTitan page and an invalid URL apart", async (_, path) => {
    bed = await createSpamTitanTestbed();
    const { t, sim, owner, server } = bed;
    const send = (apiUrl: string, apiKey: string) =>
      t.requestJson(path, "POST", owner.bearerHeaders, { module: "billing", apiUrl, apiKey });
    const secret = "wrong-key-that-must-never-leak-9876";

    const refused = await send(server.apiUrl, secret);
    expect(refused.status).toBe(422);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    const refusedBody = await refused.text();
    expect(JSON.parse(refusedBody)).toMatchObject({ code: "vendor_auth_failed" });
    expect(refusedBody).not.toContain(secret);

    const unreachable = await send(await closedPortUrl(), sim.token);
    expect(unreachable.status).toBe(502);
    expect(((await unreachable.json()) as Problem).code).toBe("vendor_unreachable");

    sim.setFaults({ htmlInsteadOfJson: true });
    const html = await send(server.apiUrl, sim.token);
    expect(html.status).toBe(422);
    const htmlProblem = (await html.json()) as Problem;
    expect(htmlProblem.code).toBe("vendor_not_spamtitan");
    expect(htmlProblem.detail).toContain("API URL");
    sim.setFaults({});

    const invalid = await send("ftp://example.test", sim.token);
    expect(invalid.status).toBe(422);
    expect((await invalid.json()) as Problem).toMatchObject({
      code: "validation_failed",
      errors: [{ path: "apiUrl" }],
    });

    const forbidden = await send(server.apiUrl, sim.tokens.domainGroupAdmin);
    // The Domain Group Administrator key works (it sees fewer groups): not an error.
    expect(forbidden.status).toBe(path.endsWith("connect") ? 201 : 200);

    expect(JSON.stringify(t.logger.entries)).not.toContain(secret);
    expect(JSON.stringify(await t.db.selectFrom("audit_events").selectAll().execute())).not.toContain(secret);
  });

  it("says when SpamTitan is too slow (504 vendor_timeout) or keeps rate-limiting (503 vendor_rate_limited)", async () => {
    bed = await createSpamTitanTestbed({
      vendorClientFactory: (_vendor, connection) =>
        createSpamTitanClient({
          ...connection,
          timeoutMs: 50,
          retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 1 },
        }),
    });
    const { t, sim, owner, server } = bed;
    const send = () =>
      t.requestJson("/api/v1/integrations/spamtitan/authenticate", "POST", owner.bearerHeaders, {
        apiUrl: server.apiUrl,
        apiKey: sim.token,
      });
    sim.setFaults({ timeoutRate: 1, timeoutHangMs: 500 });
    const slow = await send();
    expect(slow.status).toBe(504);
    expect(((await slow.json()) as Problem).code).toBe("vendor_timeout");
    sim.setFaults({ rateLimitEvery: 1, retryAfterSeconds: 1 });
    const limited = await send();
    expect(limited.status).toBe(503);
    expect(((await limited.json()) as Problem).code).toBe("vendor_rate_limited");
    sim.setFaults({});
  });

  it("stores nothing when connect fails", async () => {
    bed = await createSpamTitanTestbed();
    const { t, owner, server } = bed;
    await t.requestJson("/api/v1/integrations/spamtitan/connect", "POST", owner.bearerHeaders, {
      module: "billing",
      apiUrl: server.apiUrl,
      apiKey: "nope",
    });
    expect(await t.db.selectFrom("integrations").selectAll().execute()).toEqual([]);
    expect(await t.db.selectFrom("vendor_accounts").selectAll().execute()).toEqual([]);
  });

  it("connects without domains when the server has no domains endpoint", async () => {
    bed = await createSpamTitanTestbed({ domainsUnavailable: true });
    const connected = await connectSimulator(bed);
    const list = (await (
      await bed.t.request(`/api/v1/integrations/${connected.id}/vendor-accounts`, { headers: bed.owner.bearerHeaders })
    ).json()) as { items: { domains: string[] }[] };
    expect(list.items.length).toBe(bed.sim.data.groups().length);
    expect(list.items.every((va) => va.domains.length === 0)).toBe(true);
  });
});

describe("PATCH /integrations/:id (key rotation)", () => {
  it("re-authenticates first and keeps the old key when the new one is refused", async () => {
    bed = await createSpamTitanTestbed();
    const { t, sim, owner } = bed;
    const { id } = await connectSimulator(bed);
    const before = await t.db.selectFrom("integrations").selectAll().executeTakeFirstOrThrow();

    const refused = await t.requestJson(`/api/v1/integrations/${id}`, "PATCH", owner.bearerHeaders, {
      apiKey: "revoked-key-1234",
    });
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as Problem).code).toBe("vendor_auth_failed");
    const unchanged = await t.db.selectFrom("integrations").selectAll().executeTakeFirstOrThrow();
    expect(unchanged.api_key_ciphertext).toBe(before.api_key_ciphertext);
    expect(t.secrets.decrypt(unchanged.api_key_ciphertext ?? "")).toBe(sim.token);

    const rotated = await t.requestJson(`/api/v1/integrations/${id}`, "PATCH", owner.bearerHeaders, {
      apiKey: ` Bearer ${sim.tokens.domainGroupAdmin}\n`,
    });
    expect(rotated.status).toBe(200);
    const body = await rotated.text();
    expect(body).not.toContain(sim.tokens.domainGroupAdmin);
    expect(JSON.parse(body)).toMatchObject({ keyHint: sim.tokens.domainGroupAdmin.slice(-4) });
    const stored = await t.db.selectFrom("integrations").selectAll().executeTakeFirstOrThrow();
    expect(t.secrets.decrypt(stored.api_key_ciphertext ?? "")).toBe(sim.tokens.domainGroupAdmin);
    expect(stored.api_key_ciphertext).not.toContain(sim.tokens.domainGroupAdmin);
    const events = await t.db
      .selectFrom("audit_events")
      .select("type")
      .where("type", "=", "integration.key_rotated")
      .execute();
    expect(events).toHaveLength(1);

    const empty = await t.requestJson(`/api/v1/integrations/${id}`, "PATCH", owner.bearerHeaders, {});
    expect(empty.status).toBe(422);
  });
});
