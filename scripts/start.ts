// `npm start`: database (embedded unless DATABASE_URL is set) → migrations → demo data (embedded
// database, --demo or RECTO_DEMO=1) → build if stale → Next.js server, and the background jobs in a
// low-priority job process of their own (decision 026; unless RECTO_RUN_JOBS says where they run, or
// --dev, whose server reloads the jobs' code). Prints the URL and the demo accounts. Ctrl-C stops
// everything cleanly.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { startJobProcess } from "@/scripts/job-process";
import { startBanner } from "@/scripts/start-banner";
import { buildIsStale, DEMO_ACCOUNTS_FILE, openDatabase, prepareDatabase, readOrCreateSecret, shouldSeedDemo } from "@/scripts/start-support";
import { assertPortFree } from "@/lib/db/embedded";
import { readEnv } from "@/lib/env";

const ROOT = path.resolve(import.meta.dirname, "..");
const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");
const log = (line: string) => console.log(`recto: ${line}`);

async function main(): Promise<void> {
  const isDev = process.argv.includes("--dev");
  const env = readEnv();
  const host = env.HOST;
  const dataDir = path.resolve(ROOT, env.RECTO_DATA_DIR);
  await assertPortFree(env.PORT, "web server", `Stop what uses it, or choose another: PORT=${env.PORT + 1} npm start`);

  const database = await openDatabase(env, ROOT, log);
  const databaseUrl = database.url;
  log(database.isEmbedded
    ? `embedded PostgreSQL running on 127.0.0.1:${env.RECTO_PG_PORT}, data in ${path.join(dataDir, "postgres")}`
    : `using the PostgreSQL server of DATABASE_URL (${new URL(databaseUrl).host})`);
  process.env.DATABASE_URL = databaseUrl;
  // The Next server (a child) inherits these.
  process.env.BETTER_AUTH_SECRET = env.BETTER_AUTH_SECRET ?? readOrCreateSecret(dataDir);
  const url = env.RECTO_BASE_URL ?? `http://${host === "0.0.0.0" || host === "127.0.0.1" ? "localhost" : host}:${env.PORT}`;
  process.env.RECTO_BASE_URL = url;

  const withDemo = shouldSeedDemo({ isEmbedded: database.isEmbedded, argv: process.argv, env });
  const accounts = await prepareDatabase({ databaseUrl, dataDir, withDemo, log });

  if (!isDev && buildIsStale(ROOT)) {
    log("building the app (first start or changed sources; takes a minute) …");
    await run([NEXT_BIN, "build"], { NEXT_TELEMETRY_DISABLED: "1" });
  }
  const jobs = env.RECTO_RUN_JOBS === undefined && !isDev ? startJobProcess({ databaseUrl, log }) : undefined;
  const server = spawn(process.execPath, [NEXT_BIN, isDev ? "dev" : "start", "-p", String(env.PORT), "-H", host], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", RECTO_RUN_JOBS: jobs ? "worker" : env.RECTO_RUN_JOBS },
    stdio: ["ignore", "pipe", "inherit"],
  });
  announceWhenReady(server, startBanner(url, accounts, path.join(dataDir, DEMO_ACCOUNTS_FILE)));
  const serverExited = new Promise<number | null>((resolve) => server.once("exit", resolve));
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    // Next first, then the job process, then PostgreSQL: both hold connections until they exit.
    if (server.exitCode === null && server.signalCode === null) {
      server.kill("SIGTERM");
      const forced = setTimeout(() => server.kill("SIGKILL"), 10_000);
      await serverExited;
      clearTimeout(forced);
    }
    await jobs?.stop();
    await database.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0)); // on, not once: tsx may relay a second one (stop runs once)
  process.on("SIGTERM", () => void stop(0));
  void serverExited.then((code) => stop(code ?? 1));
}

function announceWhenReady(server: ChildProcess, banner: string): void {
  let announced = false;
  server.stdout?.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (announced || !/Ready in|ready started/i.test(chunk.toString())) return;
    announced = true;
    console.log(banner);
  });
}

function run(args: string[], extraEnv: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...extraEnv }, stdio: "inherit" });
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(args[0])} ${args[1]} failed (exit ${code})`))));
  });
}

main().catch((error: unknown) => {
  console.error(`recto: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
