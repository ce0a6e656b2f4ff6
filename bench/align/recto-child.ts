/**
 * Runs Recto's segmentation + alignment on two files in a fresh process, so its time and peak memory
 * are its own. Prints one JSON line: { seconds, cpuSeconds, peakMegabytes, beads: [sourceIndices, targetIndices][] }.
 */
import { readFileSync } from "node:fs";
import { alignSentences } from "../../lib/align/align";
import { segmentText } from "../../lib/align/segment";

const [sourceFile, targetFile] = process.argv.slice(2);
const sourceText = readFileSync(sourceFile, "utf8");
const targetText = readFileSync(targetFile, "utf8");
const started = performance.now();
const cpuStarted = process.cpuUsage();
const beads = alignSentences(segmentText(sourceText, "fr").sentences, segmentText(targetText, "en").sentences);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const peakMegabytes = process.resourceUsage().maxRSS / 1024;
process.stdout.write(
  `${JSON.stringify({ seconds, cpuSeconds, peakMegabytes, beads: beads.map((bead) => [bead.sourceIndices, bead.targetIndices]) })}\n`,
);
