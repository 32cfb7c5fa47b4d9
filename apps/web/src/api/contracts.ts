import { request, requestAll } from "./request.ts";
import type { Contract, ContractLine, ContractStatus } from "./types.ts";

/** The fields a person edits on a contract. */
export interface ContractFields {
  accountId: string;
  name: string;
  status: ContractStatus;
  startDate: string;
  endDate: string | null;
}

/** The fields a person edits on a contract line. */
export interface ContractLineFields {
  serviceId: string;
  quantity: number;
  unitPrice?: number;
}

/** `GET /api/v1/contracts` — every contract (optionally of one account), all pages. */
export function listContracts(accountId?: string): Promise<Contract[]> {
  return requestAll<Contract>("/api/v1/contracts", { accountId });
}

/** `POST /api/v1/contracts`. */
export function createContract(fields: ContractFields): Promise<Contract> {
  return request<Contract>("POST", "/api/v1/contracts", { body: fields });
}

/** `PATCH /api/v1/contracts/:id`. */
export function updateContract(id: string, fields: Partial<ContractFields>): Promise<Contract> {
  return request<Contract>("PATCH", `/api/v1/contracts/${encodeURIComponent(id)}`, { body: fields });
}

/** `GET /api/v1/contracts/:id/lines` — the contract's billed lines. */
export function listContractLines(contractId: string): Promise<ContractLine[]> {
  return requestAll<ContractLine>(`/api/v1/contracts/${encodeURIComponent(contractId)}/lines`);
}

/** `POST /api/v1/contracts/:id/lines` — unitPrice defaults to the service's. */
export function createContractLine(contractId: string, fields: ContractLineFields): Promise<ContractLine> {
  return request<ContractLine>("POST", `/api/v1/contracts/${encodeURIComponent(contractId)}/lines`, { body: fields });
}

/** `PATCH /api/v1/contract-lines/:id`. */
export function updateContractLine(id: string, fields: Partial<ContractLineFields>): Promise<ContractLine> {
  return request<ContractLine>("PATCH", `/api/v1/contract-lines/${encodeURIComponent(id)}`, { body: fields });
}

/** `DELETE /api/v1/contract-lines/:id`. */
export async function deleteContractLine(id: string): Promise<void> {
  await request<unknown>("DELETE", `/api/v1/contract-lines/${encodeURIComponent(id)}`);
}
