import { apiClient, callApi, callApiForAllPages } from "./api-client.ts";
import type { VendorService } from "./types.ts";

const vendorServices = () => apiClient().api.v1.integrations[":id"]["vendor-services"];

// Like the vendor-account routes, the item routes are typed as either side; these return a service.
function asVendorService(item: VendorService | object): VendorService {
  return item as VendorService;
}

/** `GET /api/v1/integrations/:id/vendor-services` — the vendor's services with their mapping state. */
export function listVendorServices(id: string): Promise<VendorService[]> {
  return callApiForAllPages((query) => callApi(vendorServices().$get({ param: { id }, query })));
}

/** `PUT .../vendor-services/:vsId/mapping {serviceId}` — maps a vendor service to a catalog service. */
export async function mapVendorService(
  integrationId: string,
  vendorServiceId: string,
  serviceId: string,
): Promise<VendorService> {
  const item = vendorServices()[":itemId"].mapping;
  return asVendorService(
    await callApi(item.$put({ param: { id: integrationId, itemId: vendorServiceId }, json: { serviceId } })),
  );
}

/** `DELETE .../vendor-services/:vsId/mapping` — undoes a service mapping. */
export async function unmapVendorService(integrationId: string, vendorServiceId: string): Promise<VendorService> {
  const item = vendorServices()[":itemId"].mapping;
  return asVendorService(await callApi(item.$delete({ param: { id: integrationId, itemId: vendorServiceId } })));
}

/** `PUT .../vendor-services/:vsId/exclusion` — excludes a vendor service. */
export async function excludeVendorService(integrationId: string, vendorServiceId: string): Promise<VendorService> {
  const item = vendorServices()[":itemId"].exclusion;
  return asVendorService(await callApi(item.$put({ param: { id: integrationId, itemId: vendorServiceId } })));
}

/** `DELETE .../vendor-services/:vsId/exclusion` — includes an excluded vendor service again. */
export async function includeVendorService(integrationId: string, vendorServiceId: string): Promise<VendorService> {
  const item = vendorServices()[":itemId"].exclusion;
  return asVendorService(await callApi(item.$delete({ param: { id: integrationId, itemId: vendorServiceId } })));
}
