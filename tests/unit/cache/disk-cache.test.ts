import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { cacheFolder, cacheKey, fileIdentity, readCacheEntry, writeCacheEntry } from "@/lib/disk-cache";

const folder = mkdtempSync(path.join(tmpdir(), "recto-disk-cache-"));
const saved = process.env.RECTO_CACHE_DIR;

afterEach(() => {
  if (saved === undefined) delete process.env.RECTO_CACHE_DIR;
  else process.env.RECTO_CACHE_DIR = saved;
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("disk cache", () => {
  it("gives back what was written under the same key, and nothing under another", () => {
    process.env.RECTO_CACHE_DIR = folder;
    const key = cacheKey(["lexicon", 1]);
    expect(writeCacheEntry("entry.bin", key, { pointer: 42 }, Buffer.from("payload"))).toBe(true);
    const entry = readCacheEntry<{ pointer: number }>("entry.bin", key);
    expect(entry?.meta).toEqual({ pointer: 42 });
    expect(entry?.payload.toString()).toBe("payload");
    expect(readCacheEntry("entry.bin", cacheKey(["lexicon", 2]))).toBeNull();
    expect(readdirSync(folder)).toEqual(["entry.bin"]);
  });

  it("reads a torn or foreign file as a miss", () => {
    process.env.RECTO_CACHE_DIR = folder;
    writeFileSync(path.join(folder, "torn.bin"), Buffer.from([200, 0, 0, 0, 123]));
    expect(readCacheEntry("torn.bin", cacheKey(["x"]))).toBeNull();
    expect(readCacheEntry("absent.bin", cacheKey(["x"]))).toBeNull();
  });

  it("writes nothing and throws nothing where the folder cannot be made, or when turned off", () => {
    const file = path.join(folder, "a-file");
    writeFileSync(file, "");
    process.env.RECTO_CACHE_DIR = path.join(file, "below");
    expect(writeCacheEntry("entry.bin", cacheKey(["x"]), null, Buffer.from("payload"))).toBe(false);
    process.env.RECTO_CACHE_DIR = "off";
    expect(cacheFolder()).toBeNull();
    expect(writeCacheEntry("entry.bin", cacheKey(["x"]), null, Buffer.from("payload"))).toBe(false);
    expect(readCacheEntry("entry.bin", cacheKey(["x"]))).toBeNull();
  });

  it("names a file by path, size and modification time, and a missing one by null", () => {
    const file = path.join(folder, "dictionary");
    writeFileSync(file, "abc");
    expect(fileIdentity(file)).toMatch(new RegExp(`^${file}:3:`));
    expect(fileIdentity(path.join(folder, "absent"))).toBeNull();
  });
});
