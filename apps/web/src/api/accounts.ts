import { request, requestAll } from "./request.ts";
import type { DirectoryAccount } from "./types.ts";

/** The fields a person edits on an account. */
export interface AccountFields {
  name: string;
  externalId: string | null;
  domain: string | null;
  active: boolean;
}

/** `GET /api/v1/accounts` — every account with all its fields, all pages. */
export function listDirectoryAccounts(): Promise<DirectoryAccount[]> {
  return requestAll<DirectoryAccount>("/api/v1/accounts");
}

/** `POST /api/v1/accounts`. */
export function createAccount(fields: AccountFields): Promise<DirectoryAccount> {
  return request<DirectoryAccount>("POST", "/api/v1/accounts", { body: fields });
}

/** `PATCH /api/v1/accounts/:id`. */
export function updateAccount(id: string, fields: Partial<AccountFields>): Promise<DirectoryAccount> {
  return request<DirectoryAccount>("PATCH", `/api/v1/accounts/${encodeURIComponent(id)}`, { body: fields });
}
