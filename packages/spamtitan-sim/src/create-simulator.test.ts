import { describe, expect, it } from "vitest";
import { isWeekendDay, parseCalendarDate } from "./calendar-date.ts";
import { createSpamTitanSimulator } from "./create-simulator.ts";

const TODAY = "2026-12-03";

function get(sim: ReturnType<typeof createSpamTitanSimulator>, path: string, token: string | null = sim.token) {
  return sim.app.request(`/restapi${path}`, token === null ? {} : { headers: { authorization: `Bearer ${token}` } });
}

describe("createSpamTitanSimulator", () => {
  it("refuses a request without a token or with a wrong one with 401", async () => {
    const sim = createSpamTitanSimulator({ today: TODAY });
    expect((await get(sim, "/domain-groups", null)).status).toBe(401);
    expect((await get(sim, "/domain-groups", "nope")).status).toBe(401);
    expect(await (await get(sim, "/domain-groups", "nope")).json()).toEqual({ message: "Unauthenticated." });
  });

  it("lists 40 domain groups in a data envelope by default, deterministically for a seed", async () => {
    const a = createSpamTitanSimulator({ seed: 3, today: TODAY });
    const b = createSpamTitanSimulator({ seed: 3, today: TODAY });
    const body = (await (await get(a, "/domain-groups")).json()) as { data: Array<{ id: number; name: string }> };
    expect(body.data).toHaveLength(40);
    expect(body.data.every((g) => Number.isInteger(g.id))).toBe(true);
    expect(await (await get(b, "/domain-groups")).json()).toEqual(body);
    expect(b.data.dailyCounts(body.data[5]?.id ?? 0)).toEqual(a.data.dailyCounts(body.data[5]?.id ?? 0));
    const other = createSpamTitanSimulator({ seed: 4, today: TODAY });
    expect(other.data.dailyCounts(other.data.groups()[20]?.id ?? 0)).not.toEqual(
      a.data.dailyCounts(a.data.groups()[20]?.id ?? 0),
    );
  });

  it("generates tricky names: Unicode, an exact duplicate and near-duplicates", () => {
    const names = createSpamTitanSimulator({ today: TODAY })
      .data.groups()
      .map((g) => g.name);
    expect(names).toContain("Acme Ltd");
    expect(names).toContain("Acme Ltd.");
    expect(names.filter((n) => n === "Globex Corporation")).toHaveLength(2);
    expect(names.some((n) => /[\uff01-\uff5e]/.test(n))).toBe(true);
    expect(names.some((n) => /[éüö]/.test(n))).toBe(true);
  });

  it("gives every group 1 to 5 domains", () => {
    const sim = createSpamTitanSimulator({ groups: 100, today: TODAY });
    for (const group of sim.data.groups()) {
      const count = sim.data.domainsOf(group.id).length;
      expect(count).toBeGreaterThanOrEqual(1);
      expect(count).toBeLessThanOrEqual(5);
    }
  });

  it("lets a Domain Group Administrator token see only its groups and answers 403 for the others", async () => {
    const sim = createSpamTitanSimulator({ today: TODAY });
    const all = sim.data.groups();
    const body = (await (await get(sim, "/domain-groups", sim.tokens.domainGroupAdmin)).json()) as {
      data: Array<{ id: number }>;
    };
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data.length).toBeLessThan(all.length);
    const hidden = all.find((g) => !body.data.some((v) => v.id === g.id));
    const query = `start_date=2026-11-03&end_date=${TODAY}&domain_group_id=${hidden?.id}`;
    expect((await get(sim, `/reports/license-usage?${query}`, sim.tokens.domainGroupAdmin)).status).toBe(403);
    expect((await get(sim, `/reports/license-usage?${query}`)).status).toBe(200);
  });

  it("answers 404 for an unknown group and 422 with errors for invalid dates", async () => {
    const sim = createSpamTitanSimulator({ today: TODAY });
    expect(
      (await get(sim, `/reports/license-usage?start_date=2026-11-03&end_date=${TODAY}&domain_group_id=1`)).status,
    ).toBe(404);
    const invalid = await get(
      sim,
      "/reports/license-usage?start_date=2026-13-40&end_date=2026-11-01&domain_group_id=12",
    );
    expect(invalid.status).toBe(422);
    const body = (await invalid.json()) as { message: string; errors: Record<string, string[]> };
    expect(body.message).toBe("The given data was invalid.");
    expect(Object.keys(body.errors)).toContain("start_date");
    const reversed = await get(
      sim,
      "/reports/license-usage?start_date=2026-12-01&end_date=2026-11-01&domain_group_id=12",
    );
    expect(((await reversed.json()) as { errors: Record<string, string[]> }).errors.end_date).toBeDefined();
  });

  it("reports a maximum equal to the max of 5-day rolling averages computed from its raw data", async () => {
    const sim = createSpamTitanSimulator({ seed: 9, groups: 30, today: TODAY });
    for (const group of sim.data.groups()) {
      const raw = sim.data.dailyCounts(group.id);
      const endIndex = raw.findIndex((d) => d.date === TODAY);
      const startIndex = raw.findIndex((d) => d.date === "2026-11-03");
      const expected: number[] = [];
      for (let i = startIndex; i <= endIndex; i += 1) {
        const window = raw.slice(i - 4, i + 1).map((d) => d.count);
        expected.push(Math.round(window.reduce((a, b) => a + b, 0) / 5));
      }
      const response = await get(
        sim,
        `/reports/license-usage?start_date=2026-11-03&end_date=${TODAY}&domain_group_id=${group.id}`,
      );
      const { data } = (await response.json()) as { data: { maximum: number; days: Array<{ usage: number }> } };
      expect(data.days.map((d) => d.usage)).toEqual(expected);
      expect(data.maximum).toBe(Math.max(...expected));
    }
  });

  it("exposes rolling averages over the whole history, each the mean of that day and the 4 before", () => {
    const sim = createSpamTitanSimulator({ seed: 9, groups: 3, today: TODAY, historyDays: 20 });
    const id = sim.data.groups()[1]?.id ?? 0;
    const raw = sim.data.dailyCounts(id).map((d) => d.count);
    const averages = sim.data.rollingAverages(id);
    expect(averages).toHaveLength(21);
    expect(averages[10]?.usage).toBe(Math.round(raw.slice(6, 11).reduce((a, b) => a + b, 0) / 5));
    expect(averages[0]?.usage).toBe(raw[0]); // the first day has only itself to average
  });

  it("reports the maximum over raw daily counts when maximumOver is raw", async () => {
    const sim = createSpamTitanSimulator({ seed: 9, today: TODAY, maximumOver: "raw" });
    const group = sim.data.groups()[7];
    const raw = sim.data.dailyCounts(group?.id ?? 0).filter((d) => d.date >= "2026-11-03");
    const response = await get(
      sim,
      `/reports/license-usage?start_date=2026-11-03&end_date=${TODAY}&domain_group_id=${group?.id}`,
    );
    const { data } = (await response.json()) as { data: { maximum: number } };
    expect(data.maximum).toBe(Math.max(...raw.map((d) => d.count)));
  });

  it("has quiet weekends: across groups, weekend counts are far below weekday counts", () => {
    const sim = createSpamTitanSimulator({ seed: 2, groups: 20, today: TODAY });
    let weekend = 0;
    let weekday = 0;
    for (const group of sim.data.groups()) {
      for (const day of sim.data.dailyCounts(group.id)) {
        const dayNumber = parseCalendarDate(day.date) ?? 0;
        if (isWeekendDay(dayNumber)) weekend += day.count;
        else weekday += day.count;
      }
    }
    // 2 weekend days vs 5 weekdays at 5–25 % of the level: well under a tenth.
    expect(weekend / weekday).toBeLessThan(0.1);
  });

  it("never lets a weekend day into the weekday-only (portal) figure", () => {
    const sim = createSpamTitanSimulator({ seed: 5, groups: 10, today: TODAY });
    for (const group of sim.data.groups()) {
      const portal = sim.data.licenseUsage(group.id, "2026-11-03", TODAY, { weekdaysOnly: true });
      const api = sim.data.licenseUsage(group.id, "2026-11-03", TODAY);
      // 2026-11-03 (a Tuesday) to 2026-12-03: 31 days, 8 of them Saturdays or Sundays.
      expect(api.days).toHaveLength(31);
      expect(portal.days).toHaveLength(23);
      expect(portal.days.every((d) => !isWeekendDay(parseCalendarDate(d.date) ?? 0))).toBe(true);
      expect(portal.maximum).toBeGreaterThanOrEqual(api.maximum);
    }
  });

  it("pages /domain-groups with page and per_page, links and meta when pageSize is set", async () => {
    const sim = createSpamTitanSimulator({ groups: 12, pageSize: 5, today: TODAY });
    const body = (await (await get(sim, "/domain-groups?page=3")).json()) as {
      data: unknown[];
      meta: { current_page: number; last_page: number; total: number };
      links: { next: string | null };
    };
    expect(body.data).toHaveLength(2);
    expect(body.meta).toMatchObject({ current_page: 3, last_page: 3, total: 12 });
    expect(body.links.next).toBeNull();
  });

  it("adds, renames and removes groups and changes a quantity at runtime", async () => {
    const sim = createSpamTitanSimulator({ groups: 3, today: TODAY });
    const added = sim.addGroup({ name: "Newco Ltd", dailyCount: 42 });
    const target = sim.data.groups()[0]?.id ?? 0;
    sim.renameGroup(target, "Renamed GmbH");
    sim.setDailyCount(target, "2026-11-20", 77);
    const body = (await (await get(sim, "/domain-groups")).json()) as { data: Array<{ id: number; name: string }> };
    expect(body.data.map((g) => g.name)).toEqual(expect.arrayContaining(["Newco Ltd", "Renamed GmbH"]));
    expect(sim.data.licenseUsage(target, "2026-11-03", TODAY).maximum).toBe(77);
    expect(sim.data.licenseUsage(added.id, "2026-11-03", TODAY).maximum).toBeLessThanOrEqual(42);
    sim.removeGroup(added.id);
    expect(sim.data.groups().some((g) => g.id === added.id)).toBe(false);
  });

  it("answers every 3rd request with 429 and Retry-After, and counts requests", async () => {
    const sim = createSpamTitanSimulator({ today: TODAY, faults: { rateLimitEvery: 3, retryAfterSeconds: 2 } });
    const statuses = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await get(sim, "/domain-groups")).status);
    expect(statuses).toEqual([200, 200, 429, 200, 200, 429]);
    sim.setFaults({ rateLimitEvery: 1, retryAfterFormat: "http-date" });
    const limited = await get(sim, "/domain-groups");
    expect(Number.isNaN(Date.parse(limited.headers.get("retry-after") ?? ""))).toBe(false);
    expect(sim.stats.requests).toBe(7);
    expect(sim.stats.rateLimited).toBe(3);
  });

  it("injects an HTML login page, truncated JSON, server errors and failing groups", async () => {
    const sim = createSpamTitanSimulator({ today: TODAY, faults: { htmlInsteadOfJson: true } });
    const html = await get(sim, "/domain-groups");
    expect(html.status).toBe(200);
    expect(html.headers.get("content-type")).toContain("text/html");
    sim.setFaults({ malformedJson: true });
    await expect((await get(sim, "/domain-groups")).json()).rejects.toThrow();
    sim.setFaults({ serverErrorRate: 1 });
    expect((await get(sim, "/domain-groups")).status).toBeGreaterThanOrEqual(500);
    const id = sim.data.groups()[0]?.id ?? 0;
    sim.setFaults({ failingGroups: { [id]: 500 } });
    expect(
      (await get(sim, `/reports/license-usage?start_date=2026-11-03&end_date=${TODAY}&domain_group_id=${id}`)).status,
    ).toBe(500);
  });

  it("repeats the same page forever with endlessPages", async () => {
    const sim = createSpamTitanSimulator({ today: TODAY, faults: { endlessPages: true } });
    const first = (await (await get(sim, "/domain-groups")).json()) as { data: unknown[]; links: { next: string } };
    const later = (await (await get(sim, "/domain-groups?page=999")).json()) as {
      data: unknown[];
      links: { next: string };
    };
    expect(later.data).toEqual(first.data);
    expect(later.links.next).toContain("page=1000");
  });

  it("answers 404 on /domains when the endpoint is unavailable", async () => {
    const sim = createSpamTitanSimulator({ today: TODAY, domainsUnavailable: true });
    expect((await get(sim, "/domains?domain_group_id=12")).status).toBe(404);
  });
});
