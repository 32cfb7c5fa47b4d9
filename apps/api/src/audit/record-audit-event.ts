import { createId } from "../db/create-id.ts";
import type { Db } from "../db/open-database.ts";
import type { Actor } from "../http/app-env.ts";

/** Who an audit event is attributed to. */
export interface AuditActor {
  type: "user" | "token" | "system";
  id: string | null;
  name: string;
}

/** One state change to record. */
export interface AuditEventInput {
  organizationId: string;
  actor: AuditActor;
  at: Date;
  type: string;
  subject: { type: string; id: string };
  before?: unknown;
  after?: unknown;
}

/** The audit actor of an authenticated request (tokens are attributed to the token id). */
export function actorOf(actor: Actor): AuditActor {
  return actor.type === "token"
    ? { type: "token", id: actor.tokenId, name: actor.name }
    : { type: "user", id: actor.userId, name: actor.name };
}

/** The actor for what Tally does on its own (first start, schedules, demo seed). */
export const systemActor: AuditActor = { type: "system", id: null, name: "Tally" };

/**
 * Records one audit event; pass the transaction of the change so both commit together.
 *
 * @example await recordAuditEvent(trx, { organizationId, actor: actorOf(actor), at: now, type: "account.created", subject: { type: "account", id }, after: account });
 */
export async function recordAuditEvent(db: Db, event: AuditEventInput): Promise<string> {
  const id = createId("aud", event.at);
  await db
    .insertInto("audit_events")
    .values({
      id,
      organization_id: event.organizationId,
      at: event.at.toISOString(),
      actor_type: event.actor.type,
      actor_id: event.actor.id,
      actor_name: event.actor.name,
      type: event.type,
      subject_type: event.subject.type,
      subject_id: event.subject.id,
      before: event.before === undefined ? null : JSON.stringify(event.before),
      after: event.after === undefined ? null : JSON.stringify(event.after),
    })
    .execute();
  return id;
}
