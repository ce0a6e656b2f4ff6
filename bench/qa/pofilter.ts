import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { SegmentPair } from "@/lib/qa/types";

/** pofilter tests run, and the Recto check types each one stands in for. */
export const POFILTER_TESTS: Record<string, string[]> = {
  numbers: ["number-mismatch"],
  acronyms: ["name-mismatch"],
  doublequoting: ["quote-mismatch"],
  singlequoting: ["quote-mismatch"],
  brackets: ["bracket-mismatch"],
  endpunc: ["punctuation"],
  startpunc: ["punctuation"],
  puncspacing: ["punctuation"],
  doublespacing: ["punctuation"],
  endwhitespace: ["punctuation"],
  unchanged: ["untranslated"],
  untranslated: ["omission"],
  blank: ["omission"],
  short: ["omission"],
  long: ["addition"],
  sentencecount: ["omission", "addition"],
  doublewords: ["repeated-word"],
  spellcheck: ["spelling"],
};

function quote(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\t/g, "\\t")}"`;
}

function toPo(pairs: SegmentPair[]): string {
  const header = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n';
  return [header, ...pairs.map((pair) => `msgctxt ${quote(pair.id)}\nmsgid ${quote(pair.source)}\nmsgstr ${quote(pair.target)}\n`)].join("\n");
}

export type PofilterRun = { hits: Array<{ pairId: string; test: string }>; seconds: number; version: string };

/** Runs Debian's pofilter on the pairs written as one PO file (msgctxt = pair id) and reads its verdicts back. */
export function runPofilter(pairs: SegmentPair[]): PofilterRun {
  const directory = mkdtempSync(path.join(tmpdir(), "recto-pofilter-"));
  try {
    const [input, output] = [path.join(directory, "pairs.po"), path.join(directory, "flagged.po")];
    writeFileSync(input, toPo(pairs));
    const tests = Object.keys(POFILTER_TESTS).flatMap((test) => ["-t", test]);
    const started = performance.now();
    execFileSync("/usr/bin/pofilter", ["--progress=none", "--language=en", ...tests, input, output], { stdio: "pipe" });
    const seconds = (performance.now() - started) / 1000;
    const hits: PofilterRun["hits"] = [];
    for (const block of readFileSync(output, "utf8").split(/\n\n+/)) {
      const id = /^msgctxt "(.*)"$/m.exec(block)?.[1];
      if (!id) continue;
      for (const match of block.matchAll(/^# \(pofilter\) ([a-z]+):/gm)) hits.push({ pairId: id, test: match[1] });
    }
    const version = execFileSync("dpkg-query", ["-W", "-f=${Version}", "translate-toolkit"], { encoding: "utf8" }).trim();
    return { hits, seconds, version };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
