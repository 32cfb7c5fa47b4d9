import { actorOf, recordAuditEvent } from "../audit/record-audit-event.ts";
import { hashPassword } from "../auth/passwords.ts";
import { createId } from "../db/create-id.ts";
import type { Db } from "../db/open-database.ts";
import { ApiError, conflict, notFound } from "../http/api-error.ts";
import type { Actor } from "../http/app-env.ts";
import type { UserRole } from "./roles.ts";
import { rowToUser, type User } from "./user.ts";
import {
  countOwners,
  deleteUserRow,
  findUserRow,
  insertUserRow,
  isEmailTaken,
  updateUserRow,
} from "./users.repository.ts";

/** A new user's fields. */
export interface NewUser {
  email: string;
  name: string;
  role: UserRole;
  password: string;
}

/** The fields a user update may change. */
export interface UserChanges {
  name?: string | undefined;
  role?: UserRole | undefined;
  password?: string | undefined;
}

function assertMayGrant(actor: Actor, role: UserRole): void {
  if (role === "owner" && actor.role !== "owner") {
    throw new ApiError(403, "forbidden", "Only an owner can make or change an owner.");
  }
}

/**
 * Adds a user to the actor's organization (admin and up; only owners add owners).
 *
 * @example await createUser(db, actor, { email, name, role: "viewer", password }, new Date());
 */
export async function createUser(db: Db, actor: Actor, input: NewUser, now: Date): Promise<User> {
  assertMayGrant(actor, input.role);
  const email = input.email.toLowerCase();
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    if (await isEmailTaken(trx, email)) throw conflict("A user with this email already exists.");
    const at = now.toISOString();
    const row = {
      id: createId("usr", now),
      organization_id: actor.organizationId,
      email,
      name: input.name,
      role: input.role,
      password_hash: passwordHash,
      created_at: at,
      updated_at: at,
    };
    await insertUserRow(trx, row);
    const user = rowToUser(row);
    await recordAuditEvent(trx, {
      organizationId: actor.organizationId,
      actor: actorOf(actor),
      at: now,
      type: "user.created",
      subject: { type: "user", id: user.id },
      after: user,
    });
    return user;
  });
}

/** Changes a user's name, role or password; the last owner cannot be demoted. */
export async function updateUser(db: Db, actor: Actor, id: string, changes: UserChanges, now: Date): Promise<User> {
  const passwordHash = changes.password === undefined ? undefined : await hashPassword(changes.password);
  return db.transaction().execute(async (trx) => {
    const row = await findUserRow(trx, actor.organizationId, id);
    if (!row) throw notFound("user");
    if (changes.role !== undefined && changes.role !== row.role) {
      assertMayGrant(actor, changes.role);
      assertMayGrant(actor, row.role);
      if (row.role === "owner" && (await countOwners(trx, actor.organizationId)) <= 1) {
        throw new ApiError(409, "last_owner", "This is the organization's last owner; make someone else owner first.");
      }
    }
    const updated = {
      ...row,
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.role !== undefined ? { role: changes.role } : {}),
      ...(passwordHash !== undefined ? { password_hash: passwordHash } : {}),
      updated_at: now.toISOString(),
    };
    await updateUserRow(trx, actor.organizationId, id, updated);
    if (passwordHash !== undefined) await trx.deleteFrom("sessions").where("user_id", "=", id).execute();
    const before = rowToUser(row);
    const after = rowToUser(updated);
    await recordAuditEvent(trx, {
      organizationId: actor.organizationId,
      actor: actorOf(actor),
      at: now,
      type: passwordHash !== undefined ? "user.updated.password" : "user.updated",
      subject: { type: "user", id },
      before,
      after,
    });
    return after;
  });
}

/** Removes a user with their sessions and tokens; the last owner cannot be removed. */
export async function deleteUser(db: Db, actor: Actor, id: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await findUserRow(trx, actor.organizationId, id);
    if (!row) throw notFound("user");
    assertMayGrant(actor, row.role);
    if (row.role === "owner" && (await countOwners(trx, actor.organizationId)) <= 1) {
      throw new ApiError(409, "last_owner", "This is the organization's last owner and cannot be removed.");
    }
    await deleteUserRow(trx, actor.organizationId, id);
    await recordAuditEvent(trx, {
      organizationId: actor.organizationId,
      actor: actorOf(actor),
      at: now,
      type: "user.deleted",
      subject: { type: "user", id },
      before: rowToUser(row),
    });
  });
}
