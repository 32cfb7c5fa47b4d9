import { describe, expect, it } from "vitest";
import { ApiProblem } from "../api/api-problem.ts";
import { fieldErrorsOf } from "./field-errors.ts";
import { checkAccountForm, checkServiceForm, parseMoney } from "./validate-fields.ts";

describe("checkAccountForm", () => {
  it("requires a name and a well-formed domain", () => {
    const checked = checkAccountForm({ name: " ", externalId: "", domain: "not a domain", active: true });
    expect(checked).toEqual({
      ok: false,
      errors: { name: "Enter the account's name.", domain: "Use a domain like example.com." },
    });
  });

  it("trims, lower-cases the domain and sends empty optionals as null", () => {
    expect(checkAccountForm({ name: " Acme ", externalId: " ", domain: "Acme.COM", active: false })).toEqual({
      ok: true,
      value: { name: "Acme", externalId: null, domain: "acme.com", active: false },
    });
  });
});

describe("parseMoney", () => {
  it("accepts up to 4 decimals and a decimal comma", () => {
    expect([
      parseMoney("2.5"),
      parseMoney("2,5"),
      parseMoney("0.0001"),
      parseMoney("1.23456"),
      parseMoney("-1"),
    ]).toEqual([2.5, 2.5, 0.0001, null, null]);
  });
});

describe("checkServiceForm", () => {
  it("defaults the cost to 0 and rejects a bad price", () => {
    expect(checkServiceForm({ name: "Email", sku: "", unitPrice: "3", unitCost: "" })).toEqual({
      ok: true,
      value: { name: "Email", sku: null, unitPrice: 3, unitCost: 0 },
    });
    const bad = checkServiceForm({ name: "Email", sku: "", unitPrice: "abc", unitCost: "1" });
    expect(bad.ok).toBe(false);
    expect(bad.ok ? {} : bad.errors).toHaveProperty("unitPrice");
  });
});

describe("fieldErrorsOf", () => {
  it("maps the API's field errors to fields, first message per field", () => {
    const problem = new ApiProblem({
      code: "validation_failed",
      status: 422,
      title: "Invalid",
      errors: [
        { path: "name", message: "must not be empty" },
        { path: "name", message: "second" },
        { path: "unitPrice", message: "at most 4 decimals" },
      ],
    });
    expect(fieldErrorsOf(problem)).toEqual({ name: "Must not be empty", unitPrice: "At most 4 decimals" });
  });

  it("puts a conflict on the field that must be unique", () => {
    const problem = new ApiProblem({ code: "conflict", status: 409, title: "Taken", detail: "External id is taken." });
    expect(fieldErrorsOf(problem, { conflictField: "externalId" })).toEqual({ externalId: "External id is taken." });
  });

  it("has nothing for errors that are not problems", () => {
    expect(fieldErrorsOf(new Error("boom"))).toEqual({});
  });
});
