import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { type HarperBinary, loadSnapshotLinter } from "@/lib/qa/grammar/grammar-snapshot";

// A stand-in for harper.js's glue: a real WebAssembly memory and table, and a "linter" that is
// nothing but bytes in that memory, as Harper's is.
const PAGE = 65_536;
const folder = mkdtempSync(path.join(tmpdir(), "recto-grammar-snapshot-"));
const wasmFile = path.join(folder, "harper.wasm");
writeFileSync(wasmFile, "stand-in");
const saved = process.env.RECTO_CACHE_DIR;
process.env.RECTO_CACHE_DIR = path.join(folder, "cache");
afterEach(() => rmSync(path.join(folder, "cache"), { recursive: true, force: true }));
afterAll(() => {
  if (saved === undefined) delete process.env.RECTO_CACHE_DIR;
  else process.env.RECTO_CACHE_DIR = saved;
  rmSync(folder, { recursive: true, force: true });
});

type FakeLinter = { __wbg_ptr: number; memory: WebAssembly.Memory };

function fakeHarper() {
  const memory = new WebAssembly.Memory({ initial: 1 });
  const table = new WebAssembly.Table({ initial: 2, element: "externref" });
  const builds: number[] = [];
  const binary: HarperBinary<FakeLinter> = {
    url: pathToFileURL(wasmFile),
    getBinaryModule: async () => ({
      default: async () => ({ memory, __wbindgen_externrefs: table }),
      Linter: {
        new: () => {
          // Building fills memory past its first page and the table past its first slots, as Harper's dictionary does.
          memory.grow(2);
          table.grow(3);
          new Uint8Array(memory.buffer).set(new TextEncoder().encode("built linter"), 2 * PAGE + 100);
          builds.push(1);
          return { __wbg_ptr: 2 * PAGE + 100, memory };
        },
        __wrap: (pointer: number) => ({ __wbg_ptr: pointer, memory }),
      },
    }),
  };
  return { binary, memory, table, builds };
}

const build = (glue: { Linter: { new: (dialect: number) => FakeLinter } }) => glue.Linter.new(0);
const probe = (linter: FakeLinter) => new TextDecoder().decode(new Uint8Array(linter.memory.buffer, linter.__wbg_ptr, 12));

describe("loadSnapshotLinter", () => {
  it("builds and saves a linter, then reads the saved image into a new instance's memory instead of building", async () => {
    const first = fakeHarper();
    expect(probe(await loadSnapshotLinter(first.binary, "rules", build, probe))).toBe("built linter");
    const second = fakeHarper();
    const restored = await loadSnapshotLinter(second.binary, "rules", build, probe);
    expect(second.builds).toEqual([]);
    expect(probe(restored)).toBe("built linter");
    expect(second.memory.buffer.byteLength).toBe(3 * PAGE);
    expect(second.table.length).toBe(5);
    expect(Buffer.from(second.memory.buffer).equals(Buffer.from(first.memory.buffer))).toBe(true);
  });

  it("builds afresh for other settings, and over an image cut short, leaving the new instance's memory alone", async () => {
    await loadSnapshotLinter(fakeHarper().binary, "rules", build, probe);
    const other = fakeHarper();
    await loadSnapshotLinter(other.binary, "other rules", build, probe);
    expect(other.builds).toHaveLength(1);
    truncateSync(path.join(folder, "cache", "harper-linter.bin"), 2 * PAGE);
    const afterCut = fakeHarper();
    expect(probe(await loadSnapshotLinter(afterCut.binary, "other rules", build, probe))).toBe("built linter");
    expect(afterCut.builds).toHaveLength(1);
    expect(afterCut.memory.buffer.byteLength).toBe(3 * PAGE);
  });
});
