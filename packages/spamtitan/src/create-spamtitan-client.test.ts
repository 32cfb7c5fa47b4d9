import { describe, expect, it } from "vitest";
import type { BillingUsageProgress } from "./create-spamtitan-client.ts";
import { SpamTitanError } from "./spamtitan-error.ts";
import { clientFor, startFixedServer, startSimulator, TODAY } from "./test/start-simulator.ts";

describe("createSpamTitanClient", () => {
  it("throws invalid_url for a URL that cannot be used and invalid_api_key for an empty key", () => {
    const codeOf = (build: () => unknown) => {
      try {
        build();
        return null;
      } catch (error) {
        return error instanceof SpamTitanError ? error.code : "not a SpamTitanError";
      }
    };
    expect(codeOf(() => clientFor("ftp://st.example.com", "k"))).toBe("invalid_url");
    expect(codeOf(() => clientFor("st.example.com", " Bearer  "))).toBe("invalid_api_key");
    expect(clientFor("st.example.com/", "k").baseUrl).toBe("https://st.example.com/restapi");
  });
});

describe("authenticate", () => {
  it("succeeds with the right key", async () => {
    const { sim, server } = await startSimulator();
    await expect(clientFor(server.apiUrl, `Bearer ${sim.token}\n`).authenticate()).resolves.toBeUndefined();
  });

  it("says the API key was refused for a wrong key (auth_failed)", async () => {
    const { server } = await startSimulator();
    await expect(clientFor(server.apiUrl, "wrong").authenticate()).rejects.toMatchObject({
      code: "auth_failed",
      status: 401,
      message: expect.stringContaining("refused the API key"),
    });
  });

  it("says forbidden with the API key refused for a 403", async () => {
    const server = await startFixedServer({
      status: 403,
      contentType: "application/json",
      body: '{"message":"This action is unauthorized."}',
    });
    await expect(clientFor(server.apiUrl, "k").authenticate()).rejects.toMatchObject({
      code: "forbidden",
      status: 403,
      message: expect.stringContaining("refused the API key"),
    });
  });

  it("says the URL cannot be reached when nothing listens", async () => {
    const { sim, server } = await startSimulator();
    await server.close();
    await expect(clientFor(server.apiUrl, sim.token).authenticate()).rejects.toMatchObject({
      code: "unreachable",
      message: expect.stringContaining("The API URL cannot be reached"),
    });
  });

  it("says not_spamtitan for an HTML login page answering 200", async () => {
    const { sim, server } = await startSimulator({ faults: { htmlInsteadOfJson: true } });
    await expect(clientFor(server.apiUrl, sim.token).authenticate()).rejects.toMatchObject({
      code: "not_spamtitan",
      message: expect.stringContaining("does not look like a SpamTitan REST API"),
    });
  });

  it("says not_spamtitan for other JSON answering 200", async () => {
    const server = await startFixedServer({ status: 200, contentType: "application/json", body: '{"status":"ok"}' });
    await expect(clientFor(server.apiUrl, "k").authenticate()).rejects.toMatchObject({ code: "not_spamtitan" });
    const list = await startFixedServer({ status: 200, contentType: "application/json", body: '[{"hello":1}]' });
    await expect(clientFor(list.apiUrl, "k").authenticate()).rejects.toMatchObject({ code: "not_spamtitan" });
  });

  it("says not_spamtitan when the path has no SpamTitan API (404)", async () => {
    const { sim, server } = await startSimulator();
    const wrongPrefix = `${server.origin}/elsewhere`;
    await expect(clientFor(wrongPrefix, sim.token).authenticate()).rejects.toMatchObject({
      code: "not_spamtitan",
      status: 404,
    });
  });
});

