import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { DEFAULT_MIGRATIONS_DIR, migrate, migrationChecksum, readMigrations } from "@/lib/db/migrate";
import { createEmptyDatabase } from "@/tests/support/databases";

function copyOfMigrations(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "recto-migrations-"));
  cpSync(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("the migration runner", () => {
  it("applies every migration once and is a no-op the second time", async () => {
    const url = await createEmptyDatabase();
    const first = await migrate(url);
    const second = await migrate(url);
    expect(first.applied).toContain("20261128000000_init");
    expect(second).toEqual({ applied: [], alreadyApplied: first.applied.length });
  });

  it("records migrations in _prisma_migrations with Prisma's checksum", async () => {
    const url = await createEmptyDatabase();
    await migrate(url);
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date; applied_steps_count: number }>(
      url, `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations"`);
    const file = readFileSync(path.join(DEFAULT_MIGRATIONS_DIR, "20261128000000_init", "migration.sql"));
    const init = rows.find((row) => row.migration_name === "20261128000000_init");
    expect(init).toMatchObject({ checksum: migrationChecksum(file), applied_steps_count: 1 });
    expect(init?.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(init?.finished_at).toBeInstanceOf(Date);
  });

  it("refuses to run when an applied migration's file has changed, applying nothing", async () => {
    const url = await createEmptyDatabase();
    const dir = copyOfMigrations();
    await migrate(url, { dir });
    writeFileSync(path.join(dir, "20261128000000_init", "migration.sql"), "-- edited\n", { flag: "a" });
    mkdirSync(path.join(dir, "29990101000000_later"));
    writeFileSync(path.join(dir, "29990101000000_later", "migration.sql"), "CREATE TABLE later (id int);");
    await expect(migrate(url, { dir })).rejects.toThrow(/20261128000000_init was changed after it was applied/);
    expect(await query(url, "SELECT 1 FROM pg_tables WHERE tablename = 'later'")).toHaveLength(0);
  });

  it("rolls back a failing migration and names it", async () => {
    const url = await createEmptyDatabase();
    const dir = copyOfMigrations();
    mkdirSync(path.join(dir, "29990101000000_broken"));
    writeFileSync(path.join(dir, "29990101000000_broken", "migration.sql"), "CREATE TABLE half (id int);\nSELECT * FROM no_such_table;");
    await expect(migrate(url, { dir })).rejects.toThrow(/29990101000000_broken failed and was rolled back: .*no_such_table/);
    expect(await query(url, "SELECT 1 FROM pg_tables WHERE tablename = 'half'")).toHaveLength(0);
    const names = await query<{ migration_name: string }>(url, `SELECT migration_name FROM "_prisma_migrations"`);
    expect(names.map((row) => row.migration_name)).toEqual(readMigrations().map((file) => file.name));
  });

  it("lets concurrent runners apply each migration exactly once", async () => {
    const url = await createEmptyDatabase();
    const results = await Promise.all([migrate(url), migrate(url), migrate(url)]);
    const total = readMigrations().length;
    expect(results.map((result) => result.applied.length).sort()).toEqual([0, 0, total]);
    const rows = await query(url, `SELECT migration_name FROM "_prisma_migrations"`);
    expect(rows).toHaveLength(total);
  });

  it("refuses when the database has a migration the folder lacks", async () => {
    const url = await createEmptyDatabase();
    const dir = copyOfMigrations();
    mkdirSync(path.join(dir, "29990101000000_extra"));
    writeFileSync(path.join(dir, "29990101000000_extra", "migration.sql"), "SELECT 1;");
    await migrate(url, { dir });
    await expect(migrate(url)).rejects.toThrow(/29990101000000_extra is applied in the database but missing from prisma\/migrations/);
  });
});
