import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { adminQuery } from "@/tests/setup/global-db";
import { withDatabase } from "@/tests/setup/database-url";

/** An empty database on the test server, dropped with the others at the end of the run. */
export async function createEmptyDatabase(): Promise<string> {
  const name = `recto_t_${process.ppid}_${randomBytes(5).toString("hex")}`;
  const serverUrl = inject("testServerUrl");
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  return withDatabase(serverUrl, name);
}
