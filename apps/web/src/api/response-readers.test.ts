import { describe, expect, it } from "vitest";
import { canManageIntegrations, canMap, readCurrentUser } from "./auth.ts";
import { readSyncRunId } from "./integrations.ts";

describe("readCurrentUser", () => {
  const organization = { id: "org-1", name: "Northwind MSP" };

  it("reads a nested {user, organization} answer", () => {
    expect(
      readCurrentUser({ user: { id: "u1", email: "a@example.com", name: "Ada", role: "admin" }, organization }),
    ).toEqual({ id: "u1", email: "a@example.com", name: "Ada", role: "admin", organization });
  });

  it("reads a flat answer, and falls back to the email for a missing name", () => {
    expect(readCurrentUser({ id: "u2", email: "v@example.com", role: "viewer", organization })).toEqual({
      id: "u2",
      email: "v@example.com",
      name: "v@example.com",
      role: "viewer",
      organization,
    });
  });

  it("treats a missing role as the least privileged", () => {
    expect(readCurrentUser({ id: "u3", email: "x@example.com" }).role).toBe("viewer");
  });
});

describe("roles", () => {
  it("lets only owners and admins manage integrations", () => {
    expect(["owner", "admin", "reconciler", "viewer"].map((role) => canManageIntegrations(role as "owner"))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it("lets everyone but viewers map", () => {
    expect(canMap("reconciler")).toBe(true);
    expect(canMap("viewer")).toBe(false);
  });
});

describe("readSyncRunId", () => {
  it("finds the id in {syncRunId}, {syncRun} or {lastSyncRun}", () => {
    expect(readSyncRunId({ syncRunId: "r1" })).toBe("r1");
    expect(readSyncRunId({ syncRun: { id: "r2" } })).toBe("r2");
    expect(readSyncRunId({ id: "int-1", lastSyncRun: { id: "r3" } })).toBe("r3");
  });

  it("is null when there is none", () => {
    expect(readSyncRunId({ lastSyncRun: null })).toBeNull();
    expect(readSyncRunId(null)).toBeNull();
  });
});
