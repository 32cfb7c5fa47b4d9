import { request } from "./request.ts";
import type { AuditEvent, Page } from "./types.ts";

/** Which audit events to list. */
export interface AuditQuery {
  /** An event type or a prefix like `card.*`. */
  type?: string;
  /** ISO-8601 instant: only events at or after it. */
  since?: string;
  /** A subject id: only events about it. */
  subject?: string;
  cursor?: string;
}

/** `GET /api/v1/audit-events` — one page of events, newest first. */
export function listAuditEvents(query: AuditQuery = {}): Promise<Page<AuditEvent>> {
  return request<Page<AuditEvent>>("GET", "/api/v1/audit-events", { query: { ...query, limit: 100 } });
}
