import { describe, expect, it } from "vitest";
import { createTestApp } from "../testing/create-test-app.ts";
import { loadDemoGroupNames } from "./demo-vendor.ts";
import { demoSpamTitanServiceName, seedDemoData } from "./seed-demo-data.ts";

const groupNames = Array.from({ length: 30 }, (_, i) => `Customer ${String.fromCharCode(65 + (i % 26))}${i} Ltd`);
const now = new Date("2026-12-03T12:00:00Z");

async function seeded(names: readonly string[], quantities?: Map<string, number>) {
  const t = await createTestApp();
  const owner = await t.createUser("owner");
  const result = await seedDemoData(t.db, owner.organizationId, { groupNames: names, quantities, now });
  const lines = await t.db
    .selectFrom("contract_lines")
    .innerJoin("contracts", "contracts.id", "contract_lines.contract_id")
    .innerJoin("accounts", "accounts.id", "contracts.account_id")
    .innerJoin("services", "services.id", "contract_lines.service_id")
    .select([
      "accounts.name as account",
      "services.name as service",
      "contract_lines.quantity",
      "contract_lines.unit_price",
    ])
    .execute();
  const accounts = (await t.db.selectFrom("accounts").select("name").execute()).map((a) => a.name);
  return { t, owner, result, lines, accounts };
}

describe("seedDemoData", () => {
  it("names most accounts exactly like the vendor groups, some by case/spaces or punctuation, and adds some with no counterpart", async () => {
    const { accounts, result } = await seeded(groupNames);
    const exact = groupNames.filter((n) => accounts.includes(n));
    const normalise = (s: string) => s.replace(/\s+/g, " ").toLowerCase();
    const caseOrSpaces = groupNames.filter(
      (n) => !accounts.includes(n) && accounts.some((a) => normalise(a) === normalise(n)),
    );
    const punctuation = groupNames.filter((n) => accounts.includes(`${n}.`));
    const missing = groupNames.filter(
      (n) => !exact.includes(n) && !caseOrSpaces.includes(n) && !punctuation.includes(n),
    );
    expect(exact.length).toBeGreaterThan(groupNames.length / 2);
    expect(caseOrSpaces.length).toBeGreaterThan(0);
    expect(punctuation.length).toBeGreaterThan(0);
    expect(missing.length).toBeGreaterThan(0);
    expect(accounts).toContain("Tailspin Toys");
    expect(result).toMatchObject({ seeded: true, services: 3, accounts: accounts.length });
  });

  it("bills the SpamTitan service mostly at the vendor quantity, sometimes off, sometimes not at all", async () => {
    const quantities = new Map(groupNames.map((n, i) => [n, 10 + i]));
    const { lines, accounts } = await seeded(groupNames, quantities);
    const spam = lines.filter((l) => l.service === demoSpamTitanServiceName);
    expect(spam.every((l) => l.unit_price === "2.5")).toBe(true);
    const matching = spam.filter((l) => quantities.get(l.account) === l.quantity);
    const off = spam.filter((l) => quantities.has(l.account) && quantities.get(l.account) !== l.quantity);
    expect(matching.length).toBeGreaterThan(off.length);
    expect(off.length).toBeGreaterThan(0);
    const withoutSpamLine = accounts.filter((a) => !spam.some((l) => l.account === a));
    expect(withoutSpamLine.length).toBeGreaterThan(0);
    expect(lines.some((l) => l.service === "Microsoft 365 Business Basic")).toBe(true);
  });

  it("does nothing the second time", async () => {
    const { t, owner } = await seeded(groupNames);
    const again = await seedDemoData(t.db, owner.organizationId, { groupNames, now });
    expect(again).toEqual({ seeded: false, reason: "organization already has accounts" });
  });

  it("seeds about 60 accounts from the simulator's demo group names, including its tricky ones", async () => {
    const names = loadDemoGroupNames();
    const { accounts } = await seeded(names);
    expect(accounts.length).toBeGreaterThanOrEqual(50);
    expect(accounts.length).toBeLessThanOrEqual(65);
    expect(names.filter((n) => accounts.includes(n)).length).toBeGreaterThan(names.length / 2);
    expect(accounts.every((a) => a === a.trim())).toBe(true);
  });
});
