import { Hono } from "hono";
import { formatCalendarDate, parseCalendarDate } from "./calendar-date.ts";
import { computeLicenseUsage, type LicenseUsageFigures, type MaximumOver } from "./compute-license-usage.ts";
import { createPrng } from "./create-prng.ts";
import { addGeneratedGroup, generateDataset, type SimulatedDomain, type SimulatedGroup } from "./generate-dataset.ts";
import { faultRate, type SimulatorFaults } from "./simulator-faults.ts";

/** How `GET /domain-groups` (and `/domains`) wrap their lists. */
export type ListEnvelope = "bare" | "data" | "paginated";

/** Which fields a Licensing Stats answer carries (to exercise a client's tolerance). */
export type LicenseUsageShape = "full" | "without-maximum" | "maximum-only" | "without-figures";

/** Options of the simulator; everything is optional and deterministic for a seed. */
export interface SimulatorOptions {
  /** Seed of every generated value (default 1). */
  seed?: number;
  /** Number of domain groups (default 40). */
  groups?: number;
  /** The last generated day, `YYYY-MM-DD` (default: today's UTC date when the simulator is created). */
  today?: string;
  /** Days of history before `today` (default 120). */
  historyDays?: number;
  /** Whether `maximum` is over the rolling averages (default) or the raw daily counts. */
  maximumOver?: MaximumOver;
  /** Page size of lists; unset means one page holding everything. */
  pageSize?: number;
  /** List envelope (default "data" without `pageSize`, "paginated" with it). */
  envelope?: ListEnvelope;
  /** Whether paginated answers carry `links.next` (default true); without it a client must step `?page=N`. */
  nextLinks?: boolean;
  /** Shape of Licensing Stats answers (default "full"). */
  licenseUsageShape?: LicenseUsageShape;
  /** `GET /domains` answers 404, as on servers without that endpoint. */
  domainsUnavailable?: boolean;
  /** The Administrator token (default derived from the seed). */
  adminToken?: string;
  /** The Domain Group Administrator token (default derived from the seed). */
  domainGroupAdminToken?: string;
  /** Group ids the Domain Group Administrator sees (default every third group). */
  domainGroupAdminGroupIds?: readonly number[];
  /** Faults injected from the start; change them later with `setFaults`. */
  faults?: SimulatorFaults;
}

/** What the simulator has been asked, so tests can observe retries. */
export interface SimulatorStats {
  requests: number;
  byPath: Record<string, number>;
  byStatus: Record<number, number>;
  rateLimited: number;
  serverErrors: number;
  timeouts: number;
}

/** Read access to the generated data, for tests that compute expected answers. */
export interface SimulatorData {
  readonly today: string;
  readonly firstDate: string;
  groups(): SimulatedGroup[];
  domainsOf(groupId: number): SimulatedDomain[];
  /** Raw daily unique clean internal recipients of a group, oldest first. */
  dailyCounts(groupId: number): Array<{ date: string; count: number }>;
  /** The 5-day rolling averages (rounded, as reported) of a group over its whole history. */
  rollingAverages(groupId: number): Array<{ date: string; usage: number }>;
  /** What the report endpoint computes for a group and window; `weekdaysOnly` gives the portal view. */
  licenseUsage(
    groupId: number,
    startDate: string,
    endDate: string,
    options?: { weekdaysOnly?: boolean; maximumOver?: MaximumOver },
  ): LicenseUsageFigures;
}

const LOGIN_PAGE = `<!DOCTYPE html><html><head><title>Login</title></head><body><form action="/login" method="post"><input name="username"><input name="password" type="password"></form></body></html>`;

/**
 * Creates an in-process SpamTitan REST API v3 stand-in (a Hono app) with seeded data and faults.
 *
 * @example
 * const sim = createSpamTitanSimulator({ seed: 7, today: "2026-12-03" });
 * await sim.fetch(new Request("http://sim/restapi/domain-groups", { headers: { authorization: `Bearer ${sim.token}` } }));
 */
