import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { findFreePort } from "@/lib/db/embedded";
import { startJobProcess } from "../../scripts/job-process";
import { buildIsStale, waitForNextReady } from "../../scripts/start-support";

const ROOT = path.resolve(import.meta.dirname, "../..");
const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");

/** `jobPid`: the job process's id (decision 026), undefined when the server runs the jobs itself or between its restarts. */
export type AppServer = { baseUrl: string; pid: number; jobPid: () => number | undefined; stop: () => Promise<void> };

function runNext(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [NEXT_BIN, ...args], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next ${args[0]} failed (exit ${code})`))));
  });
}

/**
 * Builds the app when stale (in RECTO_DIST_DIR's folder) and serves it with `next start` on loopback.
 * Instances of one deployment share `authSecret`, so a session cookie works on each. The background
 * jobs run as `npm start` runs them: in a low-priority job process of their own (scripts/job-process.ts),
 * unless `jobs: "in-server"` (the topology before decision 026).
 */
export async function startAppServer(databaseUrl: string, options: { authSecret?: string; jobs?: "process" | "in-server" } = {}): Promise<AppServer> {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  if (buildIsStale(ROOT)) {
    console.error("bench: workspace: building the app …");
    await runNext(["build"], env);
  }
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const jobs = options.jobs === "in-server" ? undefined
    : startJobProcess({ databaseUrl, log: (line) => console.error(`bench: ${line}`), output: { stdout: process.stderr, stderr: process.stderr } });
  const server = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: {
      ...env, DATABASE_URL: databaseUrl, BETTER_AUTH_SECRET: options.authSecret ?? randomBytes(32).toString("hex"), RECTO_BASE_URL: baseUrl,
      RECTO_RUN_JOBS: jobs ? "worker" : "web",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    await Promise.all([waitForNextReady(server), jobs?.ready()]);
  } catch (error) {
    await jobs?.stop();
    throw error;
  }
  return {
    baseUrl,
    pid: server.pid!,
    jobPid: () => jobs?.pid(),
    stop: async () => {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
      await jobs?.stop();
    },
  };
}

/** Signs in through Better Auth's endpoint and returns the Cookie header for later requests. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in as ${email} failed: ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
}

/**
 * Creates `count` accounts of `role` (as the admin `adminEmail`), each signed in: a session per client, as that many
 * people would have. Returns their Cookie headers. Needs DATABASE_URL to name the served database.
 */
export async function signInNewAccounts(baseUrl: string, adminEmail: string, count: number, role: "translator" | "editor"): Promise<string[]> {
  const { getPrisma } = await import("@/lib/db/client");
  const { mintViewer } = await import("@/lib/auth/permissions");
  const { createUser } = await import("@/lib/users/mutations");
  const admin = await getPrisma().user.findUniqueOrThrow({ where: { email: adminEmail }, select: { id: true, name: true } });
  const viewer = mintViewer({ id: admin.id, role: "admin", name: admin.name });
  const cookies: string[] = [];
  for (let n = 1; n <= count; n += 1) {
    const email = `${role}${n}-${randomBytes(3).toString("hex")}@bench.example`;
    const { password } = await createUser({ viewer, input: { email, name: `${role} ${n}`, role } });
    cookies.push(await signIn(baseUrl, email, password));
  }
  return cookies;
}
