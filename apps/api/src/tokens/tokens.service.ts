import { actorOf, recordAuditEvent } from "../audit/record-audit-event.ts";
import { createSecretToken, hashToken } from "../auth/hash-token.ts";
import { createId } from "../db/create-id.ts";
import type { Db } from "../db/open-database.ts";
import { notFound } from "../http/api-error.ts";
import type { Actor } from "../http/app-env.ts";
import { type ApiToken, rowToApiToken } from "./api-token.ts";
import { findApiTokenRow, insertApiToken, revokeApiTokenRow } from "./tokens.repository.ts";

/**
 * Creates a personal API token for the actor; the secret is returned here once and only its
 * sha256 is stored.
 *
 * @example const { token } = await createApiToken(db, actor, "CI", new Date());
 */
export async function createApiToken(
  db: Db,
  actor: Actor,
  name: string,
  now: Date,
): Promise<ApiToken & { token: string }> {
  const token = createSecretToken("tly");
  const row = {
    id: createId("tok", now),
    user_id: actor.userId,
    name,
    token_hash: hashToken(token),
    token_hint: token.slice(-4),
    created_at: now.toISOString(),
    last_used_at: null,
    revoked_at: null,
  };
  await db.transaction().execute(async (trx) => {
    await insertApiToken(trx, actor.organizationId, row);
    await recordAuditEvent(trx, {
      organizationId: actor.organizationId,
      actor: actorOf(actor),
      at: now,
      type: "token.created",
      subject: { type: "api_token", id: row.id },
      after: { name, hint: row.token_hint },
    });
  });
  return { ...rowToApiToken({ ...row, organization_id: actor.organizationId }), token };
}

/** Revokes one of the actor's own tokens; another user's or org's id is a 404. */
export async function revokeApiToken(db: Db, actor: Actor, id: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await findApiTokenRow(trx, actor.organizationId, actor.userId, id);
    if (!row || row.revoked_at !== null) throw notFound("API token");
    await revokeApiTokenRow(trx, actor.organizationId, id, now.toISOString());
    await recordAuditEvent(trx, {
      organizationId: actor.organizationId,
      actor: actorOf(actor),
      at: now,
      type: "token.revoked",
      subject: { type: "api_token", id },
      before: { name: row.name, hint: row.token_hint },
    });
  });
}
