// Benchmarks for the two hot paths; prints figures, asserts nothing (see the issue: no timed tests).
import {
  autoMatchByExactName,
  formatPeriod,
  type MappingEntry,
  type NamedItem,
  reconcilePeriod,
  type UsageQuantity,
} from "../src/index.ts";

declare const performance: { now(): number };
declare const console: { log(...values: unknown[]): void };

const sizes = [10_000, 100_000] as const;
const warmups = 2;
const runs = 7;

/** A small deterministic generator so every run measures the same data. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const words = ["Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Hooli", "Vandelay", "Soylent", "Tyrell"];
const suffixes = ["Ltd", "Inc", "GmbH", "LLC", "", "Group", "Holdings"];

function nameOf(i: number, random: () => number): string {
  const word = words[Math.floor(random() * words.length)] ?? "Acme";
  const suffix = suffixes[Math.floor(random() * suffixes.length)] ?? "";
  return `${word} ${i.toString(36)} ${suffix}`.trim();
}

function directory(n: number) {
  const random = createRandom(n);
  const accounts: NamedItem[] = [];
  const vendorAccounts: NamedItem[] = [];
  for (let i = 0; i < n; i += 1) {
    const name = nameOf(i, random);
    accounts.push({ id: `a${i}`, name });
    // ~80% exact (modulo case/space), ~10% punctuation differences, ~10% duplicates.
    const roll = random();
    const vendorName = roll < 0.8 ? `  ${name.toUpperCase()} ` : roll < 0.9 ? `${name}.` : (accounts[0]?.name ?? name);
    vendorAccounts.push({ id: `g${i}`, name: vendorName });
  }
  return { accounts, vendorAccounts };
}

function reconcileInput(n: number) {
  const random = createRandom(n + 1);
  const accountMappings: MappingEntry[] = [];
  const usage: UsageQuantity[] = [];
  const contractLines = [];
  for (let i = 0; i < n; i += 1) {
    // Every account has one line; 90% have a mapped group, some accounts get two groups.
    contractLines.push({
      id: `l${i}`,
      contractId: `c${i}`,
      accountId: `a${i}`,
      serviceId: "s-mail",
      quantity: Math.floor(random() * 200),
      unitPrice: 2.35,
    });
    if (random() < 0.9) {
      accountMappings.push({ status: "mapped", vendorId: `g${i}`, targetId: `a${i}`, mappedBy: "auto" });
      usage.push({ vendorAccountId: `g${i}`, vendorServiceId: "vs-lic", quantity: Math.floor(random() * 200) });
    }
    if (random() < 0.05) {
      accountMappings.push({ status: "mapped", vendorId: `x${i}`, targetId: `a${i}`, mappedBy: "user" });
      usage.push({ vendorAccountId: `x${i}`, vendorServiceId: "vs-lic", quantity: 3 });
    }
  }
  return {
    vendor: "spamtitan",
    period: formatPeriod(2026, 12),
    contractLines,
    accountMappings,
    serviceMappings: [{ status: "mapped", vendorId: "vs-lic", targetId: "s-mail", mappedBy: "user" } as const],
    usage,
    decisions: [],
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

interface Timing {
  readonly median: number;
  readonly min: number;
}

function measure(fn: () => unknown): Timing {
  for (let i = 0; i < warmups; i += 1) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return { median: median(times), min: Math.min(...times) };
}

const results: Record<string, Record<number, Timing>> = { autoMatchByExactName: {}, reconcilePeriod: {} };
const counts: Record<number, { matched: number; cards: number }> = {};
for (const n of sizes) {
  const { accounts, vendorAccounts } = directory(n);
  const input = reconcileInput(n);
  const matched = autoMatchByExactName(accounts, vendorAccounts).matched.length;
  const cards = reconcilePeriod(input).length;
  counts[n] = { matched, cards };
  const match = results.autoMatchByExactName;
  const reconcile = results.reconcilePeriod;
  if (match) match[n] = measure(() => autoMatchByExactName(accounts, vendorAccounts));
  if (reconcile) reconcile[n] = measure(() => reconcilePeriod(input));
}

// A fixed integer loop, to tell a slow or busy machine from slow code (≈70–100 ms on an idle,
// current x86 core).
function measureBaseline(): Timing {
  return measure(() => {
    let sum = 0;
    for (let i = 0; i < 100_000_000; i += 1) sum = (sum + i) | 0;
    return sum;
  });
}

const pad = (text: string, width: number) => text.padStart(width);
console.log(`@tally/core benchmark — median (and min) of ${runs} runs after ${warmups} warm-ups, in ms`);
console.log(
  `${"function".padEnd(22)}${pad("10k", 9)}${pad("100k", 9)}${pad("100k/10k", 10)}${pad("min 10k", 9)}${pad("min 100k", 10)}${pad("target", 11)}`,
);
for (const [name, byN] of Object.entries(results)) {
  const small = byN[10_000] ?? { median: Number.NaN, min: Number.NaN };
  const large = byN[100_000] ?? { median: Number.NaN, min: Number.NaN };
  const verdict = large.median < 250 ? "ok" : "SLOW";
  console.log(
    `${name.padEnd(22)}${pad(small.median.toFixed(1), 9)}${pad(large.median.toFixed(1), 9)}${pad((large.median / small.median).toFixed(1), 10)}${pad(small.min.toFixed(1), 9)}${pad(large.min.toFixed(1), 10)}${pad(`<250 ${verdict}`, 11)}`,
  );
}
const baseline = measureBaseline();
console.log(
  `machine baseline: a 1e8-iteration integer loop takes ${baseline.median.toFixed(0)} ms (min ${baseline.min.toFixed(0)}); much more means a busy machine`,
);
for (const n of sizes) {
  console.log(`n=${n}: ${counts[n]?.matched} auto-matched pairs, ${counts[n]?.cards} cards`);
}
