import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { findFreePort, startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";

export type BenchDatabase = { url: string; drop: () => Promise<void> };
export type KeptBenchDatabase = BenchDatabase & { recreate: () => Promise<void> };

async function query(url: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

/**
 * A database on DATABASE_URL's server that outlives the run: created and migrated when missing,
 * migrated (pending migrations only) when present; `drop` leaves it, `recreate` starts it afresh
 * (for an interrupted generation). For sections whose data takes minutes to generate, so that a
 * re-run only measures.
 */
export async function openKeptBenchDatabase(name: string): Promise<KeptBenchDatabase> {
  const server = process.env.DATABASE_URL;
  if (!server) throw new Error(`a kept bench database (${name}) needs DATABASE_URL to name its server`);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`${name}: a kept bench database's name is lower-case letters, digits and underscores`);
  const admin = new URL(server);
  admin.pathname = "/postgres";
  const exists = await query(admin.toString(), "SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  if (exists.rowCount === 0) await query(admin.toString(), `CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  const recreate = async () => {
    await query(admin.toString(), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await query(admin.toString(), `CREATE DATABASE "${name}"`);
    await migrate(url.toString());
  };
  return { url: url.toString(), drop: async () => undefined, recreate };
}

/** A fresh migrated database: on DATABASE_URL's server when set, else in a throw-away embedded PostgreSQL. */
export async function openBenchDatabase(label: string): Promise<BenchDatabase> {
  const server = process.env.DATABASE_URL;
  if (server) {
    const name = `recto_bench_${label}_${process.pid}`;
    const admin = new URL(server);
    admin.pathname = "/postgres";
    await query(admin.toString(), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await query(admin.toString(), `CREATE DATABASE "${name}"`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    await migrate(url.toString());
    return { url: url.toString(), drop: () => query(admin.toString(), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => undefined) };
  }
  const directory = mkdtempSync(path.join(tmpdir(), `recto-bench-${label}-`));
  chmodSync(directory, 0o755); // as root, the cluster runs as `postgres`, which must reach it
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(directory, "pg"), port: await findFreePort(), database: "bench", persistent: false });
  await migrate(embedded.url);
  return {
    url: embedded.url,
    drop: async () => {
      await embedded.stop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
