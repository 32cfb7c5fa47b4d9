import * as v from "valibot";
import type { AuditEventRow } from "../db/database.ts";

/** An audit event as the API returns it. */
export const AuditEventSchema = v.object({
  id: v.string(),
  at: v.string(),
  actor: v.object({ type: v.picklist(["user", "token", "system"]), id: v.nullable(v.string()), name: v.string() }),
  type: v.string(),
  subject: v.object({ type: v.string(), id: v.string() }),
  before: v.unknown(),
  after: v.unknown(),
});

/** An audit event as the API returns it. */
export type AuditEvent = v.InferOutput<typeof AuditEventSchema>;

/** Maps a stored audit row to its API shape. */
export function rowToAuditEvent(row: AuditEventRow): AuditEvent {
  return {
    id: row.id,
    at: row.at,
    actor: { type: row.actor_type, id: row.actor_id, name: row.actor_name },
    type: row.type,
    subject: { type: row.subject_type, id: row.subject_id },
    before: row.before === null ? null : JSON.parse(row.before),
    after: row.after === null ? null : JSON.parse(row.after),
  };
}