export function createSpamTitanSimulator(options: SimulatorOptions = {}) {
  const seed = options.seed ?? 1;
  const todayText = options.today ?? new Date().toISOString().slice(0, 10);
  const today = parseCalendarDate(todayText);
  if (today === null) throw new TypeError(`today must be a YYYY-MM-DD date, got "${todayText}"`);
  const dataset = generateDataset({
    seed,
    groups: options.groups ?? 40,
    today,
    historyDays: options.historyDays ?? 120,
  });
  const maximumOver = options.maximumOver ?? "rolling";
  const envelope = options.envelope ?? (options.pageSize === undefined ? "data" : "paginated");
  const tokens = {
    admin: options.adminToken ?? `st-sim-admin-${seed}-7f3a9c2e`,
    domainGroupAdmin: options.domainGroupAdminToken ?? `st-sim-dga-${seed}-41b8d605`,
  };
  const restrictedIds = new Set(
    options.domainGroupAdminGroupIds ?? dataset.groups.filter((_, i) => i % 3 === 0).map((g) => g.id),
  );
  let faults: SimulatorFaults = { ...options.faults };
  const faultRandom = createPrng(seed ^ 0xfa17);
  const stats: SimulatorStats = emptyStats();

  const visibleGroups = (token: string) =>
    token === tokens.admin ? dataset.groups : dataset.groups.filter((g) => restrictedIds.has(g.id));

  const app = new Hono<{ Variables: { token: string } }>();

  app.use(async (c, next) => {
    stats.requests += 1;
    const n = stats.requests;
    const path = new URL(c.req.url).pathname;
    stats.byPath[path] = (stats.byPath[path] ?? 0) + 1;
    const latency = pickLatency(faults.latencyMs, faultRandom);
    if (latency > 0) await sleep(latency, c.req.raw.signal);
    if (faultRandom() < faultRate(faults.timeoutRate)) {
      stats.timeouts += 1;
      await sleep(faults.timeoutHangMs ?? 30_000, c.req.raw.signal);
      c.res = c.body(null, 504);
      return;
    }
    if (faults.rateLimitEvery && n % faults.rateLimitEvery === 0) {
      stats.rateLimited += 1;
      const seconds = faults.retryAfterSeconds ?? 1;
      const format = faults.retryAfterFormat ?? "seconds";
      if (format === "seconds") c.header("Retry-After", String(seconds));
      if (format === "http-date") c.header("Retry-After", new Date(Date.now() + seconds * 1000).toUTCString());
      c.res = c.json({ message: "Too Many Attempts." }, 429);
    } else if (faultRandom() < faultRate(faults.serverErrorRate)) {
      stats.serverErrors += 1;
      const status = ([500, 502, 503] as const)[Math.floor(faultRandom() * 3)] ?? 500;
      c.res = status === 500 ? c.json({ message: "Server Error" }, 500) : c.html(`<h1>${status}</h1>`, status);
    } else if (faultRandom() < faultRate(faults.htmlInsteadOfJson)) {
      c.res = c.html(LOGIN_PAGE, 200);
    } else {
      await next();
      if (faultRandom() < faultRate(faults.malformedJson) && c.res.headers.get("content-type")?.includes("json")) {
        const text = await c.res.text();
        c.res = new Response(text.slice(0, Math.max(1, Math.floor(text.length / 2))), {
          status: c.res.status,
          headers: { "content-type": "application/json" },
        });
      }
    }
    stats.byStatus[c.res.status] = (stats.byStatus[c.res.status] ?? 0) + 1;
  });

  const api = new Hono<{ Variables: { token: string } }>()
    .use(async (c, next) => {
      const header = c.req.header("authorization") ?? "";
      const token = header.startsWith("Bearer ") ? header.slice(7) : "";
      if (token !== tokens.admin && token !== tokens.domainGroupAdmin) {
        return c.json({ message: "Unauthenticated." }, 401);
      }
      c.set("token", token);
      await next();
    })
    .get("/domain-groups", (c) => {
      const groups = visibleGroups(c.get("token")).map((g) => ({ id: g.id, name: g.name, description: null }));
      if (faults.endlessPages) {
        const page = Number(c.req.query("page") ?? "1") || 1;
        const perPage = options.pageSize ?? 25;
        return c.json(
          paginate(c.req.url, groups.slice(0, perPage), {
            page,
            perPage,
            lastPage: page + 1,
            total: groups.length * 10,
          }),
        );
      }
      return c.json(wrapList(c.req.url, groups, envelope, options.pageSize, options.nextLinks ?? true));
    })
    .get("/domains", (c) => {
      if (options.domainsUnavailable) return c.json({ message: "Not Found" }, 404);
      const groupText = c.req.query("domain_group_id");
      const groupId = groupText === undefined ? null : Number(groupText);
      if (groupId !== null) {
        const failing = faults.failingGroups?.[groupId];
        if (failing) return c.json({ message: "Failure injected by the simulator." }, failing);
        if (
          dataset.groups.some((g) => g.id === groupId) &&
          !visibleGroups(c.get("token")).some((g) => g.id === groupId)
        ) {
          return c.json({ message: "This action is unauthorized." }, 403);
        }
      }
      const visible = new Set(visibleGroups(c.get("token")).map((g) => g.id));
      const domains = dataset.domains.filter(
        (d) => visible.has(d.domain_group_id) && (groupId === null || d.domain_group_id === groupId),
      );
      return c.json(wrapList(c.req.url, domains, envelope, options.pageSize, options.nextLinks ?? true));
    })
    .get("/reports/license-usage", (c) => {
      const startText = c.req.query("start_date") ?? "";
      const endText = c.req.query("end_date") ?? "";
      const groupText = c.req.query("domain_group_id") ?? "";
      const startDay = parseCalendarDate(startText);
      const endDay = parseCalendarDate(endText);
      const errors: Record<string, string[]> = {};
      if (!/^\d+$/.test(groupText)) errors.domain_group_id = ["The domain group id field must be an integer."];
      if (startDay === null) errors.start_date = ["The start date does not match the format Y-m-d."];
      if (endDay === null) errors.end_date = ["The end date does not match the format Y-m-d."];
      else if (startDay !== null && endDay < startDay) {
        errors.end_date = ["The end date must be a date after or equal to start date."];
      }
      if (startDay === null || endDay === null || Object.keys(errors).length > 0) {
        return c.json({ message: "The given data was invalid.", errors }, 422);
      }
      const groupId = Number(groupText);
      const failing = faults.failingGroups?.[groupId];
      if (failing) return c.json({ message: "Failure injected by the simulator." }, failing);
      const series = dataset.counts.get(groupId);
      if (!series) return c.json({ message: "Domain group not found." }, 404);
      if (!visibleGroups(c.get("token")).some((g) => g.id === groupId)) {
        return c.json({ message: "This action is unauthorized." }, 403);
      }
      const figures = computeLicenseUsage(
        { firstDay: dataset.firstDay, counts: series },
        { startDay, endDay, maximumOver },
      );
      const shape = options.licenseUsageShape ?? "full";
      return c.json({
        data: {
          domain_group_id: groupId,
          start_date: startText,
          end_date: endText,
          ...(shape === "full" || shape === "maximum-only" ? { maximum: figures.maximum } : {}),
          ...(shape === "full" || shape === "without-maximum" ? { average: figures.average, days: figures.days } : {}),
        },
      });
    });

  app.route("/restapi", api);
  app.notFound((c) => c.json({ message: "Not Found" }, 404));

  const data: SimulatorData = {
    today: formatCalendarDate(dataset.today),
    firstDate: formatCalendarDate(dataset.firstDay),
    groups: () => dataset.groups.map((g) => ({ ...g })),
    domainsOf: (groupId) => dataset.domains.filter((d) => d.domain_group_id === groupId).map((d) => ({ ...d })),
    dailyCounts: (groupId) =>
      (dataset.counts.get(groupId) ?? []).map((count, i) => ({
        date: formatCalendarDate(dataset.firstDay + i),
        count,
      })),
    rollingAverages: (groupId) =>
      computeLicenseUsage(
        { firstDay: dataset.firstDay, counts: dataset.counts.get(groupId) ?? [] },
        { startDay: dataset.firstDay, endDay: dataset.today, maximumOver },
      ).days,
    licenseUsage: (groupId, startDate, endDate, windowOptions = {}) => {
      const startDay = parseCalendarDate(startDate);
      const endDay = parseCalendarDate(endDate);
      if (startDay === null || endDay === null) throw new TypeError("dates must be YYYY-MM-DD");
      return computeLicenseUsage(
        { firstDay: dataset.firstDay, counts: dataset.counts.get(groupId) ?? [] },
        {
          startDay,
          endDay,
          maximumOver: windowOptions.maximumOver ?? maximumOver,
          weekdaysOnly: windowOptions.weekdaysOnly ?? false,
        },
      );
    },
  };

  return {
    app,
    /** The fetch handler, for `serve()` or for calling the simulator without a socket. */
    fetch: (request: Request) => app.fetch(request),
    /** The Administrator token (sees every group). */
    token: tokens.admin,
    tokens,
    data,
    /** Counters since creation (or the last `resetStats`). */
    stats,
    resetStats: () => Object.assign(stats, emptyStats()),
    /** Replaces every fault at runtime. */
    setFaults: (next: SimulatorFaults) => {
      faults = { ...next };
    },
    /** Adds a domain group (a new customer appearing on a later sync); returns it. */
    addGroup: (group: { name: string; id?: number; domains?: readonly string[]; dailyCount?: number }) => {
      const id = group.id ?? Math.max(11, ...dataset.groups.map((g) => g.id)) + 1;
      addGeneratedGroup(
        dataset,
        { id, name: group.name },
        {
          ...(group.domains ? { domains: group.domains } : {}),
          ...(group.dailyCount !== undefined ? { dailyCount: group.dailyCount } : {}),
        },
      );
      return { id, name: group.name };
    },
    /** Renames a domain group (ids stay, names move). */
    renameGroup: (groupId: number, name: string) => {
      const group = dataset.groups.find((g) => g.id === groupId);
      if (!group) throw new RangeError(`no domain group ${groupId}`);
      group.name = name;
    },
    /** Removes a domain group (a cancelled customer). */
    removeGroup: (groupId: number) => {
      dataset.groups = dataset.groups.filter((g) => g.id !== groupId);
      dataset.domains = dataset.domains.filter((d) => d.domain_group_id !== groupId);
      dataset.counts.delete(groupId);
    },
    /** Sets the raw count of a group from `fromDate` through today (a quantity that changed). */
    setDailyCount: (groupId: number, fromDate: string, count: number) => {
      const series = dataset.counts.get(groupId);
      const from = parseCalendarDate(fromDate);
      if (!series || from === null) throw new RangeError(`no series for group ${groupId} from ${fromDate}`);
      for (let i = Math.max(0, from - dataset.firstDay); i < series.length; i += 1) series[i] = count;
    },
  };
}

