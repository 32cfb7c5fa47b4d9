import { describe, expect, it } from "vitest";
import { isHttpUrl } from "./is-http-url.ts";

describe("isHttpUrl", () => {
  it("accepts absolute http and https URLs", () => {
    expect(isHttpUrl("https://spamtitan.example.com/restapi")).toBe(true);
    expect(isHttpUrl(" http://127.0.0.1:9000 ")).toBe(true);
  });

  it("rejects what is not a URL or not http(s)", () => {
    expect(isHttpUrl("spamtitan.example.com")).toBe(false);
    expect(isHttpUrl("ftp://spamtitan.example.com")).toBe(false);
    expect(isHttpUrl("")).toBe(false);
  });
});
