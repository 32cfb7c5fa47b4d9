import { request, requestAll } from "./request.ts";
import type { DirectoryService } from "./types.ts";

/** The fields a person edits on a catalog service. */
export interface ServiceFields {
  name: string;
  sku: string | null;
  unitPrice: number;
  unitCost: number;
}

/** `GET /api/v1/services` — the catalog with prices, all pages. */
export function listDirectoryServices(): Promise<DirectoryService[]> {
  return requestAll<DirectoryService>("/api/v1/services");
}

/** `POST /api/v1/services`. */
export function createService(fields: ServiceFields): Promise<DirectoryService> {
  return request<DirectoryService>("POST", "/api/v1/services", { body: fields });
}

/** `PATCH /api/v1/services/:id`. */
export function updateService(id: string, fields: Partial<ServiceFields>): Promise<DirectoryService> {
  return request<DirectoryService>("PATCH", `/api/v1/services/${encodeURIComponent(id)}`, { body: fields });
}