describe("listDomains", () => {
  it("lists a group's domains", async () => {
    const { sim, server } = await startSimulator();
    const group = sim.data.groups()[3];
    const listing = await clientFor(server.apiUrl, sim.token).listDomains(group?.id ?? 0);
    expect(listing).toEqual({ kind: "listed", domains: sim.data.domainsOf(group?.id ?? 0) });
  });

  it("says unavailable when the server has no domains endpoint (404)", async () => {
    const { sim, server } = await startSimulator({ domainsUnavailable: true });
    expect(await clientFor(server.apiUrl, sim.token).listDomains(12)).toEqual({ kind: "unavailable" });
  });
});

describe("getLicenseUsage", () => {
  it("reads maximum, average and days as the simulator computes them", async () => {
    const { sim, server } = await startSimulator();
    const id = sim.data.groups()[2]?.id ?? 0;
    const usage = await clientFor(server.apiUrl, sim.token).getLicenseUsage({
      domainGroupId: id,
      startDate: "2026-11-03",
      endDate: TODAY,
    });
    const expected = sim.data.licenseUsage(id, "2026-11-03", TODAY);
    expect(usage).toEqual({
      domainGroupId: id,
      startDate: "2026-11-03",
      endDate: TODAY,
      maximum: expected.maximum,
      maximumSource: "reported",
      average: expected.average,
      days: expected.days,
    });
  });

  it("falls back to the max of days when maximum is missing", async () => {
    const { sim, server } = await startSimulator({ licenseUsageShape: "without-maximum" });
    const id = sim.data.groups()[2]?.id ?? 0;
    const usage = await clientFor(server.apiUrl, sim.token).getLicenseUsage({
      domainGroupId: id,
      startDate: "2026-11-03",
      endDate: TODAY,
    });
    expect(usage.maximumSource).toBe("days");
    expect(usage.maximum).toBe(Math.max(...sim.data.licenseUsage(id, "2026-11-03", TODAY).days.map((d) => d.usage)));
  });

  it("reads a report carrying only maximum", async () => {
    const { sim, server } = await startSimulator({ licenseUsageShape: "maximum-only" });
    const id = sim.data.groups()[2]?.id ?? 0;
    const usage = await clientFor(server.apiUrl, sim.token).getLicenseUsage({
      domainGroupId: id,
      startDate: "2026-11-03",
      endDate: TODAY,
    });
    expect(usage).toMatchObject({
      maximum: sim.data.licenseUsage(id, "2026-11-03", TODAY).maximum,
      average: null,
      days: [],
    });
  });

  it("treats a report with neither maximum nor days as invalid_response, never as zero", async () => {
    const { sim, server } = await startSimulator({ licenseUsageShape: "without-figures" });
    await expect(
      clientFor(server.apiUrl, sim.token).getLicenseUsage({
        domainGroupId: sim.data.groups()[0]?.id ?? 0,
        startDate: "2026-11-03",
        endDate: TODAY,
      }),
    ).rejects.toMatchObject({ code: "invalid_response" });
  });

  it("uses a configured report path", async () => {
    const { sim, server } = await startSimulator();
    const client = clientFor(server.apiUrl, sim.token, { licenseUsagePath: "/reports/other" });
    await expect(
      client.getLicenseUsage({ domainGroupId: 12, startDate: "2026-11-03", endDate: TODAY }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(sim.stats.byPath["/restapi/reports/other"]).toBe(1);
  });
});

describe("fetchBillingUsage", () => {
  it("fetches every group's maximum over [today − 30 days, today] and reports progress", async () => {
    const { sim, server } = await startSimulator({ groups: 25, pageSize: 10 });
    const progress: BillingUsageProgress[] = [];
    const report = await clientFor(server.apiUrl, sim.token, { concurrency: 4 }).fetchBillingUsage({
      today: TODAY,
      onProgress: (p) => progress.push(p),
    });
    expect(report.startDate).toBe("2026-11-03");
    expect(report.endDate).toBe(TODAY);
    expect(report.failures).toEqual([]);
    expect(report.results.map((r) => [r.group.id, r.usage.maximum])).toEqual(
      sim.data.groups().map((g) => [g.id, sim.data.licenseUsage(g.id, "2026-11-03", TODAY).maximum]),
    );
    expect(progress[0]).toEqual({ done: 0, total: 25 });
    expect(progress.at(-1)).toEqual({ done: 25, total: 25 });
    expect(progress.map((p) => p.done)).toEqual([...Array(26).keys()]);
  });

  it("keeps the other groups when some fail, listing each failure with its code", async () => {
    const { sim, server } = await startSimulator({ groups: 10 });
    const [a, b] = sim.data.groups();
    sim.setFaults({ failingGroups: { [a?.id ?? 0]: 500, [b?.id ?? 0]: 404 } });
    const report = await clientFor(server.apiUrl, sim.token).fetchBillingUsage({ today: TODAY });
    expect(report.results).toHaveLength(8);
    expect(report.failures.map((f) => [f.group.id, f.error.code])).toEqual([
      [a?.id, "server_error"],
      [b?.id, "not_found"],
    ]);
    expect(report.failures.every((f) => f.error instanceof SpamTitanError)).toBe(true);
  });

  it("rides out random server errors, 429s and cut-off answers by retrying", async () => {
    const { sim, server } = await startSimulator({
      groups: 30,
      faults: { serverErrorRate: 0.2, rateLimitEvery: 7, retryAfterSeconds: 0, latencyMs: [0, 3] },
    });
    const client = clientFor(server.apiUrl, sim.token, {
      retry: { retries: 8, baseDelayMs: 1, maxDelayMs: 4, maxRetryAfterMs: 5 },
    });
    const report = await client.fetchBillingUsage({ today: TODAY });
    expect(report.failures).toEqual([]);
    expect(report.results).toHaveLength(30);
    expect(sim.stats.serverErrors).toBeGreaterThan(0);
    expect(sim.stats.rateLimited).toBeGreaterThan(0);
    expect(sim.stats.requests).toBe(31 + sim.stats.serverErrors + sim.stats.rateLimited);
  });

  it("reports an HTML page for some groups as those groups' invalid_response", async () => {
    const { sim, server } = await startSimulator({ groups: 40 });
    const report = await clientFor(server.apiUrl, sim.token).fetchBillingUsage({
      today: TODAY,
      // Once the groups are listed, a proxy starts answering some requests with a login page.
      onProgress: ({ done }) => done === 0 && sim.setFaults({ htmlInsteadOfJson: 0.2 }),
    });
    expect(report.failures.length).toBeGreaterThan(0);
    expect(report.failures.every((f) => f.error.code === "invalid_response")).toBe(true);
    expect(report.results.length + report.failures.length).toBe(40);
  });

  it("sees a new group and a changed quantity on a later sync", async () => {
    const { sim, server } = await startSimulator({ groups: 5 });
    const client = clientFor(server.apiUrl, sim.token);
    const before = await client.fetchBillingUsage({ today: TODAY });
    const target = sim.data.groups()[1]?.id ?? 0;
    sim.setDailyCount(target, "2026-11-01", 999);
    const added = sim.addGroup({ name: "Newco Ltd", dailyCount: 12 });
    const after = await client.fetchBillingUsage({ today: TODAY });
    expect(after.results).toHaveLength(before.results.length + 1);
    expect(after.results.find((r) => r.group.id === target)?.usage.maximum).toBe(999);
    expect(after.results.find((r) => r.group.id === added.id)?.group.name).toBe("Newco Ltd");
  });

  it("stops everything with cancelled when the signal aborts", async () => {
    const { sim, server } = await startSimulator({ groups: 50, faults: { latencyMs: 30 } });
    const controller = new AbortController();
    const pending = clientFor(server.apiUrl, sim.token, { concurrency: 2 }).fetchBillingUsage({
      today: TODAY,
      signal: controller.signal,
      onProgress: ({ done }) => {
        if (done === 3) controller.abort();
      },
    });
    await expect(pending).rejects.toMatchObject({ code: "cancelled" });
    expect(sim.stats.requests).toBeLessThan(10);
  });
});
