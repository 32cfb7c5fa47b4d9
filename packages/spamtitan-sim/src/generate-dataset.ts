import { formatCalendarDate } from "./calendar-date.ts";
import { createPrng, type Prng, pickInteger, pickOne } from "./create-prng.ts";
import { generateGroupNames } from "./generate-group-names.ts";

/** A domain group as the simulator stores it. */
export interface SimulatedGroup {
  id: number;
  name: string;
}

/** A protected domain as the simulator stores it. */
export interface SimulatedDomain {
  id: number;
  domain: string;
  domain_group_id: number;
}

/** Everything the simulator serves; mutated in place by the simulator's control functions. */
export interface SimulatedDataset {
  seed: number;
  /** Days since 1970-01-01 of the first generated day. */
  firstDay: number;
  /** Days since 1970-01-01 of "today", the last generated day. */
  today: number;
  groups: SimulatedGroup[];
  domains: SimulatedDomain[];
  /** Raw daily unique clean internal recipients per group id, one entry per day from `firstDay`. */
  counts: Map<number, number[]>;
  nextDomainId: number;
}

/** How a group's mailbox count moves over the history. */
type Trend = "stable" | "growing" | "shrinking" | "cancelled";

const DOMAIN_VARIANTS = ["", "-mail", "-group", "-eu", "-us"] as const;
const TLDS = [".example", ".example.com", ".example.net"] as const;

/**
 * Generates the simulator's groups, domains and daily counts deterministically from a seed.
 *
 * @example generateDataset({ seed: 7, groups: 40, today: 20_000, historyDays: 120 }).groups.length // 40
 */
export function generateDataset(options: {
  seed: number;
  groups: number;
  today: number;
  historyDays: number;
}): SimulatedDataset {
  const dataset: SimulatedDataset = {
    seed: options.seed,
    firstDay: options.today - options.historyDays,
    today: options.today,
    groups: [],
    domains: [],
    counts: new Map(),
    nextDomainId: 301,
  };
  const random = createPrng(options.seed);
  let id = 11;
  for (const name of generateGroupNames(options.seed, options.groups)) {
    id += pickInteger(random, 1, 3);
    addGeneratedGroup(dataset, { id, name });
  }
  return dataset;
}

/** Adds a group with generated domains and daily counts to a dataset (also used for "a new group appears"). */
export function addGeneratedGroup(
  dataset: SimulatedDataset,
  group: SimulatedGroup,
  overrides: { domains?: readonly string[]; dailyCount?: number } = {},
): void {
  const random = createPrng((dataset.seed * 31 + group.id * 7919) >>> 0);
  dataset.groups.push({ ...group });
  const domainNames = overrides.domains ?? generateDomainNames(random, dataset, group);
  for (const domain of domainNames) {
    dataset.domains.push({ id: dataset.nextDomainId, domain, domain_group_id: group.id });
    dataset.nextDomainId += 1;
  }
  dataset.counts.set(group.id, generateDailyCounts(random, dataset, overrides.dailyCount));
}

function generateDomainNames(random: Prng, dataset: SimulatedDataset, group: SimulatedGroup): string[] {
  const slug =
    group.name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/<[^>]*>/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || `group-${group.id}`;
  const taken = new Set(dataset.domains.map((d) => d.domain));
  const count = pickInteger(random, 1, 5);
  const names: string[] = [];
  for (let i = 0; i < count; i += 1) {
    let domain = `${slug}${DOMAIN_VARIANTS[i] ?? `-${i}`}${pickOne(random, TLDS)}`;
    if (taken.has(domain)) domain = `${slug}-${group.id}${DOMAIN_VARIANTS[i] ?? `-${i}`}.example`;
    taken.add(domain);
    names.push(domain);
  }
  return names;
}

function generateDailyCounts(random: Prng, dataset: SimulatedDataset, fixed: number | undefined): number[] {
  const length = dataset.today - dataset.firstDay + 1;
  const base = fixed ?? Math.round(Math.exp(random() * Math.log(400))) + 2;
  const roll = random();
  const trend: Trend = roll < 0.6 ? "stable" : roll < 0.8 ? "growing" : roll < 0.95 ? "shrinking" : "cancelled";
  const dailyRate =
    trend === "growing" ? 0.001 + random() * 0.004 : trend === "shrinking" ? -(0.002 + random() * 0.004) : 0;
  const cancelledAt = trend === "cancelled" ? pickInteger(random, Math.floor(length / 2), length - 10) : length;
  const counts: number[] = [];
  for (let i = 0; i < length; i += 1) {
    const day = dataset.firstDay + i;
    if (i >= cancelledAt) {
      counts.push(0);
      continue;
    }
    const level = base * (1 + dailyRate) ** (i - length + 1);
    const weekday = new Date(day * 86_400_000).getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    const noise = weekend ? 0.05 + random() * 0.2 : 0.9 + random() * 0.2;
    const spike = !weekend && random() < 0.02 ? 1.5 + random() : 1;
    counts.push(fixed !== undefined && !weekend ? fixed : Math.max(0, Math.round(level * noise * spike)));
  }
  return counts;
}

/** The calendar date of a dataset day index. */
export function datasetDate(dataset: SimulatedDataset, index: number): string {
  return formatCalendarDate(dataset.firstDay + index);
}
