import { request, requestAll } from "./request.ts";
import type { VendorAccount } from "./types.ts";

/** `GET /api/v1/integrations/:id/vendor-accounts` — every domain group with its mapping state and suggestions. */
export function listVendorAccounts(id: string): Promise<VendorAccount[]> {
  return requestAll<VendorAccount>(`/api/v1/integrations/${encodeURIComponent(id)}/vendor-accounts`);
}

function vendorAccountPath(integrationId: string, vendorAccountId: string, what: "mapping" | "exclusion"): string {
  return `/api/v1/integrations/${encodeURIComponent(integrationId)}/vendor-accounts/${encodeURIComponent(vendorAccountId)}/${what}`;
}

/** `PUT .../vendor-accounts/:vaId/mapping {accountId}` — maps a domain group to an account. */
export function mapVendorAccount(
  integrationId: string,
  vendorAccountId: string,
  accountId: string,
): Promise<VendorAccount> {
  return request("PUT", vendorAccountPath(integrationId, vendorAccountId, "mapping"), { body: { accountId } });
}

/** `DELETE .../vendor-accounts/:vaId/mapping` — undoes a mapping. */
export function unmapVendorAccount(integrationId: string, vendorAccountId: string): Promise<VendorAccount> {
  return request("DELETE", vendorAccountPath(integrationId, vendorAccountId, "mapping"));
}

/** `PUT .../vendor-accounts/:vaId/exclusion` — excludes a domain group (it produces no cards). */
export function excludeVendorAccount(integrationId: string, vendorAccountId: string): Promise<VendorAccount> {
  return request("PUT", vendorAccountPath(integrationId, vendorAccountId, "exclusion"));
}

/** `DELETE .../vendor-accounts/:vaId/exclusion` — includes an excluded domain group again. */
export function includeVendorAccount(integrationId: string, vendorAccountId: string): Promise<VendorAccount> {
  return request("DELETE", vendorAccountPath(integrationId, vendorAccountId, "exclusion"));
}
