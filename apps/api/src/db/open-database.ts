import SQLite from "better-sqlite3";
import { Kysely, type MigrationProvider, Migrator, SqliteDialect } from "kysely";
import type { Database } from "./database.ts";
import { migrations } from "./migrations/index.ts";

/** The app's database handle. */
export type Db = Kysely<Database>;

/**
 * Opens the SQLite database at `file` (":memory:" for tests) with WAL, foreign keys and a busy
 * timeout, and runs every pending migration.
 *
 * @example const db = await openDatabase(":memory:");
 */
export async function openDatabase(file: string): Promise<Db> {
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  await migrateToLatest(db);
  return db;
}

const staticProvider: MigrationProvider = { getMigrations: async () => migrations };

/** Runs every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Db): Promise<void> {
  const { error, results } = await new Migrator({ db, provider: staticProvider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`Migration ${failed} failed`, { cause: error });
  }
}
