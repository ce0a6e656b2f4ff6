/**
 * Real French/English parallel text with a gold alignment, obtained at run time from Debian packages:
 * the French gettext catalogues (.mo) of GNU Bash and GNU coreutils. Each msgid/msgstr pair is a
 * human translation by the Translation Project's French team; a message's blank-line-separated blocks
 * are kept as gold units when both sides have the same number of blocks. Every unit becomes one
 * paragraph, and its gold bead links all its French sentences to all its English ones; units with
 * several sentences on both sides are left unscored, their inner alignment being unknown.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { segmentText } from "../../lib/align/segment";
import { parseMoFile, type MoEntry } from "./mo-file";
import { createRandom } from "./synthetic-book";
import type { GoldBead, ParallelDocument } from "./types";

export const CATALOGUE_PACKAGES = ["bash", "coreutils"] as const;

export type CatalogueSource = { packageName: string; version: string; units: number };

/** Downloads (once, into `cacheDir`) each package's .deb with apt-get and reads its French catalogue. */
export function readDebianCatalogue(packageName: string, cacheDir: string): { entries: MoEntry[]; version: string } {
  mkdirSync(cacheDir, { recursive: true });
  const find = () => readdirSync(cacheDir).find((file) => file.startsWith(`${packageName}_`) && file.endsWith(".deb"));
  if (!find()) execFileSync("apt-get", ["download", packageName], { cwd: cacheDir, stdio: "pipe" });
  const deb = path.join(cacheDir, find()!);
  const version = execFileSync("dpkg-deb", ["-f", deb, "Version"], { encoding: "utf8" }).trim();
  const member = `./usr/share/locale/fr/LC_MESSAGES/${packageName}.mo`;
  const tar = execFileSync("dpkg-deb", ["--fsys-tarfile", deb], { maxBuffer: 1 << 30 });
  const mo = execFileSync("tar", ["-xO", member], { input: tar, maxBuffer: 1 << 28 });
  return { entries: parseMoFile(mo), version };
}

const BLANK_LINE = /\n[ \t]*\n/u;

/** Prose messages only: several words with lower-case letters, no plural or context forms. */
function isProse(entry: MoEntry): boolean {
  if (!entry.msgid || !entry.msgstr || /[\u0000\u0004]/u.test(entry.msgid + entry.msgstr)) return false;
  return entry.msgid.trim().split(/\s+/u).length >= 4 && /\p{Ll}{3}/u.test(entry.msgid);
}

/** Blank-line blocks of a message paired one to one when both sides have as many, else the whole message. */
function units(entry: MoEntry): [string, string][] {
  const clean = (block: string) => block.replace(/^\s+|\s+$/gu, "");
  const source = entry.msgstr.split(BLANK_LINE).map(clean).filter(Boolean);
  const target = entry.msgid.split(BLANK_LINE).map(clean).filter(Boolean);
  if (source.length === target.length) return source.map((block, k) => [block, target[k]]);
  return [[source.join("\n"), target.join("\n")]];
}

type Piece = { text: string; sentences: string[] };

/** Whether `pieces` joined by spaces segment into exactly their sentences (no unit runs into the next). */
function isRunningText(pieces: Piece[], language: "fr" | "en", onePerLine: boolean): boolean {
  const joined = pieces.map((piece) => piece.text).join(" ");
  const sentences = pieces.flatMap((piece) => piece.sentences);
  const got = segmentText(joined, language, { onePerLine }).sentences;
  return got.length === sentences.length && got.every((sentence, k) => sentence.text === sentences[k]);
}

/**
 * Paragraphs of one side: within each group of units, consecutive units that read as running text
 * are joined by a space into one paragraph; any other unit is a paragraph of its own.
 */
function assembleSide(groups: Piece[][], language: "fr" | "en", onePerLine: boolean): { text: string; paragraphs: string[][] } {
  const texts: string[] = [];
  const paragraphs: string[][] = [];
  const close = (run: Piece[]) => {
    if (run.length === 0) return;
    texts.push(run.map((piece) => piece.text).join(" "));
    paragraphs.push(run.flatMap((piece) => piece.sentences));
  };
  for (const group of groups) {
    let run: Piece[] = [];
    for (const piece of group.filter((unit) => unit.sentences.length > 0)) {
      if (run.length > 0 && !isRunningText([...run, piece], language, onePerLine)) {
        close(run);
        run = [];
      }
      run.push(piece);
    }
    close(run);
  }
  return { text: texts.join(onePerLine ? "\n" : "\n\n"), paragraphs };
}

/**
 * Builds the evaluation document; French (msgstr) is the source, English (msgid) the target. With
 * `omitRate`, that share of units loses one side (seeded), as adaptations drop and add passages;
 * with `unitsPerParagraph` > 1, single-line units run together into paragraphs, so that paragraph
 * boundaries no longer give the alignment away. With `onePerLine`, each paragraph is one line (its
 * line breaks made spaces) and no blank line separates them, as in text pasted from a web page.
 */
export function buildCatalogueDocument(
  catalogues: { packageName: string; entries: MoEntry[] }[],
  options: { omitRate?: number; seed?: number; unitsPerParagraph?: number; onePerLine?: boolean } = {},
): ParallelDocument {
  const onePerLine = options.onePerLine ?? false;
  const asLine = (unit: string) => (onePerLine ? unit.replace(/\s+/gu, " ").trim() : unit);
  const random = createRandom(options.seed ?? 1);
  const omitRate = options.omitRate ?? 0;
  const unitsPerParagraph = options.unitsPerParagraph ?? 1;
  const gold: GoldBead[] = [];
  const groups: { source: Piece; target: Piece }[][] = [];
  let sourceCount = 0;
  let targetCount = 0;
  for (const { entries } of catalogues) {
    for (const [sourceLines, targetLines] of entries.filter(isProse).flatMap(units)) {
      const [sourceUnit, targetUnit] = [asLine(sourceLines), asLine(targetLines)];
      // A unit is read as a part of the document, in the document's convention.
      let source = segmentText(sourceUnit, "fr", { onePerLine }).sentences.map((s) => s.text);
      let target = segmentText(targetUnit, "en", { onePerLine }).sentences.map((s) => s.text);
      if (source.length === 0 || target.length === 0) continue;
      const roll = random();
      if (roll < omitRate / 2) source = [];
      else if (roll < omitRate) target = [];
      gold.push({
        source: source.map((_, k) => sourceCount + k),
        target: target.map((_, k) => targetCount + k),
        // With several sentences on both sides the message does not say which sentence is which.
        isUnscored: source.length > 1 && target.length > 1,
      });
      if (gold.length % unitsPerParagraph === 1 || unitsPerParagraph === 1) groups.push([]);
      groups[groups.length - 1].push({ source: { text: sourceUnit, sentences: source }, target: { text: targetUnit, sentences: target } });
      sourceCount += source.length;
      targetCount += target.length;
    }
  }
  const source = assembleSide(groups.map((group) => group.map((unit) => unit.source)), "fr", onePerLine);
  const target = assembleSide(groups.map((group) => group.map((unit) => unit.target)), "en", onePerLine);
  return { name: "", source: source.paragraphs, target: target.paragraphs, gold, sourceText: source.text, targetText: target.text };
}

export function hasAptGet(): boolean {
  return existsSync("/usr/bin/apt-get") && existsSync("/usr/bin/dpkg-deb");
}
