// Builds the recto CLI ahead of time (esbuild): scripts/recto.ts → dist/cli/recto.mjs, one chunk per
// lazily imported module, npm packages left external. Compiling TypeScript at every start (tsx) cost
// about a second before any command ran. `node scripts/build-cli.mjs` builds; bin/recto.mjs
// rebuilds on first use when a source file is newer than the build.
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT_DIR = path.join(ROOT, "dist/cli");
export const CLI_ENTRY = path.join(OUT_DIR, "recto.mjs");
// The files the last build read (esbuild's metafile), and the build settings themselves.
const INPUTS_FILE = path.join(OUT_DIR, "inputs.json");
const ALWAYS_INPUTS = ["scripts/build-cli.mjs", "package-lock.json", "tsconfig.json"];

// npm packages stay external (native code, Prisma's runtime, files read at run time), except zod:
// every command parses its flags with it, and loading its hundred files costs more than Node's own start.
const BUNDLED_PACKAGES = /^zod(?:\/|$)/;

const packages = {
  name: "packages",
  setup(build) {
    // `server-only` guards lib/ from client bundles; the CLI is server code, so it is an empty module.
    build.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
    build.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "", loader: "js" }));
    // zod's `locales` namespace (64 translations of its messages, 0.6 MB) is reachable from every
    // import of zod, though Recto never reads it; its English messages come from their own file.
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => (args.importer.includes("/node_modules/zod/") ? { path: "zod-locales", namespace: "empty" } : undefined));
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith("@/") || BUNDLED_PACKAGES.test(args.path)) return undefined;
      return { path: args.path, external: true };
    });
  },
};

/** True when there is no build, or a file it was built from (or the build settings) changed since. */
export function isCliStale() {
  if (!existsSync(CLI_ENTRY) || !existsSync(INPUTS_FILE)) return true;
  const builtAt = statSync(INPUTS_FILE).mtimeMs;
  const inputs = [...JSON.parse(readFileSync(INPUTS_FILE, "utf8")), ...ALWAYS_INPUTS];
  return inputs.some((input) => {
    const file = path.join(ROOT, input);
    return !existsSync(file) || statSync(file).mtimeMs > builtAt;
  });
}

/** Builds into a new folder and swaps it in, so a CLI started meanwhile never sees half a build. */
export async function buildCli() {
  const { build } = await import("esbuild");
  const staging = `${OUT_DIR}.${process.pid}-new`;
  const result = await build({
    absWorkingDir: ROOT,
    // The grammar thread's entry (lib/qa/grammar/grammar-worker.ts) sits beside the chunks that start it.
    entryPoints: { recto: "scripts/recto.ts", "grammar-thread": "lib/qa/grammar/grammar-thread.ts" },
    outdir: staging,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // esbuild's table has Node 20 lacking \p{…} in regular expressions, so it rewrites each such
    // literal (about 150 in the checks) as `new RegExp(…)`, made again at every call, inner loops
    // included. Node 20 runs them as written: the same engine reads the same pattern either way.
    supported: { "regexp-unicode-property-escapes": true },
    conditions: ["react-server"],
    plugins: [packages],
    // Every chunk sits two folders below the root, like scripts/commands/ and lib/<module>/, so the
    // `import.meta.dirname` paths to prisma/ stay right.
    chunkNames: "[name]-[hash]",
    metafile: true,
    logLevel: "warning",
  });
  const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.includes(":") && !input.startsWith("node_modules/"));
  writeFileSync(path.join(staging, path.basename(INPUTS_FILE)), JSON.stringify(inputs));
  const old = `${OUT_DIR}.${process.pid}-old`;
  // Two builds at once (parallel test files): whichever renames last wins; both are the same build.
  tryRename(OUT_DIR, old);
  if (!tryRename(staging, OUT_DIR)) rmSync(staging, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
  return CLI_ENTRY;
}

function tryRename(from, to) {
  try {
    renameSync(from, to);
    return true;
  } catch (error) {
    if (["ENOENT", "ENOTEMPTY", "EEXIST"].includes(error.code)) return false;
    throw error;
  }
}

/** Builds when stale; returns the entry file to import. */
export async function ensureCliBuilt() {
  if (isCliStale()) await buildCli();
  return CLI_ENTRY;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCli();
}
