import { containsText } from "../db/contains-text.ts";
import type { AccountRow, AccountUpdate, NewAccountRow } from "../db/database.ts";
import type { Db } from "../db/open-database.ts";

/** Filters of the account list. */
export interface AccountFilter {
  q?: string | undefined;
  active?: boolean | undefined;
}

/** An organization's accounts in id order after the keyset id; `q` matches name, external id or domain. */
export function listAccountRows(
  db: Db,
  organizationId: string,
  filter: AccountFilter,
  after: string | undefined,
  take: number,
): Promise<AccountRow[]> {
  let query = db.selectFrom("accounts").selectAll().where("organization_id", "=", organizationId);
  const q = filter.q;
  if (q !== undefined) {
    query = query.where((eb) =>
      eb.or([containsText("name", q), containsText("external_id", q), containsText("domain", q)]),
    );
  }
  if (filter.active !== undefined) query = query.where("active", "=", filter.active ? 1 : 0);
  if (after !== undefined) query = query.where("id", ">", after);
  return query.orderBy("id").limit(take).execute();
}

/** One account of the organization. */
export function findAccountRow(db: Db, organizationId: string, id: string): Promise<AccountRow | undefined> {
  return db
    .selectFrom("accounts")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** The organization's account with this external (PSA) id. */
export function findAccountByExternalId(
  db: Db,
  organizationId: string,
  externalId: string,
): Promise<AccountRow | undefined> {
  return db
    .selectFrom("accounts")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("external_id", "=", externalId)
    .executeTakeFirst();
}

/** The organization's accounts whose name is exactly one of `names`. */
export function findAccountsByName(db: Db, organizationId: string, names: string[]): Promise<AccountRow[]> {
  if (names.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("accounts")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("name", "in", names)
    .execute();
}

/** Inserts an account. */
export async function insertAccountRow(db: Db, row: NewAccountRow): Promise<void> {
  await db.insertInto("accounts").values(row).execute();
}

/** Updates an account of the organization. */
export async function updateAccountRow(
  db: Db,
  organizationId: string,
  id: string,
  changes: AccountUpdate,
): Promise<void> {
  await db
    .updateTable("accounts")
    .set(changes)
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .execute();
}

/** Deletes an account of the organization. */
export async function deleteAccountRow(db: Db, organizationId: string, id: string): Promise<void> {
  await db.deleteFrom("accounts").where("organization_id", "=", organizationId).where("id", "=", id).execute();
}

/** How many contracts an account has. */
export async function countContractsOfAccount(db: Db, organizationId: string, accountId: string): Promise<number> {
  const row = await db
    .selectFrom("contracts")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("organization_id", "=", organizationId)
    .where("account_id", "=", accountId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
