import { describe, expect, it } from "vitest";
import { resolveStep } from "./resolve-step.ts";

describe("resolveStep", () => {
  it("starts at the module step", () => {
    expect(resolveStep(undefined, undefined)).toBe("module");
    expect(resolveStep("nonsense", undefined)).toBe("module");
  });

  it("allows the credentials step before there is an integration", () => {
    expect(resolveStep("credentials", undefined)).toBe("credentials");
  });

  it("never shows a mapping step without an integration", () => {
    expect(resolveStep("accounts", undefined)).toBe("module");
    expect(resolveStep("review", undefined)).toBe("module");
  });

  it("resumes at the mapping once connected", () => {
    expect(resolveStep("credentials", "int-1")).toBe("accounts");
    expect(resolveStep("services", "int-1")).toBe("services");
    expect(resolveStep("review", "int-1")).toBe("review");
  });
});
