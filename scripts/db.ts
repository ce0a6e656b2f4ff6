// npm run db:migrate | db:seed | db:reset -- --yes
// Uses DATABASE_URL's server, or the embedded PostgreSQL in the data folder when it is unset.
import path from "node:path";
import pg from "pg";
import { migrate } from "@/lib/db/migrate";
import { seedDemo } from "@/lib/demo/seed";
import { readEnv } from "@/lib/env";
import { openDatabase, rememberDemoAccounts } from "@/scripts/start-support";

const ROOT = path.resolve(import.meta.dirname, "..");
const log = (line: string) => console.log(`recto: ${line}`);

async function main(): Promise<void> {
  const [command, ...flags] = process.argv.slice(2);
  if (!["migrate", "seed", "reset"].includes(command)) throw new Error("usage: tsx scripts/db.ts migrate|seed|reset [--yes]");
  if (command === "reset" && !flags.includes("--yes")) {
    throw new Error("db:reset deletes every document, user and history row. Run `npm run db:reset -- --yes` to confirm.");
  }
  const env = readEnv();
  const database = await openDatabase(env, ROOT, log);
  process.env.DATABASE_URL = database.url;
  try {
    if (command === "reset") await dropEverything(database.url);
    const { applied, alreadyApplied } = await migrate(database.url, { log });
    if (applied.length === 0) log(`nothing to migrate (${alreadyApplied} migrations already applied)`);
    if (command !== "migrate") {
      const seeded = await seedDemo();
      const accounts = await rememberDemoAccounts(path.resolve(ROOT, env.RECTO_DATA_DIR), database.url, seeded.accounts);
      log(seeded.importedDocument ? "imported the demo document" : "the demo document is already there");
      for (const account of accounts) log(`demo ${account.role}: ${account.email} / ${account.password}`);
    }
  } finally {
    const { getPrisma } = await import("@/lib/db/client");
    await getPrisma().$disconnect();
    await database.stop();
  }
}

async function dropEverything(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    log("dropped every table");
  } finally {
    await client.end();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`recto: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
