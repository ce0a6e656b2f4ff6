import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { findFreePort, startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";

export type BenchDatabase = { url: string; drop: () => Promise<void> };

async function query(url: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
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
