import path from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import { cacheKey, fileIdentity, readCacheEntry, writeCacheEntry } from "@/lib/disk-cache";
import { apertiumFiles, readApertiumPivot } from "./apertium";
import { freeDictFiles } from "./freedict";
import type { Phrase } from "./types";

type SharedLexicon<Lexicon> = { lexicon: Lexicon; shipped: Lexicon; phrases: Phrase[]; freeDictEntries: number };
/** A lexicon as stored: its keys, and each key's stems joined by SEPARATOR. */
type StoredLexicon = { keys: string[]; stems: string[] };
type Stored = { lexicon: StoredLexicon; shipped: StoredLexicon; phrases: Phrase[]; freeDictEntries: number };

/** Bump when the stored form changes. */
const LEXICON_CACHE_FORMAT = 3;
const PIVOT_CACHE_FORMAT = 3;
const PIVOT_ENTRY = "apertium-pivot.bin";
const ENTRY = "word-lexicon.bin";
const SEPARATOR = "\t";

/**
 * The key of the saved lexicon (decision 020): the FreeDict files read, and the build of the code
 * that reads and stems them. Only the built CLI has a build to name (dist/cli/inputs.json, rewritten
 * by every build); elsewhere (tsx, Vitest, the app) this is null and the lexicon is always built.
 */
function lexiconKey(): string | null {
  // A path, not `new URL("./inputs.json", import.meta.url)`, which Next's bundler would take for an asset to bundle.
  const build = fileIdentity(path.join(path.dirname(fileURLToPath(import.meta.url)), "inputs.json"));
  if (!build) return null;
  const dictionaries = process.env.RECTO_FREEDICT === "off" ? "off" : (["fra-eng", "eng-fra"] as const).flatMap((name) => freeDictFiles(name).map((file) => fileIdentity(file)));
  return cacheKey([LEXICON_CACHE_FORMAT, build, dictionaries, apertiumKey()]);
}

const storeLexicon = (lexicon: Map<string, Set<string>>): StoredLexicon => ({ keys: [...lexicon.keys()], stems: [...lexicon.values()].map((stems) => [...stems].join(SEPARATOR)) });

function restoreLexicon<Lexicon extends Map<string, Set<string>>>(stored: StoredLexicon, lexicon: Lexicon): Lexicon {
  for (const [index, key] of stored.keys.entries()) lexicon.set(key, new Set(stored.stems[index].split(SEPARATOR)));
  return lexicon;
}

/**
 * The lexicon and Recto's own (`shipped`, stemming it costs a few hundred milliseconds) saved by an
 * earlier process with this build and these dictionaries (filled into `empty()`), else `build()`'s (then saved).
 */
export function loadCachedLexicon<Lexicon extends Map<string, Set<string>>>(build: () => SharedLexicon<Lexicon>, empty: () => Lexicon): SharedLexicon<Lexicon> {
  const key = lexiconKey();
  const saved = key ? readCacheEntry<null>(ENTRY, key) : null;
  if (saved) {
    try {
      const stored = deserialize(saved.payload) as Stored;
      return { lexicon: restoreLexicon(stored.lexicon, empty()), shipped: restoreLexicon(stored.shipped, empty()), phrases: stored.phrases, freeDictEntries: stored.freeDictEntries };
    } catch {
      // A file that does not read back is rebuilt below, and overwritten.
    }
  }
  const built = build();
  if (key) {
    const stored: Stored = { lexicon: storeLexicon(built.lexicon), shipped: storeLexicon(built.shipped), phrases: built.phrases, freeDictEntries: built.freeDictEntries };
    writeCacheEntry(ENTRY, key, null, serialize(stored));
  }
  return built;
}

/** The Apertium dictionaries the pivot reads ("off" when `RECTO_APERTIUM=off`), as file identities. */
function apertiumKey(): unknown {
  return process.env.RECTO_APERTIUM === "off" ? "off" : Object.values(apertiumFiles()).map((file) => fileIdentity(file));
}

/**
 * The Apertium pivot lexicon (French lemma → English lemmas) as `file` prepares it for the lexicon,
 * saved between processes under the identities of the four dictionaries whatever runs it (tsx,
 * Vitest, the app, the CLI): dumping them with `lt-print` and stemming the result takes seconds,
 * reading the saved result tens of milliseconds. `file`'s result for an empty pivot when `RECTO_APERTIUM=off`.
 * Bump PIVOT_CACHE_FORMAT when `file` or the stemming changes.
 */
export function loadApertiumPivot<Filed>(file: (pivot: Map<string, string[]>) => Filed): Filed {
  if (process.env.RECTO_APERTIUM === "off") return file(new Map());
  const key = cacheKey([PIVOT_CACHE_FORMAT, apertiumKey()]);
  const saved = readCacheEntry<null>(PIVOT_ENTRY, key);
  if (saved) {
    try {
      return deserialize(saved.payload) as Filed;
    } catch {
      // Rebuilt below, and overwritten.
    }
  }
  const pivot = file(readApertiumPivot());
  writeCacheEntry(PIVOT_ENTRY, key, null, serialize(pivot));
  return pivot;
}
