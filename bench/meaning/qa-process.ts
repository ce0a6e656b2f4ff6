// `recto qa` timed as a whole process (the built CLI, cold: a new Node each run), as an outside team
// would time it on their own pairs file.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { SegmentPair } from "@/lib/qa/types";
import { ensureCliBuilt } from "@/scripts/build-cli.mjs";
import { cpuSeconds, peakMegabytes } from "../align/hunalign";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Pairs per throughput run: issue 12's target is 10,000 pairs checked in under 5 s. */
export const THROUGHPUT_PAIRS = 10_000;

export type ProcessRun = { wallSeconds: number; cpuSeconds: number; peakMegabytes: number; findings: number };

/**
 * `count` pairs from `pairs`, made distinct: pair i joins pairs i and i+1+⌊i/n⌋ (n pairs) into
 * two-sentence paragraphs, so no text repeats (an outside file of news paragraphs rarely does)
 * and no per-text cache flatters the run.
 */
export function distinctParagraphs(pairs: readonly SegmentPair[], count: number): SegmentPair[] {
  const n = pairs.length;
  return Array.from({ length: count }, (_, i) => {
    const [first, second] = [pairs[i % n], pairs[(i + 1 + Math.floor(i / n)) % n]];
    return { id: `p-${i}`, source: `${first.source} ${second.source}`, target: `${first.target} ${second.target}` };
  });
}

/** The pairs a cold whole-process run is timed on (dev pairs only: held-out text never leaves the bench's process). */
export type QaProcessInputs = { repeated: SegmentPair[]; paragraphs: SegmentPair[] };

/** `count` dev pairs taken in turn (the corpus's few thousand, repeated), and `count` distinct paragraphs of them. */
export function qaProcessInputs(devPairs: readonly SegmentPair[], count: number): QaProcessInputs {
  const repeated = Array.from({ length: count }, (_, i) => ({ ...devPairs[i % devPairs.length], id: `t-${i}` }));
  return { repeated, paragraphs: distinctParagraphs(devPairs, count) };
}

/** Writes `pairs` as a `recto qa --input` file: a JSON array of {"id", "source", "target"}. */
export function writeQaInput(file: string, pairs: readonly SegmentPair[]): void {
  writeFileSync(file, JSON.stringify(pairs.map(({ id, source, target }) => ({ id, source, target }))));
}

/** One cold run of `recto qa --input FILE --format jsonl` under GNU time; null without /usr/bin/time. */
export async function timeQaProcess(pairs: readonly SegmentPair[]): Promise<ProcessRun | null> {
  if (!existsSync("/usr/bin/time")) return null;
  await ensureCliBuilt();
  const folder = mkdtempSync(path.join(tmpdir(), "recto-bench-meaning-"));
  try {
    const file = path.join(folder, "pairs.json");
    writeQaInput(file, pairs);
    const command = [process.execPath, "--conditions=react-server", "bin/recto.mjs", "qa", "--input", file, "--format", "jsonl"];
    const started = performance.now();
    const result = spawnSync("/usr/bin/time", ["-v", ...command], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 30 });
    const wallSeconds = (performance.now() - started) / 1000;
    if (result.status !== 0) throw new Error(`recto qa failed (${result.status}): ${result.stderr.slice(-300)}`);
    const findings = result.stdout === "" ? 0 : result.stdout.trimEnd().split("\n").length;
    return { wallSeconds, cpuSeconds: cpuSeconds(result.stderr) ?? NaN, peakMegabytes: peakMegabytes(result.stderr) ?? NaN, findings };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
