import { apiClient, callApi, callApiForAllPages } from "./api-client.ts";
import type { DirectoryAccount } from "./types.ts";

const accounts = () => apiClient().api.v1.accounts;

/** The fields a person edits on an account. */
export interface AccountFields {
  name: string;
  externalId: string | null;
  domain: string | null;
  active: boolean;
}

/** `GET /api/v1/accounts` — every account with all its fields, all pages. */
export function listDirectoryAccounts(): Promise<DirectoryAccount[]> {
  return callApiForAllPages((query) => callApi(accounts().$get({ query })));
}

/** `POST /api/v1/accounts`. */
export function createAccount(fields: AccountFields): Promise<DirectoryAccount> {
  return callApi(accounts().$post({ json: fields }));
}

/** `PATCH /api/v1/accounts/:id`. */
export function updateAccount(id: string, fields: Partial<AccountFields>): Promise<DirectoryAccount> {
  return callApi(accounts()[":id"].$patch({ param: { id }, json: fields }));
}
