import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { migrate } from "@/lib/db/migrate";
import { seedDemo, type DemoAccount } from "@/lib/demo/seed";
import { readEnv } from "@/lib/env";

/** Connects once; turns driver errors into one line that says what to fix. */
export async function ensureDatabaseReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const target = safeUrl(url);
    const code = (error as { code?: string }).code;
    const reason =
      code === "ECONNREFUSED" ? "nothing is listening there"
      : code === "ENOTFOUND" ? "the host name does not resolve"
      : code === "3D000" ? "that database does not exist (create it, or point DATABASE_URL at an existing one)"
      : code === "28P01" || code === "28000" ? "the user name or password is wrong"
      : (error as Error).message;
    throw new Error(`Cannot reach PostgreSQL at ${target}: ${reason}. Fix DATABASE_URL, or unset it to use the embedded PostgreSQL.`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function safeUrl(url: string): string {
  const parsed = new URL(url);
  parsed.password = parsed.password ? "***" : "";
  return parsed.toString();
}

export const DEMO_ACCOUNTS_FILE = "demo-accounts.json";

/** The demo (accounts and article) goes into the embedded database, the try-it-out default; into DATABASE_URL's only when asked. */
export function shouldSeedDemo(options: { isEmbedded: boolean; argv: string[]; env: { RECTO_DEMO?: boolean } }): boolean {
  return options.argv.includes("--demo") || (options.env.RECTO_DEMO ?? options.isEmbedded);
}

/**
 * Migrates, then seeds either the demo or only what every install needs: the glossary's starter
 * rules, once an admin exists to own them. Returns the demo accounts to print (none without the demo).
 */
export async function prepareDatabase(options: { databaseUrl: string; dataDir: string; withDemo: boolean; log: (line: string) => void }): Promise<DemoAccount[]> {
  const { databaseUrl, log } = options;
  const { applied } = await migrate(databaseUrl, { log });
  if (applied.length === 0) log("database schema is up to date");
  if (options.withDemo) {
    const seeded = await seedDemo();
    if (seeded.importedDocument) log("imported the demo document");
    return rememberDemoAccounts(options.dataDir, databaseUrl, seeded.accounts);
  }
  const { getPrisma } = await import("@/lib/db/client");
  const hasAdmin = (await getPrisma().user.count({ where: { role: "admin", banned: false } })) > 0;
  if (hasAdmin) {
    const { seedStarterRules } = await import("@/lib/findings/glossary/mutations");
    await seedStarterRules();
  } else {
    log("no admin account yet: create the first with `npm run recto -- users create --email … --name … --role admin`");
  }
  return [];
}

/**
 * Demo passwords are random and stored hashed; the plain ones are kept in the data folder so each
 * start can print them. When they are lost (new data folder, other database), they are reset.
 */
export async function rememberDemoAccounts(dataDir: string, databaseUrl: string, fresh: DemoAccount[]): Promise<DemoAccount[]> {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DEMO_ACCOUNTS_FILE);
  const database = safeUrl(databaseUrl);
  const saved: { database: string; accounts: DemoAccount[] } | null = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
  let accounts = saved?.database === database ? saved.accounts : [];
  accounts = [...accounts.filter((a) => !fresh.some((f) => f.email === a.email)), ...fresh];
  if (accounts.length < 3) accounts = (await seedDemo({ resetPasswords: true })).accounts;
  writeFileSync(file, JSON.stringify({ database, accounts }, null, 2), { mode: 0o600 });
  return accounts;
}

// Not tsconfig.json: `next build` itself rewrites it (adding its build folder's types).
const SOURCE_ROOTS = ["app", "lib", "generated", "instrumentation.ts", "proxy.ts", "next.config.js", "package-lock.json"];

/** True when there is no production build or a source file is newer than it. */
export function buildIsStale(root: string, distDir: string = readEnv().RECTO_DIST_DIR): boolean {
  const buildId = path.join(root, distDir, "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCE_ROOTS.some((entry) => newestMtime(path.join(root, entry)) > builtAt);
}

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), stat.mtimeMs);
}

/** DATABASE_URL's server when set (checked), else the embedded PostgreSQL in the data folder. */
export async function openDatabase(env: { DATABASE_URL?: string; RECTO_DATA_DIR: string; RECTO_PG_PORT: number }, root: string, log: (line: string) => void = () => undefined): Promise<{ url: string; stop: () => Promise<void>; isEmbedded: boolean }> {
  if (env.DATABASE_URL) {
    await ensureDatabaseReachable(env.DATABASE_URL);
    return { url: env.DATABASE_URL, stop: async () => undefined, isEmbedded: false };
  }
  const { startEmbeddedPostgres } = await import("@/lib/db/embedded");
  const dataDir = path.join(path.resolve(root, env.RECTO_DATA_DIR), "postgres");
  const embedded = await startEmbeddedPostgres({ dataDir, port: env.RECTO_PG_PORT, database: "recto", log });
  return { url: embedded.url, stop: embedded.stop, isEmbedded: true };
}

/** Better Auth's signing secret: BETTER_AUTH_SECRET when set, else one made once and kept in the data folder. */
export function readOrCreateSecret(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("hex");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** Resolves when `next start` says it is ready; rejects when it exits first or takes over 60 s. */
export function waitForNextReady(server: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("next start did not become ready in 60 s")), 60_000);
    server.stdout?.on("data", (chunk: Buffer) => {
      if (/Ready in/i.test(chunk.toString())) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.once("exit", (code) => reject(new Error(`next start exited early (code ${code})`)));
  });
}
