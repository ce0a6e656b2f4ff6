import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { adminQuery } from "./global-db";
import { withDatabase } from "./database-url";

// Each test file gets its own database, copied from the migrated template, and DATABASE_URL
// points at it before any lib/db code runs.
const serverUrl = inject("testServerUrl");
const template = inject("templateDatabase");
const database = `recto_t_${process.ppid}_${randomBytes(5).toString("hex")}`;

await createFromTemplate();
process.env.DATABASE_URL = withDatabase(serverUrl, database);

afterAll(async () => {
  // Use cases may have started the job queue (they enqueue QA runs); close it before the drop.
  const { stopQueue } = await import("@/lib/jobs/queue");
  await stopQueue();
  const { getPrisma } = await import("@/lib/db/client");
  await getPrisma().$disconnect();
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
});

async function createFromTemplate(attempt = 1): Promise<void> {
  try {
    await adminQuery(serverUrl, `CREATE DATABASE "${database}" TEMPLATE "${template}"`);
  } catch (error) {
    // Two files copying the template at the same instant can collide; try again shortly.
    if (attempt >= 5) throw error;
    await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    await createFromTemplate(attempt + 1);
  }
}
