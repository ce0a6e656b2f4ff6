import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { findFreePort, startEmbeddedPostgres, type EmbeddedDatabase } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";
import { assertLocalDatabaseUrl, withDatabase } from "./database-url";

declare module "vitest" {
  export interface ProvidedContext {
    /** Server URL (database "postgres") that test files create their databases on. */
    testServerUrl: string;
    /** Migrated database each test file's database is copied from. */
    templateDatabase: string;
  }
}

/**
 * Once per run: a PostgreSQL server (DATABASE_URL's, or an embedded one when it is unset) and a
 * template database migrated with the project's runner.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | undefined;
  let tempDir: string | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    assertLocalDatabaseUrl(serverUrl);
  } else {
    tempDir = mkdtempSync(path.join(tmpdir(), "recto-test-pg-"));
    chmodSync(tempDir, 0o755); // as root, the cluster runs as `postgres`, which must reach it
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(tempDir, "pg"),
      port: await findFreePort(),
      database: "postgres",
      persistent: false,
    });
    serverUrl = embedded.url;
  }
  const adminUrl = withDatabase(serverUrl, "postgres");
  const template = `recto_tpl_${process.pid}_${project.name}`;
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  await adminQuery(adminUrl, `CREATE DATABASE "${template}"`);
  await migrate(withDatabase(adminUrl, template));
  project.provide("testServerUrl", adminUrl);
  project.provide("templateDatabase", template);
  // Exposed to processes the setup starts (the e2e app server).
  process.env.RECTO_TEST_SERVER_URL = adminUrl;
  process.env.RECTO_TEST_TEMPLATE = template;

  return async () => {
    const { rows } = await adminQuery(adminUrl, `SELECT datname FROM pg_database WHERE datname LIKE $1`, [`recto_t_${process.pid}_%`]);
    for (const row of rows) await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    await embedded?.stop();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  };
}

export async function adminQuery<Row extends pg.QueryResultRow = { datname: string }>(url: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query<Row>(sql, params);
  } finally {
    await client.end();
  }
}
