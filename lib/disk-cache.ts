import { createHash } from "node:crypto";
import { mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync, closeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Start-up work saved between processes (decision 020): one file per entry, named for what it
 * holds, stamped with a key that names everything it was built from. Any problem (no folder, a
 * stale key, a torn file) reads as a miss; writing never fails the caller.
 */

/** `$RECTO_CACHE_DIR`, else `$XDG_CACHE_HOME/recto`, else `<tmpdir>/recto-cache`; `RECTO_CACHE_DIR=off` turns the cache off. */
export function cacheFolder(): string | null {
  const chosen = process.env.RECTO_CACHE_DIR;
  if (chosen === "off") return null;
  if (chosen) return chosen;
  return process.env.XDG_CACHE_HOME ? path.join(process.env.XDG_CACHE_HOME, "recto") : path.join(tmpdir(), "recto-cache");
}

/** What identifies a file's version without reading it: path, size and modification time (null when it is missing). */
export function fileIdentity(file: string | URL): string | null {
  try {
    const resolved = file instanceof URL || file.startsWith("file:") ? fileURLToPath(file) : file;
    const stat = statSync(resolved);
    return `${resolved}:${stat.size}:${stat.mtimeMs}`;
  } catch {
    return null;
  }
}

export const cacheKey = (parts: readonly unknown[]) => createHash("sha256").update(JSON.stringify(parts)).digest("hex");

// File layout: 4 bytes (header length, little-endian), the header as JSON ({ key, ...meta }), the payload.
/** The entry `name` if it was written under `key`: its meta and payload; null otherwise. */
export function readCacheEntry<Meta>(name: string, key: string): { meta: Meta; payload: Buffer } | null {
  const folder = cacheFolder();
  if (!folder) return null;
  try {
    const file = readFileSync(path.join(folder, name));
    const headerLength = file.readUInt32LE(0);
    const header = JSON.parse(file.subarray(4, 4 + headerLength).toString("utf8")) as { key: string; meta: Meta };
    if (header.key !== key) return null;
    return { meta: header.meta, payload: file.subarray(4 + headerLength) };
  } catch {
    return null;
  }
}

/** Writes the entry `name` under `key`, atomically (a reader sees the old file or the new one); false when it could not. */
export function writeCacheEntry(name: string, key: string, meta: unknown, payload: Uint8Array): boolean {
  const folder = cacheFolder();
  if (!folder) return false;
  const staging = path.join(folder, `${name}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    mkdirSync(folder, { recursive: true });
    const header = Buffer.from(JSON.stringify({ key, meta }), "utf8");
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length, 0);
    const descriptor = openSync(staging, "w", 0o600);
    try {
      for (const part of [length, header, payload]) {
        for (let written = 0; written < part.length; ) written += writeSync(descriptor, part, written);
      }
    } finally {
      closeSync(descriptor);
    }
    renameSync(staging, path.join(folder, name));
    return true;
  } catch {
    try {
      rmSync(staging, { force: true });
    } catch {
      // Nothing was staged where nothing can be written.
    }
    return false;
  }
}

/** Removes the entry `name` (one found wrong on use). */
export function removeCacheEntry(name: string): void {
  const folder = cacheFolder();
  if (folder) rmSync(path.join(folder, name), { force: true });
}
