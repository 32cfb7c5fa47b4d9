import { type Kysely, sql } from "kysely";

/** Every table whose writes change the cards (as in 0005). */
const inputTables = [
  "accounts",
  "services",
  "contracts",
  "contract_lines",
  "integrations",
  "account_mappings",
  "service_mappings",
  "current_usage",
  "card_decisions",
];
const events = ["INSERT", "UPDATE", "DELETE"] as const;

// 0005's triggers used INSERT OR IGNORE, whose conflict policy an outer UPSERT overrides (a
// sync's upsert of current_usage then failed on the version row). These never conflict.
function bumpTriggerSql(table: string, event: (typeof events)[number]) {
  const row = event === "DELETE" ? "OLD" : "NEW";
  return sql.raw(`CREATE TRIGGER reconciliation_bump_${table}_${event.toLowerCase()} AFTER ${event} ON ${table}
BEGIN
  INSERT INTO reconciliation_data_versions (organization_id, version)
    SELECT ${row}.organization_id, 0
    WHERE NOT EXISTS (SELECT 1 FROM reconciliation_data_versions WHERE organization_id = ${row}.organization_id);
  UPDATE reconciliation_data_versions SET version = version + 1 WHERE organization_id = ${row}.organization_id;
END`);
}

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of inputTables) {
    for (const event of events) {
      await sql.raw(`DROP TRIGGER IF EXISTS reconciliation_bump_${table}_${event.toLowerCase()}`).execute(db);
      await bumpTriggerSql(table, event).execute(db);
    }
  }
}

export async function down(_db: Kysely<any>): Promise<void> {
  // 0005's down drops the triggers with their tables' counter; nothing of 0006's own to undo.
}
