import { describe, expect, it } from "vitest";
import { normalizeApiUrl } from "./normalize-api-url.ts";

describe("normalizeApiUrl", () => {
  it.each([
    ["st.example.com", "https://st.example.com/restapi"],
    ["  st.example.com  ", "https://st.example.com/restapi"],
    ["st.example.com:8443", "https://st.example.com:8443/restapi"],
    ["https://st.example.com", "https://st.example.com/restapi"],
    ["https://st.example.com/", "https://st.example.com/restapi"],
    ["https://st.example.com///", "https://st.example.com/restapi"],
    ["HTTPS://ST.Example.com/restapi", "https://st.example.com/restapi"],
    ["http://127.0.0.1:9100/restapi/", "http://127.0.0.1:9100/restapi"],
    ["http://localhost:9100", "http://localhost:9100/restapi"],
    ["localhost:9100", "https://localhost:9100/restapi"],
    ["https://mail.example.com/spamtitan", "https://mail.example.com/spamtitan/restapi"],
    ["https://mail.example.com/spamtitan/restapi/", "https://mail.example.com/spamtitan/restapi"],
    ["https://[::1]:8443/", "https://[::1]:8443/restapi"],
  ])("normalises %j to %s", (input, expected) => {
    expect(normalizeApiUrl(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["", "Enter the API URL"],
    ["   ", "Enter the API URL"],
    ["ftp://st.example.com", "https://"],
    ["javascript:alert(1)", "https://"],
    ["https://", "not a valid URL"],
    ["https://user:secret@st.example.com", "user name and password"],
    ["https://st.example.com/restapi?token=abc", "query string"],
    ["https://st.example.com/#top", "fragment"],
    ["https://st example.com", "spaces"],
  ])("rejects %j with invalid_url and a message mentioning %j", (input, fragment) => {
    const result = normalizeApiUrl(input);
    expect(result).toMatchObject({ ok: false, code: "invalid_url" });
    expect(result.ok ? "" : result.message).toContain(fragment);
  });

  it("never echoes credentials from a rejected URL", () => {
    const result = normalizeApiUrl("https://admin:hunter2@st.example.com");
    expect(JSON.stringify(result)).not.toContain("hunter2");
  });
});
