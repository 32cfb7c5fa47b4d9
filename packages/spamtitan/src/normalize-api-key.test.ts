import { describe, expect, it } from "vitest";
import { normalizeApiKey } from "./normalize-api-key.ts";

describe("normalizeApiKey", () => {
  it.each([
    ["abc123", "abc123"],
    ["  abc123\n", "abc123"],
    ["Bearer abc123", "abc123"],
    ["bearer   abc123 \r\n", "abc123"],
    ["\tBEARER abc123", "abc123"],
  ])("turns %j into %j", (input, expected) => {
    expect(normalizeApiKey(input)).toBe(expected);
  });

  it("keeps a key that merely contains the word Bearer", () => {
    expect(normalizeApiKey("abcBearer 1")).toBe("abcBearer 1");
  });
});
