import { recordAuditEvent, systemActor } from "../audit/record-audit-event.ts";
import { createId } from "../db/create-id.ts";
import type { Db } from "../db/open-database.ts";

/** The vendor side the demo directory is built against. */
export interface DemoSeedInput {
  /** The simulator's domain group names, in its order. */
  groupNames: readonly string[];
  /** The vendor's billable quantity per group name, when known (else a plausible one is made up). */
  quantities?: ReadonlyMap<string, number> | undefined;
  now: Date;
}

/** What the demo seed wrote. */
export type DemoSeedResult =
  | { seeded: false; reason: "organization already has accounts" }
  | { seeded: true; accounts: number; services: number; contracts: number; contractLines: number };

/** The catalog service the SpamTitan vendor service is meant to be mapped to. */
export const demoSpamTitanServiceName = "SpamTitan Email Security";

const unmatchedAccounts = [
  "Contoso Dental Group",
  "Fabrikam Legal LLP",
  "Tailspin Toys",
  "Wide World Importers",
  "Adventure Works Cycles",
];

/** How the demo account for the i-th vendor group relates to it; cycles so every kind appears. */
type Relation = "exact" | "case-or-spaces" | "punctuation" | "no-account";

function relationOf(index: number): Relation {
  if (index % 15 === 11) return "no-account";
  if (index % 10 === 7) return "punctuation";
  if (index % 10 === 3) return "case-or-spaces";
  return "exact";
}

function variantName(name: string, relation: Relation, index: number): string {
  if (relation === "case-or-spaces") return index % 20 === 3 ? name.toUpperCase() : name.replace(/ /g, "  ");
  if (relation === "punctuation") return /[.,]$/.test(name) ? name.replace(/[.,]+$/, "") : `${name}.`;
  return name;
}

/** A made-up but stable vendor quantity for a name when the real one is not given. */
function plausibleQuantity(name: string): number {
  let hash = 7;
  for (const ch of name) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) % 9973;
  return 5 + (hash % 120);
}

/**
 * Seeds an organization with the demo directory: one account per vendor group (most named
 * exactly like it, some differing only by case/spaces, some by punctuation, a few groups with no
 * account) plus a few accounts with no vendor counterpart; a "SpamTitan Email Security" service
 * and two other catalog services; one contract per account whose SpamTitan quantity is mostly
 * right, sometimes off, and sometimes missing. Deterministic; does nothing if the org has accounts.
 *
 * @example await seedDemoData(db, orgId, { groupNames: demoGroupNames(7, 55), now: new Date() });
 */
export async function seedDemoData(db: Db, organizationId: string, input: DemoSeedInput): Promise<DemoSeedResult> {
  const existing = await db
    .selectFrom("accounts")
    .select("id")
    .where("organization_id", "=", organizationId)
    .limit(1)
    .executeTakeFirst();
  if (existing) return { seeded: false, reason: "organization already has accounts" };
  const at = input.now.toISOString();
  const startDate = `${at.slice(0, 4)}-01-01`;
  const base = { organization_id: organizationId, created_at: at, updated_at: at };

  return db.transaction().execute(async (trx) => {
    const services = [
      {
        id: createId("svc", input.now),
        name: demoSpamTitanServiceName,
        sku: "ST-EMAIL",
        unit_price: "2.5",
        unit_cost: "1.2",
      },
      {
        id: createId("svc", input.now),
        name: "Microsoft 365 Business Basic",
        sku: "M365-BB",
        unit_price: "6",
        unit_cost: "5",
      },
      { id: createId("svc", input.now), name: "Managed Backup", sku: "BKP", unit_price: "4.75", unit_cost: "2" },
    ] as const;
    for (const service of services)
      await trx
        .insertInto("services")
        .values({ ...base, ...service })
        .execute();
    const [spamTitan, m365, backup] = services;

    const seen = new Set<string>();
    const accounts: { name: string; quantity: number | null; index: number }[] = [];
    input.groupNames.forEach((rawName, index) => {
      const relation = relationOf(index);
      const name = variantName(rawName.trim(), relation, index);
      if (relation === "no-account" || name === "" || seen.has(name)) return;
      seen.add(name);
      accounts.push({ name, quantity: input.quantities?.get(rawName) ?? plausibleQuantity(rawName), index });
    });
    unmatchedAccounts.forEach((name, i) => {
      if (!seen.has(name)) accounts.push({ name, quantity: null, index: input.groupNames.length + i });
    });

    let contractLines = 0;
    for (const [n, account] of accounts.entries()) {
      const accountId = createId("acc", input.now);
      await trx
        .insertInto("accounts")
        .values({ ...base, id: accountId, name: account.name, external_id: `PSA-${1000 + n}`, domain: null, active: 1 })
        .execute();
      const contractId = createId("ctr", input.now);
      await trx
        .insertInto("contracts")
        .values({
          ...base,
          id: contractId,
          account_id: accountId,
          name: "Managed Services",
          status: "active",
          start_date: startDate,
          end_date: null,
        })
        .execute();
      const vendorQuantity = account.quantity ?? 10 + (n % 7) * 5;
      const offBy = account.index % 6 === 1 ? (account.index % 12 === 1 ? 3 : -2) : 0;
      const lines = [
        ...(account.index % 13 === 5 ? [] : [{ service: spamTitan, quantity: Math.max(0, vendorQuantity + offBy) }]),
        ...(n % 3 === 0 ? [{ service: m365, quantity: vendorQuantity }] : []),
        ...(n % 4 === 0 ? [{ service: backup, quantity: 1 + (n % 5) }] : []),
      ];
      for (const line of lines) {
        await trx
          .insertInto("contract_lines")
          .values({
            ...base,
            id: createId("cln", input.now),
            contract_id: contractId,
            service_id: line.service.id,
            quantity: line.quantity,
            unit_price: line.service.unit_price,
          })
          .execute();
        contractLines++;
      }
    }
    const result = {
      seeded: true as const,
      accounts: accounts.length,
      services: services.length,
      contracts: accounts.length,
      contractLines,
    };
    await recordAuditEvent(trx, {
      organizationId,
      actor: systemActor,
      at: input.now,
      type: "demo.seeded",
      subject: { type: "organization", id: organizationId },
      after: result,
    });
    return result;
  });
}
