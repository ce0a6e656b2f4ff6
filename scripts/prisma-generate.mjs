// Runs `prisma generate` offline-safe: generate never executes the schema engine, but the CLI
// looks for one first and tries to download it. Pointing PRISMA_SCHEMA_ENGINE_BINARY at any
// executable (here: node itself) skips that download; an explicit setting is respected.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const result = spawnSync(process.execPath, [cli, "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
