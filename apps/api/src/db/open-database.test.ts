import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Migrator, NO_MIGRATIONS, sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { migrations } from "./migrations/index.ts";
import { openDatabase } from "./open-database.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("openDatabase", () => {
  it("opens a file in WAL mode with foreign keys and a busy timeout, migrated to the latest", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tally-db-"));
    dirs.push(dir);
    const db = await openDatabase(join(dir, "tally.sqlite"));
    const pragma = async (name: string) =>
      Object.values((await sql.raw(`pragma ${name}`).execute(db)).rows[0] as object)[0];
    expect(await pragma("journal_mode")).toBe("wal");
    expect(await pragma("foreign_keys")).toBe(1);
    expect(await pragma("busy_timeout")).toBe(5000);
    const applied = await db
      .selectFrom("kysely_migration" as never)
      .select("name" as never)
      .execute();
    expect(applied.map((r) => (r as { name: string }).name)).toEqual(Object.keys(migrations));
    await db.destroy();
    const reopened = await openDatabase(join(dir, "tally.sqlite"));
    await reopened.destroy();
  });

  it("gives every table an organization_id column", async () => {
    const db = await openDatabase(":memory:");
    const tables = (await db.introspection.getTables()).filter((t) => !t.name.startsWith("kysely_"));
    expect(tables.length).toBeGreaterThanOrEqual(10);
    for (const table of tables)
      expect(
        table.columns.map((c) => c.name),
        table.name,
      ).toContain("organization_id");
  });

  it("enforces foreign keys", async () => {
    const db = await openDatabase(":memory:");
    const insert = db
      .insertInto("accounts")
      .values({
        id: "acc_x",
        organization_id: "org_missing",
        name: "X",
        external_id: null,
        domain: null,
        created_at: "",
        updated_at: "",
      })
      .execute();
    await expect(insert).rejects.toThrow(/FOREIGN KEY/);
  });

  it("migrates all the way down and up again", async () => {
    const db = await openDatabase(":memory:");
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    const down = await migrator.migrateTo(NO_MIGRATIONS);
    expect(down.error).toBeUndefined();
    expect((await db.introspection.getTables()).filter((t) => !t.name.startsWith("kysely_"))).toEqual([]);
    const up = await migrator.migrateToLatest();
    expect(up.error).toBeUndefined();
    expect(up.results?.map((r) => r.status)).toEqual(Object.keys(migrations).map(() => "Success"));
  });
});
