import { describe, expect, it } from "vitest";
import { shouldPersistProgress } from "./sync-runner.ts";

describe("shouldPersistProgress", () => {
  it("writes about every 5 % and always the last tick", () => {
    // The run row starts at done 0.
    let last = 0;
    const writes: number[] = [];
    for (let done = 0; done <= 1000; done += 1) {
      if (shouldPersistProgress(done, 1000, last)) {
        writes.push(done);
        last = done;
      }
    }
    expect(writes.length).toBe(20);
    expect(writes.at(-1)).toBe(1000);
    expect(writes.slice(0, 3)).toEqual([50, 100, 150]);
  });

  it("writes every tick of a small run", () => {
    expect([1, 2, 3].map((done) => shouldPersistProgress(done, 3, done - 1))).toEqual([true, true, true]);
    expect(shouldPersistProgress(0, 3, 0)).toBe(false);
  });
});
