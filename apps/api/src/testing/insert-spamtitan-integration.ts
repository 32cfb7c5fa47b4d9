import type { Db } from "../db/open-database.ts";
import { spamTitanVendorService } from "../integrations/spamtitan-adapter.ts";

/**
 * Inserts an active SpamTitan integration straight into its tables, as a finished connect
 * leaves it, with SpamTitan's one vendor service mapped to `serviceId`: the base of the
 * reconciliation fixtures and of the benchmarks' large data sets. It stores no key and points
 * at a loopback port where nothing listens, so it never syncs.
 *
 * @example await insertSpamTitanIntegration(trx, { organizationId, serviceId, integrationId: "int_bench", vendorServiceId: "vsv_bench", at });
 */
export async function insertSpamTitanIntegration(
  db: Db,
  input: { organizationId: string; serviceId: string; integrationId: string; vendorServiceId: string; at: string },
): Promise<void> {
  const { organizationId, integrationId, vendorServiceId, at } = input;
  await db
    .insertInto("integrations")
    .values({
      id: integrationId,
      organization_id: organizationId,
      vendor: "spamtitan",
      module: "billing",
      status: "active",
      api_url: "http://127.0.0.1:1",
      api_key_ciphertext: null,
      key_hint: "abcd",
      last_sync_run_id: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await db
    .insertInto("vendor_services")
    .values({
      id: vendorServiceId,
      organization_id: organizationId,
      integration_id: integrationId,
      external_id: spamTitanVendorService.externalId,
      name: spamTitanVendorService.name,
      created_at: at,
    })
    .execute();
  await db
    .insertInto("service_mappings")
    .values({
      organization_id: organizationId,
      integration_id: integrationId,
      vendor_service_id: vendorServiceId,
      status: "mapped",
      service_id: input.serviceId,
      mapped_by: "user",
      updated_at: at,
    })
    .execute();
}
