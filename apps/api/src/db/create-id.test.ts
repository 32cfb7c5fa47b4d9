import { describe, expect, it } from "vitest";
import { createId } from "./create-id.ts";

describe("createId", () => {
  it("makes prefixed ids that sort in creation order even at the same instant", () => {
    const at = new Date("2026-12-03T12:00:00Z");
    const ids = Array.from({ length: 50 }, () => createId("acc", at));
    expect(ids.every((id) => /^acc_[0-9a-f]{32}$/.test(id))).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(50);
  });

  it("keeps sorting after a clock that goes backwards", () => {
    const first = createId("usr", new Date("2026-12-03T12:00:00Z"));
    const second = createId("usr", new Date("2020-01-01T00:00:00Z"));
    expect(second > first).toBe(true);
  });
});
