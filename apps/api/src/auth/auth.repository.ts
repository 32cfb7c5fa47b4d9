import type { UserRow } from "../db/database.ts";
import type { Db } from "../db/open-database.ts";

/** Finds a user by email across organizations (emails are unique; login knows no org yet). */
export function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("email", "=", email.toLowerCase()).executeTakeFirst();
}

/** Stores a session under the hash of its cookie value. */
export async function insertSession(
  db: Db,
  organizationId: string,
  session: { idHash: string; userId: string; createdAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto("sessions")
    .values({
      id: session.idHash,
      organization_id: organizationId,
      user_id: session.userId,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
    })
    .execute();
}

/** The user of an unexpired session, by the session's hash. */
export function findUserBySession(db: Db, idHash: string, nowIso: string): Promise<UserRow | undefined> {
  return db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .selectAll("users")
    .where("sessions.id", "=", idHash)
    .where("sessions.expires_at", ">", nowIso)
    .executeTakeFirst();
}

/** Deletes one session by its hash. */
export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", idHash).execute();
}

/** The user and token id of an unrevoked API token, by the token's hash. */
export function findUserByTokenHash(db: Db, tokenHash: string): Promise<(UserRow & { token_id: string }) | undefined> {
  return db
    .selectFrom("api_tokens")
    .innerJoin("users", "users.id", "api_tokens.user_id")
    .selectAll("users")
    .select("api_tokens.id as token_id")
    .where("api_tokens.token_hash", "=", tokenHash)
    .where("api_tokens.revoked_at", "is", null)
    .executeTakeFirst();
}
