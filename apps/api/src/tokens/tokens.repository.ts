import type { ApiTokenRow } from "../db/database.ts";
import type { Db } from "../db/open-database.ts";

/** Stores a new token (its hash only). */
export async function insertApiToken(db: Db, organizationId: string, row: Omit<ApiTokenRow, "organization_id">) {
  await db
    .insertInto("api_tokens")
    .values({ ...row, organization_id: organizationId })
    .execute();
}

/** A user's tokens, oldest first, after the keyset id. */
export function listApiTokenRows(
  db: Db,
  organizationId: string,
  userId: string,
  after: string | undefined,
  take: number,
): Promise<ApiTokenRow[]> {
  let query = db
    .selectFrom("api_tokens")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("user_id", "=", userId);
  if (after !== undefined) query = query.where("id", ">", after);
  return query.orderBy("id").limit(take).execute();
}

/** One of a user's tokens. */
export function findApiTokenRow(db: Db, organizationId: string, userId: string, id: string) {
  return db
    .selectFrom("api_tokens")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("user_id", "=", userId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Marks a token revoked. */
export async function revokeApiTokenRow(db: Db, organizationId: string, id: string, revokedAt: string) {
  await db
    .updateTable("api_tokens")
    .set({ revoked_at: revokedAt })
    .where("organization_id", "=", organizationId)
    .where("id", "=", id)
    .execute();
}
