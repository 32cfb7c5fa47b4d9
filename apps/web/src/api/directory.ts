import { requestAll } from "./request.ts";
import type { Account, Service } from "./types.ts";

/** `GET /api/v1/accounts` — every account of the organization, all pages. */
export function listAccounts(): Promise<Account[]> {
  return requestAll<Account>("/api/v1/accounts");
}

/** `GET /api/v1/services` — the organization's whole service catalog, all pages. */
export function listServices(): Promise<Service[]> {
  return requestAll<Service>("/api/v1/services");
}
