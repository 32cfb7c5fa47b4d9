import type { Migration } from "kysely";
import * as auth from "./2026-12-03-0001-auth.ts";
import * as audit from "./2026-12-03-0002-audit.ts";
import * as directory from "./2026-12-03-0003-directory.ts";
import * as integrations from "./2026-12-03-0004-integrations.ts";
import * as reconciliation from "./2026-12-03-0005-reconciliation.ts";
import * as reconciliationTriggers from "./2026-12-03-0006-reconciliation-version-triggers.ts";

/** Every migration, by its frozen dated name; add new ones at the end. */
export const migrations: Record<string, Migration> = {
  "2026-12-03-0001-auth": auth,
  "2026-12-03-0002-audit": audit,
  "2026-12-03-0003-directory": directory,
  "2026-12-03-0004-integrations": integrations,
  "2026-12-03-0005-reconciliation": reconciliation,
  "2026-12-03-0006-reconciliation-version-triggers": reconciliationTriggers,
};
