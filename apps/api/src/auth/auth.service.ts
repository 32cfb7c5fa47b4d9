import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { UserRow } from "../db/database.ts";
import type { Db } from "../db/open-database.ts";
import { deleteSession, findUserByEmail, findUserBySession, insertSession } from "./auth.repository.ts";
import { createSecretToken, hashToken } from "./hash-token.ts";
import type { LoginThrottle } from "./login-throttle.ts";
import { verifyPassword } from "./passwords.ts";

/** How long a session lasts. */
export const sessionLifetimeMs = 14 * 24 * 60 * 60_000;

/** The outcome of a login attempt. */
export type LoginResult =
  | { ok: true; user: UserRow; sessionToken: string; expiresAt: Date }
  | { ok: false; reason: "invalid_credentials" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

// Verified against when the email is unknown, so both paths cost one scrypt.
const decoyHash = `scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$${"A".repeat(86)}`;

/**
 * Checks an email and password (throttled per email + IP), and on success opens a session and
 * records `auth.login`.
 *
 * @example const result = await logIn(db, throttle, { email, password, ip, now: new Date() });
 */
export async function logIn(
  db: Db,
  throttle: LoginThrottle,
  input: { email: string; password: string; ip: string; now: Date },
): Promise<LoginResult> {
  const key = `${input.email.toLowerCase()}|${input.ip}`;
  const check = throttle.check(key, input.now);
  if (!check.allowed) return { ok: false, reason: "throttled", retryAfterSeconds: check.retryAfterSeconds };
  const user = await findUserByEmail(db, input.email);
  const matches = await verifyPassword(input.password, user?.password_hash ?? decoyHash);
  if (!user || !matches) {
    throttle.recordFailure(key, input.now);
    return { ok: false, reason: "invalid_credentials" };
  }
  throttle.reset(key);
  const sessionToken = createSecretToken("ses");
  const expiresAt = new Date(input.now.getTime() + sessionLifetimeMs);
  await db.transaction().execute(async (trx) => {
    await insertSession(trx, user.organization_id, {
      idHash: hashToken(sessionToken),
      userId: user.id,
      createdAt: input.now.toISOString(),
      expiresAt: expiresAt.toISOString(),
    });
    await recordAuditEvent(trx, {
      organizationId: user.organization_id,
      actor: { type: "user", id: user.id, name: user.name },
      at: input.now,
      type: "auth.login",
      subject: { type: "user", id: user.id },
      after: { ip: input.ip },
    });
  });
  return { ok: true, user, sessionToken, expiresAt };
}

/** Ends a session and records `auth.logout`. */
export async function logOut(
  db: Db,
  sessionToken: string,
  user: { id: string; name: string; organizationId: string },
  now: Date,
) {
  await db.transaction().execute(async (trx) => {
    await deleteSession(trx, hashToken(sessionToken));
    await recordAuditEvent(trx, {
      organizationId: user.organizationId,
      actor: { type: "user", id: user.id, name: user.name },
      at: now,
      type: "auth.logout",
      subject: { type: "user", id: user.id },
    });
  });
}

/** The user behind a session cookie value, if the session is live. */
export function findSessionUser(db: Db, sessionToken: string, now: Date): Promise<UserRow | undefined> {
  return findUserBySession(db, hashToken(sessionToken), now.toISOString());
}
