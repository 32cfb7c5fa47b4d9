import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("integrations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
    .addColumn("vendor", "text", (c) => c.notNull())
    .addColumn("module", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("api_url", "text", (c) => c.notNull())
    .addColumn("api_key_ciphertext", "text")
    .addColumn("key_hint", "text", (c) => c.notNull())
    .addColumn("last_sync_run_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("integrations_org_vendor", ["organization_id", "vendor"])
    .execute();

  await db.schema
    .createTable("vendor_accounts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
    .addColumn("integration_id", "text", (c) => c.notNull().references("integrations.id"))
    .addColumn("external_id", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("domains", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("vendor_accounts_integration_external_id", ["integration_id", "external_id"])
    .execute();

  await db.schema
    .createTable("vendor_services")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
    .addColumn("integration_id", "text", (c) => c.notNull().references("integrations.id"))
    .addColumn("external_id", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("vendor_services_integration_external_id", ["integration_id", "external_id"])
    .execute();

  // A deleted account or service drops its mappings (the vendor item becomes unmapped) instead
  // of blocking the delete.
  await db.schema
    .createTable("account_mappings")
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
    .addColumn("integration_id", "text", (c) => c.notNull().references("integrations.id"))
    .addColumn("vendor_account_id", "text", (c) => c.primaryKey().references("vendor_accounts.id"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("account_id", "text", (c) => c.references("accounts.id").onDelete("cascade"))
    .addColumn("mapped_by", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("account_mappings_integration").on("account_mappings").column("integration_id").execute();

  await db.schema
    .createTable("service_mappings")
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
    .addColumn("integration_id", "text", (c) => c.notNull().references("integrations.id"))
    .addColumn("vendor_service_id", "text", (c) => c.primaryKey().references("vendor_services.id"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("service_id", "text", (c) => c.references("services.id").onDelete("cascade"))
    .addColumn("mapped_by", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("service_mappings_integration").on("service_mappings").column("integration_id").execute();

  // History outlives the integration: no foreign key to integrations.
  await db.schema
    .createTable("sync_runs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
    .addColumn("integration_id", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("trigger", "text", (c) => c.notNull())
    .addColumn("done", "integer", (c) => c.notNull())
    .addColumn("total", "integer", (c) => c.notNull())
    .addColumn("counts", "text", (c) => c.notNull())
    .addColumn("error", "text")
    .addColumn("started_at", "text", (c) => c.notNull())
    .addColumn("finished_at", "text")
    .execute();
  await db.schema.createIndex("sync_runs_integration").on("sync_runs").columns(["integration_id", "id"]).execute();

  await db.schema
    .createTable("current_usage")
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
    .addColumn("integration_id", "text", (c) => c.notNull().references("integrations.id"))
    .addColumn("vendor_account_id", "text", (c) => c.notNull().references("vendor_accounts.id"))
    .addColumn("vendor_service_id", "text", (c) => c.notNull().references("vendor_services.id"))
    .addColumn("quantity", "integer", (c) => c.notNull())
    .addColumn("portal_quantity", "integer")
    .addColumn("window_start", "text")
    .addColumn("window_end", "text")
    .addColumn("max_day", "text")
    .addColumn("days", "text", (c) => c.notNull())
    .addColumn("explanation", "text", (c) => c.notNull())
    .addColumn("sync_run_id", "text", (c) => c.notNull())
    .addColumn("synced_at", "text", (c) => c.notNull())
    .addUniqueConstraint("current_usage_account_service", ["vendor_account_id", "vendor_service_id"])
    .execute();
  await db.schema.createIndex("current_usage_integration").on("current_usage").column("integration_id").execute();

  await db.schema
    .createTable("usage_snapshots")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
    .addColumn("integration_id", "text", (c) => c.notNull())
    .addColumn("vendor_account_id", "text", (c) => c.notNull())
    .addColumn("vendor_service_id", "text", (c) => c.notNull())
    .addColumn("quantity", "integer", (c) => c.notNull())
    .addColumn("portal_quantity", "integer")
    .addColumn("window_start", "text")
    .addColumn("window_end", "text")
    .addColumn("max_day", "text")
    .addColumn("days", "text", (c) => c.notNull())
    .addColumn("explanation", "text", (c) => c.notNull())
    .addColumn("sync_run_id", "text", (c) => c.notNull())
    .addColumn("synced_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("usage_snapshots_sync_run").on("usage_snapshots").column("sync_run_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "usage_snapshots",
    "current_usage",
    "sync_runs",
    "service_mappings",
    "account_mappings",
    "vendor_services",
    "vendor_accounts",
    "integrations",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