/** A simulator instance. */
export type SpamTitanSimulator = ReturnType<typeof createSpamTitanSimulator>;

function emptyStats(): SimulatorStats {
  return { requests: 0, byPath: {}, byStatus: {}, rateLimited: 0, serverErrors: 0, timeouts: 0 };
}

function pickLatency(latency: SimulatorFaults["latencyMs"], random: () => number): number {
  if (latency === undefined) return 0;
  if (typeof latency === "number") return latency;
  const [min, max] = latency;
  return min + random() * (max - min);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done);
  });
}

function wrapList<T>(
  url: string,
  items: T[],
  envelope: ListEnvelope,
  pageSize: number | undefined,
  nextLinks: boolean,
) {
  if (envelope === "bare") return items;
  if (envelope === "data") return { data: items };
  const query = new URL(url).searchParams;
  const perPage = Number(query.get("per_page")) || pageSize || Math.max(items.length, 1);
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const page = Math.max(1, Number(query.get("page")) || 1);
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const body = paginate(url, slice, { page, perPage, lastPage, total: items.length });
  return nextLinks ? body : { data: body.data, meta: body.meta };
}

function paginate<T>(url: string, data: T[], p: { page: number; perPage: number; lastPage: number; total: number }) {
  const pageUrl = (page: number) => {
    const next = new URL(url);
    next.searchParams.set("page", String(page));
    return next.toString();
  };
  return {
    data,
    links: {
      first: pageUrl(1),
      last: pageUrl(p.lastPage),
      prev: p.page > 1 ? pageUrl(p.page - 1) : null,
      next: p.page < p.lastPage ? pageUrl(p.page + 1) : null,
    },
    meta: { current_page: p.page, last_page: p.lastPage, per_page: p.perPage, total: p.total },
  };
}
