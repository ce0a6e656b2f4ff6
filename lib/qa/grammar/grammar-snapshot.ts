import { cacheKey, fileIdentity, readCacheEntryInto, removeCacheEntry, writeCacheEntry } from "@/lib/disk-cache";

/**
 * Harper's linter, built and configured, is nothing but the state of its WebAssembly instance's
 * memory (and the length of its table of JavaScript values): decision 020 keeps that image on disk,
 * so a new process copies it back (a few hundred milliseconds) instead of building the curated
 * dictionary again (a second and more of CPU).
 */

// The parts of harper.js's wasm-bindgen glue this relies on; none is in its typings.
type HarperExports = { memory: WebAssembly.Memory; __wbindgen_externrefs: WebAssembly.Table };
type HarperGlue<Linter> = { default(): Promise<HarperExports>; Linter: { new: (dialect: number) => Linter; __wrap(pointer: number): Linter } };
export type HarperBinary<Linter> = { url: string | URL; getBinaryModule(): Promise<HarperGlue<Linter>> };
type SnapshotMeta = { pointer: number; tableLength: number; probe: string };

/** Bump when the way the image is taken or restored changes. */
const SNAPSHOT_FORMAT = 1;
const ENTRY = "harper-linter.bin";

/**
 * A linter from `binary`: copied back from the saved image when one matches `setting` (rules,
 * dialect) and the installed harper.js, and answers `probe` as the built one did; otherwise built
 * by `build` and saved. `probe` lints a fixed text and returns its lints as a string.
 */
export async function loadSnapshotLinter<Linter extends { __wbg_ptr: number }>(
  binary: HarperBinary<Linter>, setting: unknown, build: (glue: HarperGlue<Linter>) => Linter, probe: (linter: Linter) => string,
): Promise<Linter> {
  const glue = await binary.getBinaryModule();
  const wasm = await glue.default();
  const key = cacheKey([SNAPSHOT_FORMAT, fileIdentity(binary.url instanceof URL ? binary.url : new URL(binary.url)), setting]);
  const saved = readImage(wasm, key);
  if (saved) {
    const restored = glue.Linter.__wrap(saved.pointer);
    if (probe(restored) === saved.probe) return restored;
    // This instance's memory is now the image's: the next process (or thread) builds afresh.
    removeCacheEntry(ENTRY);
    throw new Error("the saved grammar checker answered differently from when it was saved; it is rebuilt next time");
  }
  const linter = build(glue);
  // Taken after the probe (the first lint, as every new linter gets), so a restored linter is in the built one's state.
  const meta = { pointer: linter.__wbg_ptr, probe: probe(linter), tableLength: wasm.__wbindgen_externrefs.length };
  writeCacheEntry(ENTRY, key, meta, new Uint8Array(wasm.memory.buffer));
  return linter;
}

/**
 * Reads the saved image straight into the instance's memory (grown to its size first; reading it
 * into a buffer and copying that in cost a second pass over ~170 MB) and grows the table to match.
 * Null, the instance untouched, when there is no image for `key` or it cannot fit this instance.
 */
function readImage(wasm: HarperExports, key: string): SnapshotMeta | null {
  const pageSize = 65_536;
  try {
    const found = readCacheEntryInto<SnapshotMeta>(ENTRY, key, (meta, length) => {
      const current = wasm.memory.buffer.byteLength;
      if (length % pageSize !== 0 || length < current || wasm.__wbindgen_externrefs.length > meta.tableLength) return null;
      if (length > current) wasm.memory.grow((length - current) / pageSize);
      if (meta.tableLength > wasm.__wbindgen_externrefs.length) wasm.__wbindgen_externrefs.grow(meta.tableLength - wasm.__wbindgen_externrefs.length);
      return new Uint8Array(wasm.memory.buffer);
    });
    return found?.meta ?? null;
  } catch (error) {
    // Part of the image may be in memory already: this instance is unusable, and so is the file.
    removeCacheEntry(ENTRY);
    throw new Error("the saved grammar checker could not be read back; it is rebuilt next time", { cause: error });
  }
}
