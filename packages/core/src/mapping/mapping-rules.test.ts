import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyMappingBulk,
  excludeVendorItem,
  includeVendorItem,
  type MappingOperation,
  type MappingResult,
  mapVendorItem,
  unmapVendorItem,
} from "./mapping-rules.ts";
import {
  createMappingState,
  type MappingScope,
  type MappingState,
  mappingStatusOf,
  vendorIdsMappedTo,
} from "./mapping-state.ts";

function scope(): MappingScope {
  return {
    vendorIds: new Set(["v1", "v2", "v3"]),
    targets: new Map([
      ["a1", { active: true }],
      ["a2", { active: true }],
      ["old", { active: false }],
    ]),
  };
}

function stateOf(result: MappingResult): MappingState {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}`);
  return result.state;
}

function codeOf(result: MappingResult): string {
  return result.ok ? "ok" : result.code;
}

describe("mapVendorItem", () => {
  it("maps an unmapped vendor item to an account", () => {
    const state = stateOf(mapVendorItem(createMappingState(), scope(), "v1", "a1"));
    expect(state.byVendorId.get("v1")).toEqual({ status: "mapped", vendorId: "v1", targetId: "a1", mappedBy: "user" });
  });

  it("lets one account receive several vendor accounts (three groups on one account)", () => {
    let state = createMappingState();
    for (const v of ["v1", "v2", "v3"]) state = stateOf(mapVendorItem(state, scope(), v, "a1"));
    expect(vendorIdsMappedTo(state, "a1")).toEqual(["v1", "v2", "v3"]);
  });

  it("rejects mapping a vendor item that is mapped elsewhere: already_mapped", () => {
    const state = stateOf(mapVendorItem(createMappingState(), scope(), "v1", "a1"));
    expect(codeOf(mapVendorItem(state, scope(), "v1", "a2"))).toBe("already_mapped");
  });

  it("moves a mapping only with replace", () => {
    const state = stateOf(mapVendorItem(createMappingState(), scope(), "v1", "a1"));
    const moved = stateOf(mapVendorItem(state, scope(), "v1", "a2", { replace: true }));
    expect(moved.byVendorId.get("v1")).toMatchObject({ targetId: "a2" });
  });

  it("is idempotent for the same target", () => {
    const state = stateOf(mapVendorItem(createMappingState(), scope(), "v1", "a1"));
    const again = mapVendorItem(state, scope(), "v1", "a1");
    expect(again).toEqual({ ok: true, state, changed: false });
  });

  it("turns an auto mapping into a user mapping when a person confirms it", () => {
    const auto = stateOf(mapVendorItem(createMappingState(), scope(), "v1", "a1", { mappedBy: "auto" }));
    const confirmed = mapVendorItem(auto, scope(), "v1", "a1");
    expect(confirmed.ok && confirmed.changed).toBe(true);
    expect(stateOf(confirmed).byVendorId.get("v1")).toMatchObject({ mappedBy: "user" });
    expect(mapVendorItem(stateOf(confirmed), scope(), "v1", "a1", { mappedBy: "auto" })).toMatchObject({
      changed: false,
    });
  });

  it("rejects an excluded vendor item: excluded", () => {
    const state = stateOf(excludeVendorItem(createMappingState(), scope(), "v1"));
    expect(codeOf(mapVendorItem(state, scope(), "v1", "a1"))).toBe("excluded");
  });

  it("rejects unknown and inactive targets and unknown vendor items", () => {
    const empty = createMappingState();
    expect(codeOf(mapVendorItem(empty, scope(), "v1", "nope"))).toBe("unknown_account");
    expect(codeOf(mapVendorItem(empty, scope(), "v1", "old"))).toBe("inactive_account");
    expect(codeOf(mapVendorItem(empty, scope(), "v9", "a1"))).toBe("unknown_vendor_account");
  });

  it("never mutates the state it is given", () => {
    const empty = createMappingState();
    mapVendorItem(empty, scope(), "v1", "a1");
    expect(empty.byVendorId.size).toBe(0);
  });
});

describe("unmapVendorItem", () => {
  it("returns a mapped item to unmapped", () => {
    const mapped = stateOf(mapVendorItem(createMappingState(), scope(), "v1", "a1"));
    expect(mappingStatusOf(stateOf(unmapVendorItem(mapped, scope(), "v1")), "v1")).toBe("unmapped");
  });

  it("changes nothing for an unmapped item, rejects an excluded or unknown one", () => {
    expect(unmapVendorItem(createMappingState(), scope(), "v1")).toMatchObject({ ok: true, changed: false });
    const excluded = stateOf(excludeVendorItem(createMappingState(), scope(), "v1"));
    expect(codeOf(unmapVendorItem(excluded, scope(), "v1"))).toBe("excluded");
    expect(codeOf(unmapVendorItem(excluded, scope(), "v9"))).toBe("unknown_vendor_account");
  });
});

describe("excludeVendorItem and includeVendorItem", () => {
  it("exclude then include returns to unmapped", () => {
    const excluded = stateOf(excludeVendorItem(createMappingState(), scope(), "v2"));
    expect(mappingStatusOf(excluded, "v2")).toBe("excluded");
    expect(mappingStatusOf(stateOf(includeVendorItem(excluded, scope(), "v2")), "v2")).toBe("unmapped");
  });

  it("refuses to exclude a mapped item: already_mapped", () => {
    const mapped = stateOf(mapVendorItem(createMappingState(), scope(), "v1", "a1"));
    expect(codeOf(excludeVendorItem(mapped, scope(), "v1"))).toBe("already_mapped");
  });

  it("is idempotent both ways", () => {
    const excluded = stateOf(excludeVendorItem(createMappingState(), scope(), "v2"));
    expect(excludeVendorItem(excluded, scope(), "v2")).toMatchObject({ changed: false });
    expect(includeVendorItem(createMappingState(), scope(), "v2")).toMatchObject({ changed: false });
  });
});

describe("applyMappingBulk", () => {
  const operations: MappingOperation[] = [
    { action: "map", vendorId: "v1", targetId: "a1" },
    { action: "map", vendorId: "v1", targetId: "a2" },
    { action: "exclude", vendorId: "v2" },
    { action: "map", vendorId: "v9", targetId: "a1" },
    { action: "map", vendorId: "v3", targetId: "a1" },
    { action: "map", vendorId: "v3", targetId: "a1" },
  ];

  it("applies in order, reports each outcome, skips rejections", () => {
    const result = applyMappingBulk(createMappingState(), scope(), operations);
    expect(result.outcomes.map((o) => (o.outcome === "rejected" ? o.code : o.outcome))).toEqual([
      "applied",
      "already_mapped",
      "applied",
      "unknown_vendor_account",
      "applied",
      "unchanged",
    ]);
    expect(result.counts).toEqual({ applied: 3, unchanged: 1, rejected: 2 });
    expect(vendorIdsMappedTo(result.state, "a1")).toEqual(["v1", "v3"]);
    expect(mappingStatusOf(result.state, "v2")).toBe("excluded");
  });

  it("in a dry run reports the same outcomes and changes nothing", () => {
    const start = createMappingState();
    const dry = applyMappingBulk(start, scope(), operations, { dryRun: true });
    const real = applyMappingBulk(start, scope(), operations);
    expect(dry.state).toBe(start);
    expect(start.byVendorId.size).toBe(0);
    expect(dry.outcomes).toEqual(real.outcomes);
    expect(dry.dryRun).toBe(true);
  });

  it("equals applying the single rules one by one, whatever the operations", () => {
    const arbitraryOperation = fc.oneof(
      fc.record({
        action: fc.constant("map" as const),
        vendorId: fc.constantFrom("v1", "v2", "v3"),
        targetId: fc.constantFrom("a1", "a2"),
        replace: fc.boolean(),
      }),
      fc.record({
        action: fc.constantFrom("unmap" as const, "exclude" as const, "include" as const),
        vendorId: fc.constantFrom("v1", "v2", "v3"),
      }),
    );
    fc.assert(
      fc.property(fc.array(arbitraryOperation, { maxLength: 30 }), (ops) => {
        const { state, counts } = applyMappingBulk(createMappingState(), scope(), ops);
        expect(counts.applied + counts.unchanged + counts.rejected).toBe(ops.length);
        let sequential = createMappingState();
        for (const op of ops) {
          const single =
            op.action === "map"
              ? mapVendorItem(sequential, scope(), op.vendorId, op.targetId, { replace: op.replace ?? false })
              : op.action === "unmap"
                ? unmapVendorItem(sequential, scope(), op.vendorId)
                : op.action === "exclude"
                  ? excludeVendorItem(sequential, scope(), op.vendorId)
                  : includeVendorItem(sequential, scope(), op.vendorId);
          if (single.ok) sequential = single.state;
        }
        expect([...state.byVendorId.entries()].sort()).toEqual([...sequential.byVendorId.entries()].sort());
      }),
    );
  });
});
