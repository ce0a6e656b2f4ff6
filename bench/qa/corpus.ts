import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { SegmentPair } from "@/lib/qa/types";
import { readMoFile } from "./mo-file";

export const CORPUS_PACKAGE = "freeciv-data";
const CATALOGUE = "./usr/share/locale/fr/LC_MESSAGES/freeciv-nations.mo";
/** Downloads land outside the repository: the fetched data is never committed. */
const CACHE = path.join(tmpdir(), "recto-qa-bench");

export type Corpus = { pairs: SegmentPair[]; packageVersion: string; entries: number };

function download(): { moFile: string; version: string } {
  mkdirSync(CACHE, { recursive: true });
  let deb = readdirSync(CACHE).find((name) => name.startsWith(`${CORPUS_PACKAGE}_`) && name.endsWith(".deb"));
  if (!deb) {
    execFileSync("apt-get", ["download", CORPUS_PACKAGE], { cwd: CACHE, stdio: "ignore" });
    deb = readdirSync(CACHE).find((name) => name.startsWith(`${CORPUS_PACKAGE}_`) && name.endsWith(".deb"));
    if (!deb) throw new Error(`apt-get download ${CORPUS_PACKAGE} left no .deb in ${CACHE}`);
  }
  const moFile = path.join(CACHE, "freeciv-nations.fr.mo");
  if (!existsSync(moFile)) {
    const tar = execFileSync("dpkg-deb", ["--fsys-tarfile", path.join(CACHE, deb)], { maxBuffer: 1 << 28 });
    execFileSync("tar", ["-x", "-C", CACHE, CATALOGUE], { input: tar });
    execFileSync("mv", [path.join(CACHE, CATALOGUE), moFile]);
  }
  return { moFile, version: deb.split("_")[1] };
}

const SENTENCE_END = /(?<=[.!?])\s+(?=[\p{Lu}«“"(\d])/u;

function sentences(text: string): string[] {
  return text.trim().split(SENTENCE_END).map((sentence) => sentence.trim()).filter(Boolean);
}

/**
 * French/English pairs from Freeciv's nation legends: English is the msgid, French the msgstr.
 * Legends split into sentence pairs when both sides have as many sentences; otherwise kept whole.
 */
export function loadCorpus(): Corpus {
  const { moFile, version } = download();
  const entries = readMoFile(readFileSync(moFile)).filter(([english]) => english.length >= 60 && !/%|\\|\[|\{/.test(english));
  const seen = new Set<string>();
  const pairs: SegmentPair[] = [];
  for (const [english, french] of entries) {
    const [targetSentences, sourceSentences] = [sentences(english), sentences(french)];
    const aligned = targetSentences.length === sourceSentences.length
      ? sourceSentences.map((source, i) => [source, targetSentences[i]] as const)
      : [[french.trim(), english.trim()] as const];
    for (const [source, target] of aligned) {
      if (seen.has(source) || source.length < 20) continue;
      seen.add(source);
      pairs.push({ id: `fc-${pairs.length + 1}`, source, target, kind: "1-1" });
    }
  }
  return { pairs, packageVersion: version, entries: entries.length };
}
