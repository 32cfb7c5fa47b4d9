import { request, requestAll } from "./request.ts";
import type { VendorService } from "./types.ts";

/** `GET /api/v1/integrations/:id/vendor-services` — the vendor's services with their mapping state. */
export function listVendorServices(id: string): Promise<VendorService[]> {
  return requestAll<VendorService>(`/api/v1/integrations/${encodeURIComponent(id)}/vendor-services`);
}

function vendorServicePath(integrationId: string, vendorServiceId: string, what: "mapping" | "exclusion"): string {
  return `/api/v1/integrations/${encodeURIComponent(integrationId)}/vendor-services/${encodeURIComponent(vendorServiceId)}/${what}`;
}

/** `PUT .../vendor-services/:vsId/mapping {serviceId}` — maps a vendor service to a catalog service. */
export function mapVendorService(
  integrationId: string,
  vendorServiceId: string,
  serviceId: string,
): Promise<VendorService> {
  return request("PUT", vendorServicePath(integrationId, vendorServiceId, "mapping"), { body: { serviceId } });
}

/** `DELETE .../vendor-services/:vsId/mapping` — undoes a service mapping. */
export function unmapVendorService(integrationId: string, vendorServiceId: string): Promise<VendorService> {
  return request("DELETE", vendorServicePath(integrationId, vendorServiceId, "mapping"));
}

/** `PUT .../vendor-services/:vsId/exclusion` — excludes a vendor service. */
export function excludeVendorService(integrationId: string, vendorServiceId: string): Promise<VendorService> {
  return request("PUT", vendorServicePath(integrationId, vendorServiceId, "exclusion"));
}

/** `DELETE .../vendor-services/:vsId/exclusion` — includes an excluded vendor service again. */
export function includeVendorService(integrationId: string, vendorServiceId: string): Promise<VendorService> {
  return request("DELETE", vendorServicePath(integrationId, vendorServiceId, "exclusion"));
}
