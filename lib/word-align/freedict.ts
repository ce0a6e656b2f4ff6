import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

/** Where Debian's dict-freedict-* packages put their files. FreeDict is GPL-2+: read here, never shipped (decision 011). */
const DICTD_DIR = process.env.RECTO_FREEDICT_DIR ?? "/usr/share/dictd";
const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function decodeNumber(text: string): number {
  let value = 0;
  for (const char of text) value = value * 64 + BASE64.indexOf(char);
  return value;
}

export type FreeDictName = "fra-eng" | "eng-fra";

/** The files `readFreeDict(name)` reads: the index and the dictzip body. */
export function freeDictFiles(name: FreeDictName, directory = DICTD_DIR): [string, string] {
  return [`${directory}/freedict-${name}.index`, `${directory}/freedict-${name}.dict.dz`];
}

export type DictionaryEntry = { headword: string; translations: string[] };

/**
 * The entries of one installed FreeDict dictionary (`fra-eng` or `eng-fra`), or [] when it is not
 * installed or unreadable: the aligner then works from Recto's own lexicon alone.
 */
export function readFreeDict(name: FreeDictName, directory = DICTD_DIR): DictionaryEntry[] {
  const [indexPath, dictPath] = freeDictFiles(name, directory);
  if (!existsSync(indexPath) || !existsSync(dictPath)) return [];
  try {
    // dictzip files are gzip files with random-access chunks; Node reads them whole.
    const body = gunzipSync(readFileSync(dictPath));
    const entries: DictionaryEntry[] = [];
    for (const line of readFileSync(indexPath, "utf8").split("\n")) {
      const [headword, offset, length] = line.split("\t");
      if (!length || headword.startsWith("00database")) continue;
      const start = decodeNumber(offset);
      const text = body.subarray(start, start + decodeNumber(length)).toString("utf8");
      entries.push({ headword, translations: parseTranslations(text) });
    }
    return entries;
  } catch {
    return [];
  }
}

/** An entry is a header line ("abandon /abɑ̃dɔ̃/ <n>") then senses, numbered or not, comma-separated. */
function parseTranslations(text: string): string[] {
  return text
    .split("\n")
    .slice(1)
    .flatMap((line) => line.replace(/^\s*\d+\.\s*/, "").replace(/\([^)]*\)|\[[^\]]*\]|<[^>]*>/g, "").split(/[,;]/))
    .map((translation) => translation.trim().toLowerCase())
    .filter((translation) => translation !== "" && !translation.startsWith('"'));
}
