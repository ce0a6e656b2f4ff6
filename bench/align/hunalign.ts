/**
 * Runs a locally built hunalign (HUNALIGN_BIN) with an empty dictionary on the same sentences Recto
 * sees: one tokenised sentence per line, "<p>" lines between paragraphs, as its README asks.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { GoldBead, ParallelDocument } from "./types";

/** `seconds` is wall-clock time; `cpuSeconds` user + system time (null when GNU time is missing). */
export type ExternalRun = { beads: GoldBead[]; seconds: number; cpuSeconds: number | null; peakMegabytes: number | null };
/** hunalign ran out of its time limit; it is killed rather than left running. */
export type TimedOut = { timedOut: true; seconds: number };

const PARAGRAPH = "<p>";

function tokenise(sentence: string): string {
  return sentence.replace(/([\p{P}\p{S}])/gu, " $1 ").replace(/\s+/gu, " ").trim();
}

/** Lines for hunalign and, for each line, the sentence index it holds (-1 for a paragraph mark). */
function toLines(paragraphs: string[][]): { text: string; sentenceOfLine: number[] } {
  const lines: string[] = [];
  const sentenceOfLine: number[] = [];
  let sentence = 0;
  paragraphs.forEach((paragraph, k) => {
    if (k > 0) {
      lines.push(PARAGRAPH);
      sentenceOfLine.push(-1);
    }
    for (const text of paragraph) {
      lines.push(tokenise(text) || ".");
      sentenceOfLine.push(sentence++);
    }
  });
  return { text: lines.join("\n") + "\n", sentenceOfLine };
}

/** Ladder rungs "i<TAB>j<TAB>score" → beads between consecutive rungs, paragraph marks removed. */
export function ladderToBeads(ladder: string, sourceOfLine: number[], targetOfLine: number[]): GoldBead[] {
  const rungs = ladder
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => line.split("\t").slice(0, 2).map(Number));
  const beads: GoldBead[] = [];
  for (let k = 0; k + 1 < rungs.length; k++) {
    const [i0, j0] = rungs[k];
    const [i1, j1] = rungs[k + 1];
    const source = sourceOfLine.slice(i0, i1).filter((s) => s >= 0);
    const target = targetOfLine.slice(j0, j1).filter((t) => t >= 0);
    if (source.length || target.length) beads.push({ source, target });
  }
  return beads;
}

export function cpuSeconds(timeOutput: string): number | null {
  const user = /User time \(seconds\): ([\d.]+)/u.exec(timeOutput);
  const system = /System time \(seconds\): ([\d.]+)/u.exec(timeOutput);
  return user && system ? Number(user[1]) + Number(system[1]) : null;
}

export function peakMegabytes(timeOutput: string): number | null {
  const match = /Maximum resident set size \(kbytes\): (\d+)/u.exec(timeOutput);
  return match ? Number(match[1]) / 1024 : null;
}

export function runHunalign(binary: string, document: ParallelDocument, limitSeconds: number): ExternalRun | TimedOut {
  const directory = mkdtempSync(path.join(tmpdir(), "recto-hunalign-"));
  try {
    const source = toLines(document.source);
    const target = toLines(document.target);
    const files = { dictionary: path.join(directory, "empty.dic"), source: path.join(directory, "fr.txt"), target: path.join(directory, "en.txt") };
    writeFileSync(files.dictionary, "");
    writeFileSync(files.source, source.text);
    writeFileSync(files.target, target.text);
    const hasTime = existsSync("/usr/bin/time");
    // coreutils `timeout` kills hunalign itself; GNU time reports the peak RSS of the process tree.
    const limited = ["timeout", "--signal=KILL", String(limitSeconds), binary, files.dictionary, files.source, files.target];
    const [command, ...args] = hasTime ? ["/usr/bin/time", "-v", ...limited] : limited;
    const started = performance.now();
    // In the temporary folder: hunalign appends a log to translate.txt in its working directory.
    const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 1 << 30, cwd: directory });
    const seconds = (performance.now() - started) / 1000;
    if (/Command terminated by signal 9|status 137/u.test(result.stderr) || result.status === 137) return { timedOut: true, seconds };
    if (result.status !== 0) throw new Error(`hunalign failed (${result.status}): ${result.stderr.slice(-500)}`);
    return {
      beads: ladderToBeads(result.stdout, source.sentenceOfLine, target.sentenceOfLine),
      seconds,
      cpuSeconds: hasTime ? cpuSeconds(result.stderr) : null,
      peakMegabytes: hasTime ? peakMegabytes(result.stderr) : null,
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
