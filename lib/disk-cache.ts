import { createHash } from "node:crypto";
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
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
  let payload = Buffer.alloc(0);
  try {
    const found = readCacheEntryInto<Meta>(name, key, (_, length) => (payload = Buffer.allocUnsafe(length)));
    return found && { meta: found.meta, payload };
  } catch {
    return null;
  }
}

/**
 * The meta (in an object: it may be null) of the entry `name` if it was written under `key`, with its payload read straight into
 * the bytes `destination` gives for the meta and the payload's length (no copy of a payload of
 * hundreds of megabytes); null, with nothing read, on a miss or when `destination` gives null.
 * Throws once `destination` was given if its bytes could not all be read: they are then partly written.
 */
export function readCacheEntryInto<Meta>(name: string, key: string, destination: (meta: Meta, length: number) => Uint8Array | null): { meta: Meta } | null {
  const folder = cacheFolder();
  if (!folder) return null;
  let descriptor: number;
  try {
    descriptor = openSync(path.join(folder, name), "r");
  } catch {
    return null;
  }
  try {
    const found = readHeader<Meta>(descriptor, key);
    const target = found && destination(found.meta, found.payloadLength);
    if (!found || !target) return null;
    if (target.length !== found.payloadLength) throw new Error(`cache entry ${name}: ${target.length} bytes given for a payload of ${found.payloadLength}`);
    readFully(descriptor, target, found.payloadStart, `cache entry ${name}`);
    return { meta: found.meta };
  } finally {
    closeSync(descriptor);
  }
}

/** The header of an open entry if it carries `key`, and where its payload lies; null if not, or torn. */
function readHeader<Meta>(descriptor: number, key: string): { meta: Meta; payloadStart: number; payloadLength: number } | null {
  try {
    const size = fstatSync(descriptor).size;
    const length = Buffer.alloc(4);
    readFully(descriptor, length, 0, "header length");
    const headerLength = length.readUInt32LE(0);
    if (4 + headerLength > size) return null;
    const bytes = Buffer.alloc(headerLength);
    readFully(descriptor, bytes, 4, "header");
    const header = JSON.parse(bytes.toString("utf8")) as { key: string; meta: Meta };
    if (header.key !== key) return null;
    return { meta: header.meta, payloadStart: 4 + headerLength, payloadLength: size - 4 - headerLength };
  } catch {
    return null;
  }
}

function readFully(descriptor: number, target: Uint8Array, position: number, what: string): void {
  for (let done = 0; done < target.length; ) {
    const read = readSync(descriptor, target, done, target.length - done, position + done);
    if (read === 0) throw new Error(`${what}: the file ended ${target.length - done} bytes early`);
    done += read;
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
