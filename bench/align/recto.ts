import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ExternalRun } from "./hunalign";
import type { ParallelDocument } from "./types";

const CHILD = fileURLToPath(new URL("./recto-child.ts", import.meta.url));

/** Aligns the document's full texts with Recto in a child process (tsx), returning beads, time and peak RSS. */
export function runRecto(document: ParallelDocument): ExternalRun {
  const directory = mkdtempSync(path.join(tmpdir(), "recto-align-"));
  try {
    const sourceFile = path.join(directory, "fr.txt");
    const targetFile = path.join(directory, "en.txt");
    writeFileSync(sourceFile, document.sourceText);
    writeFileSync(targetFile, document.targetText);
    const result = spawnSync(process.execPath, ["--import", "tsx", CHILD, sourceFile, targetFile], {
      encoding: "utf8",
      maxBuffer: 1 << 30,
    });
    if (result.status !== 0) throw new Error(`Recto child failed (${result.status}): ${result.stderr.slice(-500)}`);
    const output = JSON.parse(result.stdout) as { seconds: number; cpuSeconds: number; peakMegabytes: number; beads: [number[], number[]][] };
    return {
      beads: output.beads.map(([source, target]) => ({ source, target })),
      seconds: output.seconds,
      cpuSeconds: output.cpuSeconds,
      peakMegabytes: output.peakMegabytes,
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
