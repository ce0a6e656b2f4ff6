import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runRecto } from "@/tests/support/recto-cli";

const folder = mkdtempSync(path.join(tmpdir(), "recto-qa-cache-"));
const cache = path.join(folder, "cache");
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const PAIRS = [
  { id: "p1", source: "Au moins 1 400 personnes ont été tuées.", target: "At least 1,500 people were killed." },
  { id: "p2", source: "Ils étaient là quand il est arrivé à l'école.", target: "They was there when he arrive at a school." },
  { id: "p3", source: "Les gouvernements occidentaux sont complices de l’offensive israélienne contre Gaza.", target: "Western governments are complicit in the attack on Israel." },
];
const input = path.join(folder, "pairs.json");
writeFileSync(input, JSON.stringify(PAIRS));

const runQa = (cacheDir: string) => runRecto(["qa", "--input", input, "--format", "jsonl"], { env: { ...process.env, RECTO_CACHE_DIR: cacheDir } });

describe("recto qa's start-up cache (decision 020)", () => {
  it("gives the same findings when it builds Harper and the lexicon, saves them, and starts from what it saved", async () => {
    const uncached = await runQa("off");
    expect(uncached.code).toBe(0);
    expect(uncached.stdout).toContain('"check":"grammar"');
    const saving = await runQa(cache);
    expect(existsSync(path.join(cache, "harper-linter.bin"))).toBe(true);
    expect(existsSync(path.join(cache, "word-lexicon.bin"))).toBe(true);
    const restored = await runQa(cache);
    expect([saving.stdout, restored.stdout]).toEqual([uncached.stdout, uncached.stdout]);
    expect(restored.stderr).not.toMatch(/could not be loaded|main thread instead/);
  }, 240_000);

  it("builds afresh over a damaged cache, and runs where the cache cannot be written", async () => {
    const uncached = await runQa("off");
    const damaged = path.join(folder, "damaged");
    const unwritable = path.join(input, "below");
    rmSync(damaged, { recursive: true, force: true });
    await runQa(damaged);
    writeFileSync(path.join(damaged, "harper-linter.bin"), Buffer.from([8, 0, 0, 0, 1, 2, 3]));
    writeFileSync(path.join(damaged, "word-lexicon.bin"), "not a cache");
    for (const result of [await runQa(damaged), await runQa(unwritable)]) expect(result).toMatchObject({ code: 0, stdout: uncached.stdout });
  }, 240_000);
});
