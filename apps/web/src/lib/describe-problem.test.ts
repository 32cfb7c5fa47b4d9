import { describe, expect, it } from "vitest";
import { parseProblem } from "../api/api-problem.ts";
import { describeProblem } from "./describe-problem.ts";

describe("describeProblem", () => {
  it("says which vendor problem it was", () => {
    expect(describeProblem(parseProblem(400, { code: "vendor_auth_failed" })).title).toBe(
      "SpamTitan refused the API key",
    );
    expect(describeProblem(parseProblem(502, { code: "vendor_unreachable" })).title).toBe(
      "SpamTitan could not be reached at this API URL",
    );
    expect(describeProblem(parseProblem(400, { code: "vendor_not_spamtitan" })).title).toBe(
      "This URL does not answer like a SpamTitan API",
    );
  });

  it("points to where a SpamTitan key is generated when the key is refused", () => {
    expect(describeProblem(parseProblem(400, { code: "vendor_auth_failed" })).hint).toContain(
      "Settings → User Management → RestAPI Keys",
    );
  });

  it("calls an invalid apiUrl an invalid URL and keeps the API's message", () => {
    const described = describeProblem(
      parseProblem(422, { code: "validation_failed", errors: [{ path: "apiUrl", message: "Invalid URL" }] }),
    );
    expect(described.title).toBe("The API URL is not valid");
    expect(described.detail).toBe("Invalid URL");
  });

  it("lists other field errors", () => {
    const described = describeProblem(
      parseProblem(422, { code: "validation_failed", errors: [{ path: "email", message: "Required" }] }),
    );
    expect(described.detail).toBe("email: Required");
  });

  it("says how long to wait when throttled", () => {
    expect(describeProblem(parseProblem(429, {}, 30)).hint).toBe("Wait 30 seconds before trying again.");
    expect(describeProblem(parseProblem(429, {}, 1)).hint).toBe("Wait 1 second before trying again.");
    expect(describeProblem(parseProblem(429, {}, 300)).hint).toBe("Wait 5 minutes before trying again.");
    expect(describeProblem(parseProblem(429, {})).hint).toBe("Wait a moment before trying again.");
  });

  it("names the failed action for an unknown code, keeping the API's words", () => {
    const described = describeProblem(
      parseProblem(400, { code: "quota_exceeded", title: "Quota exceeded" }),
      "Syncing",
    );
    expect(described).toEqual({ title: "Syncing failed", detail: "Quota exceeded", hint: null });
  });
});

describe("describeProblem with the API's own codes", () => {
  it("treats too_many_attempts (the login throttle) as throttling", () => {
    expect(describeProblem(parseProblem(429, { code: "too_many_attempts" }, 60)).hint).toBe(
      "Wait 60 seconds before trying again.",
    );
  });

  it("explains a refused cross-origin write", () => {
    expect(describeProblem(parseProblem(403, { code: "csrf_rejected" })).title).toBe(
      "The request was refused for your safety",
    );
  });
});

describe("describeProblem with a context", () => {
  it("says what failed for a generic problem and keeps the API's detail", () => {
    const described = describeProblem(
      parseProblem(404, { code: "not_found", detail: "Nothing at GET /api/v1/integrations." }),
      "Loading integrations",
    );
    expect(described.title).toBe("Loading integrations failed");
    expect(described.detail).toBe("Nothing at GET /api/v1/integrations.");
  });

  it("keeps a vendor problem's own words", () => {
    expect(describeProblem(parseProblem(400, { code: "vendor_auth_failed" }), "Connecting").title).toBe(
      "SpamTitan refused the API key",
    );
  });
});

describe("describeProblem for the API's vendor codes", () => {
  it("names a key refused by its format", () => {
    const described = describeProblem(
      parseProblem(422, { code: "validation_failed", errors: [{ path: "apiKey", message: "looks truncated" }] }),
    );
    expect(described).toEqual({ title: "The API key is not valid", detail: "looks truncated", hint: null });
  });

  it("tells a forbidden key from a refused one", () => {
    expect(describeProblem(parseProblem(422, { code: "vendor_forbidden" })).title).toBe(
      "This API key may not read billing data",
    );
  });
});

describe("describeProblem hints", () => {
  it("leaves the hint out when the API already explained what to check", () => {
    const described = describeProblem(
      parseProblem(422, { code: "vendor_auth_failed", detail: "SpamTitan refused the API key (401). Check the key." }),
    );
    expect(described.detail).toBe("SpamTitan refused the API key (401). Check the key.");
    expect(described.hint).toBeNull();
  });
});
