import { createId } from "../src/db/create-id.ts";
import type { Db } from "../src/db/open-database.ts";

/** A domain group's current usage of the vendor service, as a sync would have written it. */
export interface SyntheticUsage {
  quantity: number;
  portalQuantity: number;
  windowStart: string | null;
  windowEnd: string | null;
  maxDay: string | null;
  days: { date: string; usage: number }[];
  explanation: string;
}

/** Customer n of a large data set: its directory side and its SpamTitan domain group. */
export interface SyntheticCustomer {
  /** The account's name (its external id is `PSA-n`). */
  name: string;
  domain: string | null;
  contractName: string;
  lines: { serviceId: string; quantity: number; unitPrice: string }[];
  /** Domain group n: vendor account `vac_bench_n`, external id `n`, named `Customer n`. */
  domainGroup: { domains: string[]; mapped: boolean; usage: SyntheticUsage | null };
}

/**
 * Seeds `count` customers, each as `describe(n)` says, in batches of 250: an active account
 * with one active contract from 2026-01-01 and its lines, and a domain group of the integration,
 * auto-mapped to the account or left unmapped, with or without current usage. Ids are made in
 * table order within each batch, so every list pages in customer order.
 *
 * @example await seedSyntheticCustomers(trx, { organizationId, integrationId, vendorServiceId, syncRunId: "syn_bench", now, count: 5_000, describe });
 */
export async function seedSyntheticCustomers(
  db: Db,
  input: {
    organizationId: string;
    integrationId: string;
    vendorServiceId: string;
    syncRunId: string;
    now: Date;
    count: number;
    describe: (n: number) => SyntheticCustomer;
  },
): Promise<void> {
  const { organizationId, integrationId, now } = input;
  const at = now.toISOString();
  for (let start = 0; start < input.count; start += 250) {
    const batch = Array.from({ length: Math.min(250, input.count - start) }, (_, k) => {
      const n = start + k;
      return { n, customer: input.describe(n), accountId: createId("acc", now), vendorAccountId: `vac_bench_${n}` };
    });
    await db
      .insertInto("accounts")
      .values(
        batch.map(({ n, customer, accountId }) => ({
          id: accountId,
          organization_id: organizationId,
          name: customer.name,
          external_id: `PSA-${n}`,
          domain: customer.domain,
          active: 1,
          created_at: at,
          updated_at: at,
        })),
      )
      .execute();
    const contracts = batch.map(({ customer, accountId }) => ({
      id: createId("ctr", now),
      organization_id: organizationId,
      account_id: accountId,
      name: customer.contractName,
      status: "active" as const,
      start_date: "2026-01-01",
      end_date: null,
      created_at: at,
      updated_at: at,
    }));
    await db.insertInto("contracts").values(contracts).execute();
    const lines = batch.flatMap(({ customer }, k) =>
      customer.lines.map((line) => ({
        id: createId("cln", now),
        organization_id: organizationId,
        contract_id: contracts[k]?.id ?? "",
        service_id: line.serviceId,
        quantity: line.quantity,
        unit_price: line.unitPrice,
        created_at: at,
        updated_at: at,
      })),
    );
    if (lines.length > 0) await db.insertInto("contract_lines").values(lines).execute();
    await db
      .insertInto("vendor_accounts")
      .values(
        batch.map(({ n, customer, vendorAccountId }) => ({
          id: vendorAccountId,
          organization_id: organizationId,
          integration_id: integrationId,
          external_id: String(n),
          name: `Customer ${n}`,
          domains: JSON.stringify(customer.domainGroup.domains),
          created_at: at,
          updated_at: at,
        })),
      )
      .execute();
    const mapped = batch.filter(({ customer }) => customer.domainGroup.mapped);
    if (mapped.length > 0) {
      await db
        .insertInto("account_mappings")
        .values(
          mapped.map(({ accountId, vendorAccountId }) => ({
            organization_id: organizationId,
            integration_id: integrationId,
            vendor_account_id: vendorAccountId,
            status: "mapped" as const,
            account_id: accountId,
            mapped_by: "auto" as const,
            updated_at: at,
          })),
        )
        .execute();
    }
    const usage = batch.flatMap(({ customer, vendorAccountId }) => {
      const { usage } = customer.domainGroup;
      return usage === null ? [] : [{ vendorAccountId, usage }];
    });
    if (usage.length > 0) {
      await db
        .insertInto("current_usage")
        .values(
          usage.map(({ vendorAccountId, usage }) => ({
            organization_id: organizationId,
            integration_id: integrationId,
            vendor_account_id: vendorAccountId,
            vendor_service_id: input.vendorServiceId,
            quantity: usage.quantity,
            portal_quantity: usage.portalQuantity,
            window_start: usage.windowStart,
            window_end: usage.windowEnd,
            max_day: usage.maxDay,
            days: JSON.stringify(usage.days),
            explanation: usage.explanation,
            sync_run_id: input.syncRunId,
            synced_at: at,
          })),
        )
        .execute();
    }
  }
}
