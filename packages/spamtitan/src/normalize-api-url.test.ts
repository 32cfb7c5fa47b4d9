import { describe, expect, it } from "vitest";
import { normalizeApiUrl } from "./normalize-api-url.ts";

describe("normalizeApiUrl", () => {
  it.each([
    ["st.example.com", "https://st.example.com/restapi"],
    ["https://st.example.com/", "https://st.example.com/restapi"],
    ["http://127.0.0.1:9100/restapi/", "http://127.0.0.1:9100/restapi"],
    ["https://mail.example.com/spamtitan", "https://mail.example.com/spamtitan/restapi"],
  ])("normalises %s to %s", (input, expected) => {
    expect(normalizeApiUrl(input)).toEqual({ ok: true, value: expected });
  });

  it("rejects an empty input and other schemes", () => {
    expect(normalizeApiUrl("  ").ok).toBe(false);
    expect(normalizeApiUrl("ftp://st.example.com").ok).toBe(false);
  });
});
