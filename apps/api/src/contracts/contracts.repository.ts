import { containsText } from "../db/contains-text.ts";
import type {
  ContractLineRow,
  ContractLineUpdate,
  ContractRow,
  ContractUpdate,
  NewContractLineRow,
  NewContractRow,
} from "../db/database.ts";
import type { Db } from "../db/open-database.ts";

/** Filters of the contract list. */
export interface ContractFilter {
  q?: string | undefined;
  accountId?: string | undefined;
  status?: ContractRow["status"] | undefined;
}

function selectContracts(db: Db, organizationId: string) {
  return db
    .selectFrom("contracts")
    .innerJoin("accounts", "accounts.id", "contracts.account_id")
    .selectAll("contracts")
    .select("accounts.name as account_name")
    .where("contracts.organization_id", "=", organizationId);
}

/** An organization's contracts (with account names) in id order after the keyset id; `q` matches contract or account name. */
export function listContractRows(
  db: Db,
  organizationId: string,
  filter: ContractFilter,
  after: string | undefined,
  take: number,
) {
  let query = selectContracts(db, organizationId);
  const q = filter.q;
  if (q !== undefined)
    query = query.where((eb) => eb.or([containsText("contracts.name", q), containsText("accounts.name", q)]));
  if (filter.accountId !== undefined) query = query.where("contracts.account_id", "=", filter.accountId);
  if (filter.status !== undefined) query = query.where("contracts.status", "=", filter.status);
  if (after !== undefined) query = query.where("contracts.id", ">", after);
  return query.orderBy("contracts.id").limit(take).execute();
}

/** One contract of the organization, with its account's name. */
export function findContractRow(db: Db, organizationId: string, id: string) {
  return selectContracts(db, organizationId).where("contracts.id", "=", id).executeTakeFirst();
}

/** Inserts a contract. */
export async function insertContractRow(db: Db, row: NewContractRow): Promise<void> {
  await db.insertInto("contracts").values(row).execute();
}

/** Updates a contract of the organization. */
export async function updateContractRow(
  db: Db,
  organizationId: string,
  id: string,
  changes: ContractUpdate,
): Promise<void> {
  await db
    .updateTable("contracts")
    .set(changes)
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .execute();
}

/** A contract's lines in id order after the keyset id. */
export function listContractLineRows(
  db: Db,
  organizationId: string,
  contractId: string,
  after: string | undefined,
  take: number,
): Promise<ContractLineRow[]> {
  let query = db
    .selectFrom("contract_lines")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("contract_id", "=", contractId);
  if (after !== undefined) query = query.where("id", ">", after);
  return query.orderBy("id").limit(take).execute();
}

/** One contract line of the organization. */
export function findContractLineRow(db: Db, organizationId: string, id: string): Promise<ContractLineRow | undefined> {
  return db
    .selectFrom("contract_lines")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** The lines of a contract billing one service. */
export function findContractLinesByService(
  db: Db,
  organizationId: string,
  contractId: string,
  serviceId: string,
): Promise<ContractLineRow[]> {
  return db
    .selectFrom("contract_lines")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("contract_id", "=", contractId)
    .where("service_id", "=", serviceId)
    .orderBy("id")
    .execute();
}

/** Inserts a contract line. */
export async function insertContractLineRow(db: Db, row: NewContractLineRow): Promise<void> {
  await db.insertInto("contract_lines").values(row).execute();
}

/** Updates a contract line of the organization. */
export async function updateContractLineRow(
  db: Db,
  organizationId: string,
  id: string,
  changes: ContractLineUpdate,
): Promise<void> {
  await db
    .updateTable("contract_lines")
    .set(changes)
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .execute();
}

/** Deletes a contract line of the organization. */
export async function deleteContractLineRow(db: Db, organizationId: string, id: string): Promise<void> {
  await db.deleteFrom("contract_lines").where("organization_id", "=", organizationId).where("id", "=", id).execute();
}
