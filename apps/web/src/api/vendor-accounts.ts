import { apiClient, callApi, callApiForAllPages } from "./api-client.ts";
import type { VendorAccount } from "./types.ts";

const vendorAccounts = () => apiClient().api.v1.integrations[":id"]["vendor-accounts"];

// The item routes answer "the vendor item as it now is" for either side, so the typed client
// infers a union; these routes only ever return a vendor account.
function asVendorAccount(item: VendorAccount | object): VendorAccount {
  return item as VendorAccount;
}

/** `GET /api/v1/integrations/:id/vendor-accounts` — every domain group with its mapping state and suggestions. */
export function listVendorAccounts(id: string): Promise<VendorAccount[]> {
  return callApiForAllPages((query) => callApi(vendorAccounts().$get({ param: { id }, query })));
}

/** `PUT .../vendor-accounts/:vaId/mapping {accountId}` — maps a domain group to an account. */
export async function mapVendorAccount(
  integrationId: string,
  vendorAccountId: string,
  accountId: string,
): Promise<VendorAccount> {
  const item = vendorAccounts()[":itemId"].mapping;
  return asVendorAccount(
    await callApi(item.$put({ param: { id: integrationId, itemId: vendorAccountId }, json: { accountId } })),
  );
}

/** `DELETE .../vendor-accounts/:vaId/mapping` — undoes a mapping. */
export async function unmapVendorAccount(integrationId: string, vendorAccountId: string): Promise<VendorAccount> {
  const item = vendorAccounts()[":itemId"].mapping;
  return asVendorAccount(await callApi(item.$delete({ param: { id: integrationId, itemId: vendorAccountId } })));
}

/** `PUT .../vendor-accounts/:vaId/exclusion` — excludes a domain group (it produces no cards). */
export async function excludeVendorAccount(integrationId: string, vendorAccountId: string): Promise<VendorAccount> {
  const item = vendorAccounts()[":itemId"].exclusion;
  return asVendorAccount(await callApi(item.$put({ param: { id: integrationId, itemId: vendorAccountId } })));
}

/** `DELETE .../vendor-accounts/:vaId/exclusion` — includes an excluded domain group again. */
export async function includeVendorAccount(integrationId: string, vendorAccountId: string): Promise<VendorAccount> {
  const item = vendorAccounts()[":itemId"].exclusion;
  return asVendorAccount(await callApi(item.$delete({ param: { id: integrationId, itemId: vendorAccountId } })));
}
