import { createRequire } from "node:module";
import { cruise, type ICruiseResult } from "dependency-cruiser";
import { describe, expect, it } from "vitest";

// The project's own rules (.dependency-cruiser.cjs, run by `npm run lint`) on a fixture tree that breaks each of them once.
const config = createRequire(import.meta.url)("../../../.dependency-cruiser.cjs");
const FIXTURE = "tests/fixtures/boundaries";

async function violationsOf(paths: string[]) {
  const result = await cruise(paths, { baseDir: FIXTURE, ruleSet: { forbidden: config.forbidden }, validate: true, doNotFollow: { path: "node_modules" } });
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((violation) => `${violation.rule.name}: ${violation.from} -> ${violation.to}`);
}

describe("the module boundary rules", () => {
  it("fail on a deliberate file cycle and module cycle, a pure module reaching the database, and lib importing app", async () => {
    const violations = await violationsOf(["lib", "app"]);
    expect(violations).toEqual(expect.arrayContaining([
      expect.stringMatching(/^no-circular: lib\/(review\/approval|findings\/mutations)\.ts -> /),
      expect.stringMatching(/^no-circular-modules: lib\/(review|findings) -> lib\/(findings|review)$/),
      "pure-imports-no-database: lib/diff/word-diff.ts -> lib/db/client.ts",
      "lib-never-imports-app: lib/review/approval.ts -> app/page.ts",
    ]));
  });

  it("pass a tree without those imports", async () => {
    expect(await violationsOf(["lib/db", "app"])).toEqual([]);
  });
});
