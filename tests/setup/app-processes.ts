import { spawn } from "node:child_process";
import path from "node:path";
import { findFreePort } from "../../lib/db/embedded";

const ROOT = path.resolve(import.meta.dirname, "../..");
const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");
const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 15_000;

/** What every process of one deployment shares: the database and the secret that signs session cookies. */
export type Deployment = { databaseUrl: string; authSecret: string };

export type AppProcess = { name: string; pid: number; stop: () => Promise<void> };

/**
 * Starts one more process of the app on the deployment's database (a web instance, or the job
 * worker: `startAppProcess({ name: "worker", command: ["npm", "run", "worker"], ready: /…/ })`) and
 * resolves once a line of its output matches `ready`. Its output is kept and shown if it exits early.
 */
export async function startAppProcess(options: {
  name: string;
  command: string[];
  deployment: Deployment;
  ready: RegExp;
  env?: Record<string, string>;
}): Promise<AppProcess> {
  const { name, command, deployment } = options;
  const child = spawn(command[0], command.slice(1), {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: deployment.databaseUrl, BETTER_AUTH_SECRET: deployment.authSecret, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  // Always drained: a full pipe would block the child.
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", (chunk: Buffer) => {
    keep(chunk);
    process.stderr.write(`[${name}] ${chunk.toString()}`);
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => fail(`did not print ${options.ready} within ${READY_TIMEOUT_MS / 1000} s`), READY_TIMEOUT_MS);
    const onExit = (code: number | null) => fail(`exited early (code ${code})`);
    const onData = () => {
      if (!options.ready.test(output)) return;
      clearTimeout(timer);
      child.stdout.off("data", onData);
      child.off("exit", onExit);
      resolve();
    };
    function fail(reason: string) {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(new Error(`${name} (${command.join(" ")}) ${reason}; its output:\n${output}`));
    }
    child.stdout.on("data", onData);
    child.once("exit", onExit);
  });
  return {
    name,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

export type WebInstance = AppProcess & { baseUrl: string };

/**
 * One more `next start` of the built app on loopback. `baseUrl` is its own address: without a
 * proxy in front, each instance is its own origin for the same-origin checks.
 */
export async function startWebInstance(options: { name: string; deployment: Deployment }): Promise<WebInstance> {
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = await startAppProcess({
    name: options.name,
    command: [process.execPath, NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"],
    deployment: options.deployment,
    ready: /Ready in/i,
    env: { RECTO_BASE_URL: baseUrl },
  });
  return { ...started, baseUrl };
}
