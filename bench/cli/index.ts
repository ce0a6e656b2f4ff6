/**
 * Command-line start-up (issue 15): whole-process time of the built CLI (bin/recto.mjs → dist/cli)
 * against the TypeScript-at-every-start way (tsx) and Node's own start, and `recto align` on 3,000
 * sentence pairs against hunalign's whole run on the same sentences. Each command runs RUNS times
 * after a warm-up under GNU time; the table gives medians.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { readEnv } from "@/lib/env";
import { ensureCliBuilt } from "@/scripts/build-cli.mjs";
import { cpuSeconds, peakMegabytes, runHunalign } from "../align/hunalign";
import { generateSyntheticBook } from "../align/synthetic-book";

const ROOT = path.resolve(import.meta.dirname, "../..");
const RUNS = 10;
const PAIRS = 3000;
type Timing = { wall: number; cpu: number; peak: number };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function timeOnce(command: string[]): Timing {
  const started = performance.now();
  const result = spawnSync("/usr/bin/time", ["-v", ...command], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 28 });
  const wall = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${command.join(" ")} failed (${result.status}): ${result.stderr.slice(-300)}`);
  return { wall, cpu: cpuSeconds(result.stderr) ?? NaN, peak: peakMegabytes(result.stderr) ?? NaN };
}

function measure(command: string[]): Timing {
  timeOnce(command);
  const runs = Array.from({ length: RUNS }, () => timeOnce(command));
  return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)), peak: median(runs.map((r) => r.peak)) };
}

const row = (label: string, t: Timing) => `| ${label} | ${t.wall.toFixed(2)} s | ${t.cpu.toFixed(2)} s | ${Math.round(t.peak)} MB |`;

export async function run(): Promise<string> {
  if (!existsSync("/usr/bin/time")) return "## Command-line start-up (issue 15)\n\nNot measured: GNU time (/usr/bin/time) is missing.";
  await ensureCliBuilt();
  const folder = mkdtempSync(path.join(tmpdir(), "recto-bench-cli-"));
  const loadBefore = loadavg()[0];
  try {
    const book = { ...generateSyntheticBook(PAIRS, 7), name: "" };
    const files = { fr: path.join(folder, "fr.txt"), en: path.join(folder, "en.txt"), fr1: path.join(folder, "fr1.txt"), en1: path.join(folder, "en1.txt") };
    writeFileSync(files.fr, book.sourceText);
    writeFileSync(files.en, book.targetText);
    writeFileSync(files.fr1, "Une phrase.\n");
    writeFileSync(files.en1, "One sentence.\n");
    const node = process.execPath;
    const built = [node, "--conditions=react-server", "bin/recto.mjs"];
    const tsx = [node, "node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/recto.ts"];
    const rows = [
      row("Node alone (`node -e 0`)", measure([node, "-e", "0"])),
      row("`recto --help`, built", measure([...built, "--help"])),
      row("`recto --help`, tsx", measure([...tsx, "--help"])),
      row("`recto align`, one sentence each side (start-up), built", measure([...built, "align", "--source", files.fr1, "--target", files.en1])),
      row(`\`recto align\`, ${book.source.flat().length} / ${book.target.flat().length} sentences, built`, measure([...built, "align", "--source", files.fr, "--target", files.en])),
      row(`\`recto align\`, same, tsx`, measure([...tsx, "align", "--source", files.fr, "--target", files.en])),
    ];
    const hunalignBinary = readEnv().HUNALIGN_BIN;
    if (hunalignBinary) {
      const runs = Array.from({ length: RUNS + 1 }, () => runHunalign(hunalignBinary, book, 600)).slice(1);
      const done = runs.filter((r) => !("timedOut" in r)) as Exclude<(typeof runs)[number], { timedOut: true }>[];
      rows.push(row("hunalign, same sentences (tokenised, `<p>` marks, empty dictionary)", { wall: median(done.map((r) => r.seconds)), cpu: median(done.map((r) => r.cpuSeconds ?? NaN)), peak: median(done.map((r) => r.peakMegabytes ?? NaN)) }));
    }
    return [
      "## Command-line start-up (issue 15)",
      "",
      `Whole process, from start to exit, under GNU time (\`/usr/bin/time -v\`): median of ${RUNS} runs after one warm-up. "built": \`node --conditions=react-server bin/recto.mjs\`, as \`npm run recto\` runs it (dist/cli/, esbuild); "tsx": TypeScript compiled at every start, as before. Input: the synthetic book generator (seed 7) at ${PAIRS} sentences.`,
      "",
      "| Command | Wall (median) | CPU user + system (median) | Peak RSS |",
      "| --- | ---: | ---: | ---: |",
      ...rows,
      "",
      `hunalign: ${hunalignBinary ? `\`${hunalignBinary}\`` : "not measured (set HUNALIGN_BIN to a hunalign binary)"}.`,
      `- Load average (1 min) ${loadBefore.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end: on a busy machine compare CPU seconds.`,
    ].join("\n");
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
