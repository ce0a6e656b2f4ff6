import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildIsStale } from "../../scripts/start-support";
import { startWebInstance, type Deployment } from "./app-processes";
import { adminQuery } from "./global-db";
import { withDatabase } from "./database-url";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    demoAccounts: { email: string; role: string; password: string }[];
    /** The served app's database and cookie secret, for specs that start more processes on it (tests/setup/app-processes.ts). */
    deployment: Deployment;
  }
}

const ROOT = path.resolve(import.meta.dirname, "../..");
const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");

/** Builds the app when stale and serves it with `next start` on a seeded copy of the template database. */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.RECTO_TEST_SERVER_URL!;
  const database = `recto_t_${process.pid}_e2e`;
  await adminQuery(serverUrl, `CREATE DATABASE "${database}" TEMPLATE "${process.env.RECTO_TEST_TEMPLATE}"`);
  const databaseUrl = withDatabase(serverUrl, database);
  process.env.DATABASE_URL = databaseUrl;
  const { seedDemo } = await import("../../lib/demo/seed");
  const { accounts } = await seedDemo();
  const { getPrisma } = await import("../../lib/db/client");
  await getPrisma().$disconnect();

  if (buildIsStale(ROOT)) await run([NEXT_BIN, "build"]);
  const deployment: Deployment = { databaseUrl, authSecret: randomBytes(32).toString("hex") };
  const server = await startWebInstance({ name: "app", deployment });
  project.provide("baseUrl", server.baseUrl);
  project.provide("demoAccounts", accounts);
  project.provide("deployment", deployment);
  return () => server.stop();
}

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "inherit" });
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (exit ${code})`))));
  });
}
