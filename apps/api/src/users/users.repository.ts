import type { NewUserRow, UserRow, UserUpdate } from "../db/database.ts";
import type { Db } from "../db/open-database.ts";

/** An organization's users, oldest first, after the keyset id. */
export function listUserRows(
  db: Db,
  organizationId: string,
  after: string | undefined,
  take: number,
): Promise<UserRow[]> {
  let query = db.selectFrom("users").selectAll().where("organization_id", "=", organizationId);
  if (after !== undefined) query = query.where("id", ">", after);
  return query.orderBy("id").limit(take).execute();
}

/** One user of the organization. */
export function findUserRow(db: Db, organizationId: string, id: string): Promise<UserRow | undefined> {
  return db
    .selectFrom("users")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Whether an email is taken (in any organization: login is by email). */
export async function isEmailTaken(db: Db, email: string): Promise<boolean> {
  return (await db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirst()) !== undefined;
}

/** How many owners the organization has. */
export async function countOwners(db: Db, organizationId: string): Promise<number> {
  const rows = await db
    .selectFrom("users")
    .select("id")
    .where("organization_id", "=", organizationId)
    .where("role", "=", "owner")
    .execute();
  return rows.length;
}

/** Inserts a user. */
export async function insertUserRow(db: Db, row: NewUserRow): Promise<void> {
  await db.insertInto("users").values(row).execute();
}

/** Updates a user of the organization. */
export async function updateUserRow(db: Db, organizationId: string, id: string, changes: UserUpdate): Promise<void> {
  await db
    .updateTable("users")
    .set(changes)
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .execute();
}

/** Deletes a user (sessions and tokens go with it). */
export async function deleteUserRow(db: Db, organizationId: string, id: string): Promise<void> {
  await db.deleteFrom("users").where("organization_id", "=", organizationId).where("id", "=", id).execute();
}
