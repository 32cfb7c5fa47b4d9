import type { AuditEventRow } from "../db/database.ts";
import type { Db } from "../db/open-database.ts";

/** Filters of the audit log. */
export interface AuditEventFilter {
  type?: string | undefined;
  since?: string | undefined;
  subject?: string | undefined;
}

/** Lists an organization's audit events newest first, before the keyset `before` id. */
export function listAuditEventRows(
  db: Db,
  organizationId: string,
  filter: AuditEventFilter,
  before: string | undefined,
  take: number,
): Promise<AuditEventRow[]> {
  let query = db.selectFrom("audit_events").selectAll().where("organization_id", "=", organizationId);
  if (filter.type !== undefined) {
    const type = filter.type;
    query = type.endsWith(".*") ? query.where("type", "like", `${type.slice(0, -1)}%`) : query.where("type", "=", type);
  }
  if (filter.since !== undefined) query = query.where("at", ">=", filter.since);
  if (filter.subject !== undefined) query = query.where("subject_id", "=", filter.subject);
  if (before !== undefined) query = query.where("id", "<", before);
  return query.orderBy("id", "desc").limit(take).execute();
}
