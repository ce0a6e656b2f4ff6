import { mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { cacheFolder, cacheKey, fileIdentity, readCacheEntry, readCacheEntryInto, writeCacheEntry } from "@/lib/disk-cache";

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

  it("gives back an entry written with no meta (null)", () => {
    process.env.RECTO_CACHE_DIR = folder;
    const key = cacheKey(["pivot", 1]);
    writeCacheEntry("no-meta.bin", key, null, Buffer.from("payload"));
    expect(readCacheEntry("no-meta.bin", key)).toEqual({ meta: null, payload: Buffer.from("payload") });
  });

  it("reads a torn or foreign file as a miss", () => {
    process.env.RECTO_CACHE_DIR = folder;
    writeFileSync(path.join(folder, "torn.bin"), Buffer.from([200, 0, 0, 0, 123]));
    expect(readCacheEntry("torn.bin", cacheKey(["x"]))).toBeNull();
    expect(readCacheEntry("absent.bin", cacheKey(["x"]))).toBeNull();
  });

  it("reads a payload straight into the bytes the caller gives for its meta and length", () => {
    process.env.RECTO_CACHE_DIR = folder;
    const key = cacheKey(["image", 1]);
    writeCacheEntry("image.bin", key, { pages: 1 }, Buffer.from("0123456789"));
    const memory = new Uint8Array(16).fill(120);
    const given: Array<[unknown, number]> = [];
    const meta = readCacheEntryInto<{ pages: number }>("image.bin", key, (found, length) => (given.push([found, length]), memory.subarray(2, 2 + length)));
    expect(meta).toEqual({ meta: { pages: 1 } });
    expect(given).toEqual([[{ pages: 1 }, 10]]);
    expect(Buffer.from(memory).toString()).toBe("xx0123456789xxxx");
  });

  it("reads nothing into the caller's bytes under another key or when the caller declines", () => {
    process.env.RECTO_CACHE_DIR = folder;
    const key = cacheKey(["image", 2]);
    writeCacheEntry("image.bin", key, null, Buffer.from("0123456789"));
    const asked: string[] = [];
    expect(readCacheEntryInto("image.bin", cacheKey(["image", 3]), () => (asked.push("other key"), new Uint8Array(10)))).toBeNull();
    expect(readCacheEntryInto("image.bin", key, () => (asked.push("declined"), null))).toBeNull();
    expect(asked).toEqual(["declined"]);
  });

  it("throws when the payload ends before the bytes given for it are filled, and reads that as a miss for a plain read", () => {
    process.env.RECTO_CACHE_DIR = folder;
    const key = cacheKey(["image", 4]);
    writeCacheEntry("image.bin", key, null, Buffer.from("0123456789"));
    const cutShort = (_: unknown, length: number) => {
      truncateSync(path.join(folder, "image.bin"), 20);
      return new Uint8Array(length);
    };
    expect(() => readCacheEntryInto("image.bin", key, cutShort)).toThrow(/ended \d+ bytes early/);
    expect(readCacheEntry("image.bin", key)).toBeNull();
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
