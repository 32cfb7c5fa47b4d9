import { type Kysely, sql } from "kysely";

/** Every table whose writes change the cards: the directory, the integration's mappings and usage, decisions. */
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

function bumpTriggerSql(table: string, event: "INSERT" | "UPDATE" | "DELETE") {
  const row = event === "DELETE" ? "OLD" : "NEW";
  // A per-organization counter bumped in the writing transaction itself, so a cache keyed on it
  // can never serve cards computed from data that has since changed, whoever wrote it.
  return sql.raw(`CREATE TRIGGER reconciliation_bump_${table}_${event.toLowerCase()} AFTER ${event} ON ${table}
BEGIN
  INSERT OR IGNORE INTO reconciliation_data_versions (organization_id, version) VALUES (${row}.organization_id, 0);
  UPDATE reconciliation_data_versions SET version = version + 1 WHERE organization_id = ${row}.organization_id;
END`);
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("card_decisions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("card_key", "text", (c) => c.notNull())
    .addColumn("vendor", "text", (c) => c.notNull())
    .addColumn("account_id", "text", (c) => c.notNull())
    .addColumn("service_id", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("quantity", "integer")
    .addColumn("contract_id", "text")
    .addColumn("contract_line_id", "text")
    .addColumn("previous_quantity", "integer")
    .addColumn("effective_date", "text")
    .addColumn("note", "text")
    .addColumn("psa_quantity", "integer")
    .addColumn("vendor_quantity", "integer")
    .addColumn("card_version", "text", (c) => c.notNull())
    .addColumn("actor_type", "text", (c) => c.notNull())
    .addColumn("actor_id", "text")
    .addColumn("actor_name", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("audit_event_id", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("card_decisions_org_period_key")
    .on("card_decisions")
    .columns(["organization_id", "period", "card_key"])
    .execute();

  await db.schema
    .createTable("reconciliation_data_versions")
    .addColumn("organization_id", "text", (c) => c.primaryKey())
    .addColumn("version", "integer", (c) => c.notNull())
    .execute();
  for (const table of inputTables) {
    for (const event of ["INSERT", "UPDATE", "DELETE"] as const) await bumpTriggerSql(table, event).execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of inputTables) {
    for (const event of ["insert", "update", "delete"]) {
      await sql.raw(`DROP TRIGGER IF EXISTS reconciliation_bump_${table}_${event}`).execute(db);
    }
  }
  await db.schema.dropTable("reconciliation_data_versions").execute();
  await db.schema.dropTable("card_decisions").execute();
}
