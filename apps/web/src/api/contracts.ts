import { apiClient, callApi, callApiForAllPages } from "./api-client.ts";
import type { Contract, ContractLine, ContractStatus } from "./types.ts";

const contracts = () => apiClient().api.v1.contracts;
const contractLines = () => apiClient().api.v1["contract-lines"];

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
  return callApiForAllPages((query) =>
    callApi(contracts().$get({ query: accountId ? { accountId, ...query } : query })),
  );
}

/** `POST /api/v1/contracts`. */
export function createContract(fields: ContractFields): Promise<Contract> {
  return callApi(contracts().$post({ json: fields }));
}

/** `PATCH /api/v1/contracts/:id`. */
export function updateContract(id: string, fields: Partial<ContractFields>): Promise<Contract> {
  return callApi(contracts()[":id"].$patch({ param: { id }, json: fields }));
}

/** `GET /api/v1/contracts/:id/lines` — the contract's billed lines. */
export function listContractLines(contractId: string): Promise<ContractLine[]> {
  return callApiForAllPages((query) => callApi(contracts()[":id"].lines.$get({ param: { id: contractId }, query })));
}

/** `POST /api/v1/contracts/:id/lines` — unitPrice defaults to the service's. */
export function createContractLine(contractId: string, fields: ContractLineFields): Promise<ContractLine> {
  return callApi(contracts()[":id"].lines.$post({ param: { id: contractId }, json: fields }));
}

/** `PATCH /api/v1/contract-lines/:id`. */
export function updateContractLine(id: string, fields: Partial<ContractLineFields>): Promise<ContractLine> {
  return callApi(contractLines()[":id"].$patch({ param: { id }, json: fields }));
}

/** `DELETE /api/v1/contract-lines/:id`. */
export async function deleteContractLine(id: string): Promise<void> {
  await callApi(contractLines()[":id"].$delete({ param: { id } }));
}
