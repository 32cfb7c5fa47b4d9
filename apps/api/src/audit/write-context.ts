import type { Actor } from "../http/app-env.ts";
import { type AuditActor, actorOf } from "./record-audit-event.ts";

/** Who writes, for which organization, when: what every service write needs for tenancy and audit. */
export interface WriteContext {
  organizationId: string;
  actor: AuditActor;
  now: Date;
}

/** The write context of an authenticated request. */
export function writeContextOf(actor: Actor, now: Date): WriteContext {
  return { organizationId: actor.organizationId, actor: actorOf(actor), now };
}
