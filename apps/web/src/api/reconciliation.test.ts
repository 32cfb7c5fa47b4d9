import { describe, expect, it } from "vitest";
import { decisionIdempotencyKey, readCardDetails, readStaleCard } from "./reconciliation.ts";

describe("decisionIdempotencyKey", () => {
  const card = { id: "spamtitan:2026-12:acc_1:svc_1", version: "v7" };

  it("repeats for the same decision on the same card version", () => {
    expect(decisionIdempotencyKey(card, { action: "approve" })).toBe(
      decisionIdempotencyKey(card, { action: "approve" }),
    );
  });

  it("changes with the values, the action and the card version", () => {
    const keys = new Set([
      decisionIdempotencyKey(card, { action: "adjust", quantity: 5 }),
      decisionIdempotencyKey(card, { action: "adjust", quantity: 6 }),
      decisionIdempotencyKey(card, { action: "dismiss", note: "a" }),
      decisionIdempotencyKey(card, { action: "dismiss", note: "b" }),
      decisionIdempotencyKey({ ...card, version: "v8" }, { action: "adjust", quantity: 5 }),
    ]);
    expect(keys.size).toBe(5);
  });
});

describe("readStaleCard", () => {
  it("reads the fresh card from a stale_card problem body", () => {
    expect(readStaleCard({ code: "stale_card", card: { id: "c1", version: "v2" } })).toEqual({
      id: "c1",
      version: "v2",
    });
    expect(readStaleCard({ code: "stale_card" })).toBeNull();
    expect(readStaleCard("nope")).toBeNull();
  });
});

describe("readCardDetails", () => {
  it("fills what the answer leaves out", () => {
    const details = readCardDetails({ card: { id: "c1" } as never, usage: [] });
    expect(details.lines).toEqual([]);
    expect(details.history).toEqual([]);
    expect(details.vendorAccounts).toEqual([]);
  });
});
