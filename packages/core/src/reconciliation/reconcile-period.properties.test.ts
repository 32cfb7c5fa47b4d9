import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MappingEntry } from "../mapping/mapping-state.ts";
import { formatPeriod } from "../period/period.ts";
import {
  type ContractLineInput,
  type ReconcileInput,
  reconcilePeriod,
  type UsageQuantity,
} from "./reconcile-period.ts";

const accounts = ["a1", "a2", "a3", "a4"];
const services = ["s1", "s2", "s3"];
const groups = ["g1", "g2", "g3", "g4", "g5"];
const vendorServices = ["vs1", "vs2"];

const arbitraryLines = fc.uniqueArray(
  fc.record({
    id: fc.integer({ min: 0, max: 40 }).map((n) => `l${n}`),
    contractId: fc.constantFrom("c1", "c2"),
    accountId: fc.constantFrom(...accounts),
    serviceId: fc.constantFrom(...services),
    quantity: fc.integer({ min: 0, max: 50 }),
    unitPrice: fc.constantFrom(0, 0.1, 1.15, 2.5, 10),
  }),
  { selector: (l) => l.id, maxLength: 20 },
);

const arbitraryMappings = (vendorIds: readonly string[], targets: readonly string[]) =>
  fc
    .tuple(...vendorIds.map(() => fc.option(fc.oneof(fc.constant("excluded"), fc.constantFrom(...targets)))))
    .map((choices) =>
      choices.flatMap((choice, i): MappingEntry[] => {
        const vendorId = vendorIds[i] ?? "";
        if (choice === null) return [];
        return choice === "excluded"
          ? [{ status: "excluded", vendorId }]
          : [{ status: "mapped", vendorId, targetId: choice, mappedBy: "user" }];
      }),
    );

const arbitraryUsage = fc.uniqueArray(
  fc.record({
    vendorAccountId: fc.constantFrom(...groups),
    vendorServiceId: fc.constantFrom(...vendorServices),
    quantity: fc.integer({ min: 0, max: 50 }),
  }),
  { selector: (u) => `${u.vendorAccountId}/${u.vendorServiceId}`, maxLength: 10 },
);

const arbitraryInput: fc.Arbitrary<ReconcileInput> = fc
  .record({
    contractLines: arbitraryLines,
    accountMappings: arbitraryMappings(groups, accounts),
    serviceMappings: arbitraryMappings(vendorServices, services),
    usage: arbitraryUsage,
  })
  .map((parts) => ({ vendor: "spamtitan", period: formatPeriod(2026, 12), ...parts }));

function shuffled<T>(items: readonly T[], seed: number): T[] {
  // A deterministic permutation (reverse + rotate) is enough to catch order dependence.
  const reversed = [...items].reverse();
  const by = reversed.length === 0 ? 0 : seed % reversed.length;
  return [...reversed.slice(by), ...reversed.slice(0, by)];
}

describe("reconcilePeriod properties", () => {
  it("puts every contract line of a vendor-mapped service in exactly one card", () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const mappedServices = new Set(
          [...input.serviceMappings].flatMap((e) => (e.status === "mapped" ? [e.targetId] : [])),
        );
        const cards = reconcilePeriod(input);
        const seen = cards.flatMap((c) => c.contractLineIds);
        const expected = input.contractLines.filter((l) => mappedServices.has(l.serviceId)).map((l) => l.id);
        expect([...seen].sort()).toEqual([...expected].sort());
      }),
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        expect(reconcilePeriod(input)).toEqual(reconcilePeriod(input));
      }),
    );
  });

  it("does not depend on the order of its inputs", () => {
    fc.assert(
      fc.property(arbitraryInput, fc.nat(), (input, seed) => {
        const reordered: ReconcileInput = {
          ...input,
          contractLines: shuffled<ContractLineInput>(input.contractLines, seed),
          accountMappings: shuffled([...input.accountMappings], seed + 1),
          serviceMappings: shuffled([...input.serviceMappings], seed + 2),
          usage: shuffled<UsageQuantity>(input.usage, seed + 3),
        };
        expect(reconcilePeriod(reordered)).toEqual(reconcilePeriod(input));
      }),
    );
  });

  it("gives each key once and sums vendor quantity over the mapped vendor accounts", () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const cards = reconcilePeriod(input);
        expect(new Set(cards.map((c) => c.key)).size).toBe(cards.length);
        for (const card of cards) {
          if (card.vendorQuantity === null) continue;
          const summed = input.usage
            .filter((u) => card.vendorAccountIds.includes(u.vendorAccountId))
            .filter((u) =>
              [...input.serviceMappings].some(
                (e) => e.status === "mapped" && e.vendorId === u.vendorServiceId && e.targetId === card.serviceId,
              ),
            )
            .reduce((sum, u) => sum + u.quantity, 0);
          expect(card.vendorQuantity).toBe(summed);
        }
      }),
    );
  });

  it("never produces a card from an excluded vendor account", () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const excluded = new Set(
          [...input.accountMappings].filter((e) => e.status === "excluded").map((e) => e.vendorId),
        );
        for (const card of reconcilePeriod(input)) {
          for (const id of card.vendorAccountIds) expect(excluded.has(id)).toBe(false);
        }
      }),
    );
  });
});
