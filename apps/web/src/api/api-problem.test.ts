import { describe, expect, it } from "vitest";
import { ApiProblem, parseProblem, parseRetryAfter, toApiProblem } from "./api-problem.ts";

describe("parseProblem", () => {
  it("keeps the code, title, detail and field errors of a problem+json body", () => {
    const problem = parseProblem(422, {
      type: "about:blank",
      title: "Invalid input",
      status: 422,
      code: "validation_failed",
      detail: "apiUrl: Invalid URL",
      errors: [{ path: "apiUrl", message: "Invalid URL" }],
    });
    expect(problem).toBeInstanceOf(ApiProblem);
    expect(problem.code).toBe("validation_failed");
    expect(problem.title).toBe("Invalid input");
    expect(problem.detail).toBe("apiUrl: Invalid URL");
    expect(problem.fieldError("apiUrl")).toBe("Invalid URL");
    expect(problem.fieldError("apiKey")).toBeUndefined();
  });

  it("reads field errors given as path arrays, JSON pointers or a field → messages record", () => {
    expect(parseProblem(400, { errors: [{ path: ["lines", 0, "quantity"], message: "Too small" }] }).errors).toEqual([
      { path: "lines.0.quantity", message: "Too small" },
    ]);
    expect(parseProblem(400, { errors: [{ pointer: "/apiUrl", message: "Required" }] }).fieldError("apiUrl")).toBe(
      "Required",
    );
    expect(parseProblem(400, { errors: { apiKey: ["Required"] } }).fieldError("apiKey")).toBe("Required");
  });

  it("keeps vendor codes as they are", () => {
    expect(parseProblem(400, { code: "vendor_auth_failed", title: "Key refused" }).code).toBe("vendor_auth_failed");
    expect(parseProblem(502, { code: "vendor_unreachable", title: "Unreachable" }).code).toBe("vendor_unreachable");
  });

  it("derives a code and title from the status when the body is not a problem", () => {
    const fromHtml = parseProblem(502, "<html>Bad gateway</html>");
    expect(fromHtml.code).toBe("server_error");
    expect(fromHtml.title).toBe("The server had a problem");
    expect(fromHtml.detail).toBeNull();
    expect(parseProblem(401, null).code).toBe("unauthenticated");
    expect(parseProblem(429, {}).code).toBe("rate_limited");
    expect(parseProblem(418, {}).code).toBe("invalid_response");
  });

  it("carries Retry-After and the raw body", () => {
    const body = { code: "stale_card", card: { id: "c1" } };
    const problem = parseProblem(409, body, 12);
    expect(problem.retryAfter).toBe(12);
    expect(problem.body).toBe(body);
    expect(problem.message).toBe("This changed in the meantime");
  });
});

describe("parseRetryAfter", () => {
  const now = new Date("2026-12-03T10:00:00Z");

  it("reads delta-seconds", () => {
    expect(parseRetryAfter("30", now)).toBe(30);
    expect(parseRetryAfter("0", now)).toBe(0);
  });

  it("reads an HTTP date as the seconds until then", () => {
    expect(parseRetryAfter("Thu, 03 Dec 2026 10:01:30 GMT", now)).toBe(90);
  });

  it("is null when absent or unreadable", () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter("", now)).toBeNull();
    expect(parseRetryAfter("soon", now)).toBeNull();
  });
});

describe("toApiProblem", () => {
  it("turns a failed fetch into a network_error problem with the cause", () => {
    const cause = new TypeError("fetch failed");
    const problem = toApiProblem(cause);
    expect(problem.code).toBe("network_error");
    expect(problem.status).toBe(0);
    expect(problem.cause).toBe(cause);
  });

  it("returns an ApiProblem unchanged", () => {
    const problem = parseProblem(404, {});
    expect(toApiProblem(problem)).toBe(problem);
  });
});
