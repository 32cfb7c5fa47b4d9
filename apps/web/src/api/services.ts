import { apiClient, callApi, callApiForAllPages } from "./api-client.ts";
import type { DirectoryService } from "./types.ts";

const services = () => apiClient().api.v1.services;

/** The fields a person edits on a catalog service. */
export interface ServiceFields {
  name: string;
  sku: string | null;
  unitPrice: number;
  unitCost: number;
}

/** `GET /api/v1/services` — the catalog with prices, all pages. */
export function listDirectoryServices(): Promise<DirectoryService[]> {
  return callApiForAllPages((query) => callApi(services().$get({ query })));
}

/** `POST /api/v1/services`. */
export function createService(fields: ServiceFields): Promise<DirectoryService> {
  return callApi(services().$post({ json: fields }));
}

/** `PATCH /api/v1/services/:id`. */
export function updateService(id: string, fields: Partial<ServiceFields>): Promise<DirectoryService> {
  return callApi(services()[":id"].$patch({ param: { id }, json: fields }));
}
