import { recordAuditEvent, systemActor } from "../audit/record-audit-event.ts";
import { createRandomPassword, hashPassword } from "../auth/passwords.ts";
import { createId } from "../db/create-id.ts";
import type { Db } from "../db/open-database.ts";

/** What first start did. */
export type FirstOwnerResult =
  | { created: false }
  | { created: true; organizationId: string; email: string; generatedPassword: string | null };

/**
 * On an empty database, creates the organization and its owner from the configured email and
 * password, or `admin@localhost` with a random password (returned so it can be printed once).
 *
 * @example const first = await ensureFirstOwner(db, { email: env.TALLY_ADMIN_EMAIL, password: env.TALLY_ADMIN_PASSWORD, now: new Date() });
 */
export async function ensureFirstOwner(
  db: Db,
  input: { email?: string | undefined; password?: string | undefined; organizationName?: string; now: Date },
): Promise<FirstOwnerResult> {
  const existing = await db.selectFrom("organizations").select("id").limit(1).executeTakeFirst();
  if (existing) return { created: false };
  const email = (input.email ?? "admin@localhost").toLowerCase();
  const generatedPassword = input.password === undefined ? createRandomPassword() : null;
  const passwordHash = await hashPassword(input.password ?? generatedPassword ?? "");
  const organizationId = createId("org", input.now);
  const at = input.now.toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("organizations")
      .values({
        id: organizationId,
        organization_id: organizationId,
        name: input.organizationName ?? "My MSP",
        created_at: at,
      })
      .execute();
    const userId = createId("usr", input.now);
    await trx
      .insertInto("users")
      .values({
        id: userId,
        organization_id: organizationId,
        email,
        name: "Owner",
        role: "owner",
        password_hash: passwordHash,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await recordAuditEvent(trx, {
      organizationId,
      actor: systemActor,
      at: input.now,
      type: "user.created",
      subject: { type: "user", id: userId },
      after: { email, role: "owner" },
    });
  });
  return { created: true, organizationId, email, generatedPassword };
}
