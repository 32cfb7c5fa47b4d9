import type { TestApp, TestUser } from "../testing/create-test-app.ts";
import { insertSpamTitanIntegration } from "../testing/insert-spamtitan-integration.ts";

/** The names the demo-like data set uses; some need CSV quoting or formula neutralising. */
export const fixtureNames = {
  noChange: "Acme, Ltd",
  reconcileUp: 'Beta "Quoted" Co',
  reconcileDown: "=Formula Inc\nSecond line",
  newRevenue: "Gamma",
  missingUsage: "Delta",
  review: "Epsilon",
  summed: "+Plus Partners",
  unmappedAccount: "@At Home",
  excluded: "Zeta Excluded",
} as const;

type FixtureKey = keyof typeof fixtureNames;

let sequence = 0;
const nextId = (prefix: string) => `${prefix}_fixture_${(sequence++).toString().padStart(6, "0")}`;

/**
 * A demo-like organization for reconciliation tests: the directory through the API (accounts,
 * one service at 2.50, contracts and lines) and the integration side (integration, vendor
 * accounts and service, mappings, current usage) inserted directly into its tables, so that
 * every card kind appears:
 * no_change (40 = 40), reconcile (10 → 14 and 20 → 15), new_revenue (7, no line), missing_usage
 * (a mapped account with no usage, and an account with no vendor account), review (two lines),
 * a summed no_change (6 + 5 = 11), and an excluded vendor account that gives no card.
 */
export async function createReconciliationFixture(t: TestApp, owner: TestUser) {
  const org = owner.organizationId;
  const at = t.now().toISOString();
  const post = async (path: string, body: unknown) => {
    const response = await t.requestJson(path, "POST", owner.bearerHeaders, body);
    if (response.status !== 201) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { id: string }).id;
  };
  const serviceId = await post("/api/v1/services", { name: "SpamTitan Email Security", unitPrice: 2.5, unitCost: 1 });
  const otherServiceId = await post("/api/v1/services", { name: "Backup", unitPrice: 9, unitCost: 3 });
  const accounts = {} as Record<FixtureKey, string>;
  const contracts = {} as Record<FixtureKey, string>;
  for (const key of Object.keys(fixtureNames) as FixtureKey[]) {
    accounts[key] = await post("/api/v1/accounts", { name: fixtureNames[key] });
    contracts[key] = await post("/api/v1/contracts", {
      accountId: accounts[key],
      name: `${fixtureNames[key]} contract`,
      startDate: "2026-01-01",
    });
  }
  const lines: Partial<Record<FixtureKey, string>> = {};
  const addLine = async (key: FixtureKey, quantity: number, service = serviceId) =>
    post(`/api/v1/contracts/${contracts[key]}/lines`, { serviceId: service, quantity });
  lines.noChange = await addLine("noChange", 40);
  lines.reconcileUp = await addLine("reconcileUp", 10);
  lines.reconcileDown = await addLine("reconcileDown", 20);
  lines.missingUsage = await addLine("missingUsage", 5);
  const reviewLines = [await addLine("review", 3), await addLine("review", 4)];
  lines.summed = await addLine("summed", 11);
  lines.unmappedAccount = await addLine("unmappedAccount", 8);
  // A line of an unmapped service never makes a card.
  await addLine("noChange", 2, otherServiceId);

  const integrationId = nextId("int");
  const vendorServiceId = nextId("vsv");
  await insertSpamTitanIntegration(t.db, { organizationId: org, serviceId, integrationId, vendorServiceId, at });

  const vendorAccounts: Record<string, string> = {};
  const addVendorAccount = async (name: string, target: string | null, status: "mapped" | "excluded" | null) => {
    const id = nextId("vac");
    vendorAccounts[name] = id;
    await t.db
      .insertInto("vendor_accounts")
      .values({
        id,
        organization_id: org,
        integration_id: integrationId,
        external_id: id,
        name,
        domains: JSON.stringify([`${id}.example`]),
        created_at: at,
        updated_at: at,
      })
      .execute();
    if (status !== null) {
      await t.db
        .insertInto("account_mappings")
        .values({
          organization_id: org,
          integration_id: integrationId,
          vendor_account_id: id,
          status,
          account_id: target,
          mapped_by: status === "mapped" ? "user" : null,
          updated_at: at,
        })
        .execute();
    }
    return id;
  };
  const usage = [
    ["noChange", 40],
    ["reconcileUp", 14],
    ["reconcileDown", 15],
    ["newRevenue", 7],
    ["review", 9],
  ] as const;
  for (const [key, quantity] of usage) {
    const id = await addVendorAccount(fixtureNames[key], accounts[key], "mapped");
    await setCurrentUsage(t, { org, integrationId, vendorServiceId }, id, quantity);
  }
  await addVendorAccount(fixtureNames.missingUsage, accounts.missingUsage, "mapped");
  const summedA = await addVendorAccount("plus-a", accounts.summed, "mapped");
  const summedB = await addVendorAccount("plus-b", accounts.summed, "mapped");
  await setCurrentUsage(t, { org, integrationId, vendorServiceId }, summedA, 6);
  await setCurrentUsage(t, { org, integrationId, vendorServiceId }, summedB, 5);
  const excluded = await addVendorAccount(fixtureNames.excluded, null, "excluded");
  await setCurrentUsage(t, { org, integrationId, vendorServiceId }, excluded, 99);
  const unmapped = await addVendorAccount("Nobody's group", null, null);
  await setCurrentUsage(t, { org, integrationId, vendorServiceId }, unmapped, 12);

  const scope = { org, integrationId, vendorServiceId };
  return {
    ...scope,
    serviceId,
    otherServiceId,
    accounts,
    contracts,
    lines,
    reviewLines,
    vendorAccounts,
    /** The card id of an account of the data set in `period` (default the test clock's month). */
    cardId: (key: FixtureKey, period = "2026-12") => `spamtitan:${period}:${accounts[key]}:${serviceId}`,
    /** Sets one vendor account's current usage, as a sync would. */
    setUsage: (vendorAccountId: string, quantity: number) => setCurrentUsage(t, scope, vendorAccountId, quantity),
  };
}

/** Upserts one vendor account's current usage with a 30-day series whose maximum is `quantity`. */
export async function setCurrentUsage(
  t: TestApp,
  scope: { org: string; integrationId: string; vendorServiceId: string },
  vendorAccountId: string,
  quantity: number,
): Promise<void> {
  const days = Array.from({ length: 31 }, (_, i) => ({
    date: new Date(Date.UTC(2026, 10, 3 + i)).toISOString().slice(0, 10),
    // Saturday 2026-11-07 carries the maximum, so the weekday (portal) figure is one lower.
    usage: i === 4 ? quantity : Math.max(0, quantity - 1),
  }));
  const row = {
    organization_id: scope.org,
    integration_id: scope.integrationId,
    vendor_account_id: vendorAccountId,
    vendor_service_id: scope.vendorServiceId,
    quantity,
    portal_quantity: Math.max(0, quantity - 1),
    window_start: "2026-11-03",
    window_end: "2026-12-03",
    max_day: "2026-11-07",
    days: JSON.stringify(days),
    explanation: `Billed ${quantity}: the highest licensed usage the vendor reports from 2026-11-03 to 2026-12-03.`,
    sync_run_id: "syn_fixture",
    synced_at: t.now().toISOString(),
  };
  await t.db
    .insertInto("current_usage")
    .values(row)
    .onConflict((oc) => oc.columns(["vendor_account_id", "vendor_service_id"]).doUpdateSet(row))
    .execute();
}
