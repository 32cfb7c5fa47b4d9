import { apiClient, callApi, callApiForAllPages } from "./api-client.ts";
import type { Account, Service } from "./types.ts";

/** `GET /api/v1/accounts` — every account of the organization, all pages. */
export function listAccounts(): Promise<Account[]> {
  return callApiForAllPages((query) => callApi(apiClient().api.v1.accounts.$get({ query })));
}

/** `GET /api/v1/services` — the organization's whole service catalog, all pages. */
export function listServices(): Promise<Service[]> {
  return callApiForAllPages((query) => callApi(apiClient().api.v1.services.$get({ query })));
}
