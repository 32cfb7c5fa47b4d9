import { describe, expect, it } from "vitest";
import { countMappingStatuses, vendorAccountToItem, vendorServiceToItem } from "./mapping-item.ts";

describe("vendorAccountToItem", () => {
  it("carries the mapping state, domains and suggestions of a domain group", () => {
    expect(
      vendorAccountToItem({
        id: "va1",
        externalId: "17",
        name: "Acme",
        domains: ["acme.example"],
        status: "unmapped",
        accountId: null,
        mappedBy: null,
        suggestions: [{ accountId: "a1", name: "Acme Ltd", score: 0.9, reason: "same domain" }],
      }),
    ).toEqual({
      id: "va1",
      name: "Acme",
      details: ["acme.example"],
      status: "unmapped",
      targetId: null,
      mappedBy: null,
      suggestions: [{ targetId: "a1", name: "Acme Ltd", score: 0.9, reason: "same domain" }],
    });
  });

  it("has no suggestions when the API sent none", () => {
    const item = vendorAccountToItem({
      id: "va2",
      externalId: "18",
      name: "Globex",
      domains: [],
      status: "mapped",
      accountId: "a2",
      mappedBy: "auto",
    });
    expect(item.suggestions).toEqual([]);
    expect(item.targetId).toBe("a2");
  });
});

describe("countMappingStatuses", () => {
  it("counts mapped, excluded and unmapped items", () => {
    const service = (status: "mapped" | "excluded" | "unmapped") =>
      vendorServiceToItem({ id: status, externalId: status, name: status, status, serviceId: null, mappedBy: null });
    expect(
      countMappingStatuses([service("mapped"), service("mapped"), service("excluded"), service("unmapped")]),
    ).toEqual({
      mapped: 2,
      excluded: 1,
      unmapped: 1,
    });
  });
});
