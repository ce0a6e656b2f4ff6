import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const alias = { "@": root, "server-only": `${root}tests/setup/server-only-stub.ts` };
// The QA checks' and the word aligner's unit files, but for those that mock a module, set the
// environment or start threads: they keep their own module graph.
const ISOLATED_QA_FILES = new Set(["distinct-pairs.test.ts", "grammar-snapshot.test.ts", "checks-worker.test.ts", "run-checks-threaded.test.ts"]);
const SHARED_QA_FILES = ["tests/unit/qa", "tests/unit/word-align"].flatMap((folder) =>
  readdirSync(folder).filter((name) => name.endsWith(".test.ts") && !ISOLATED_QA_FILES.has(name)).map((name) => `${folder}/${name}`),
);

export default defineConfig({
  test: {
    reporters: ["default", "./tests/setup/summary-reporter.ts"],
    allowOnly: false,
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...SHARED_QA_FILES],
          env: { TZ: "Pacific/Chatham" },
        },
      },
      {
        // The QA checks' own files build the speller, the word lexicon and Harper before their first
        // case (seconds each): unisolated, a worker builds them once for all its files, not once per file.
        resolve: { alias },
        test: {
          name: "unit-qa",
          include: SHARED_QA_FILES,
          isolate: false,
          // A whole article's checks take seconds on a loaded machine; 5 s is Vitest's default.
          testTimeout: 30_000,
          env: { TZ: "Pacific/Chatham" },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/setup/global-db.ts", "tests/setup/global-cli.ts"],
          setupFiles: ["tests/setup/file-db.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          env: { TZ: "Pacific/Chatham" },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.spec.ts"],
          globalSetup: ["tests/setup/global-db.ts", "tests/setup/global-app.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
