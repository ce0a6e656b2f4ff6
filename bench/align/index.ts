/**
 * Alignment benchmark (issue 3): Recto vs hunalign (empty dictionary) on real French/English text
 * from Debian's gettext catalogues and on seeded synthetic books. See bench/align/README.md.
 */
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { segmentText } from "../../lib/align/segment";
import { readEnv } from "../../lib/env";
import { buildCatalogueDocument, CATALOGUE_PACKAGES, hasAptGet, readDebianCatalogue } from "./debian-catalogues";
import { runHunalign, type ExternalRun, type TimedOut } from "./hunalign";
import { runRecto } from "./recto";
import { scoreAlignment, type LinkScore } from "./score";
import { generateSyntheticBook } from "./synthetic-book";
import type { ParallelDocument } from "./types";


const CACHE_DIR = readEnv().RECTO_BENCH_CACHE ?? path.join(tmpdir(), "recto-bench-cache");
const HUNALIGN_LIMIT_SECONDS = readEnv().HUNALIGN_TIME_LIMIT;
const BOOK_SENTENCES = 50_000;
const SMALL_BOOK_SENTENCES = 10_000;
const OMIT_RATE = 0.08;

type Row = { document: ParallelDocument; recto: ExternalRun; rectoScore: LinkScore; hunalign: ExternalRun | TimedOut | string; hunalignScore?: LinkScore };

/** Both aligners must see the same sentences: segmentText must split the full texts into the gold's sentences. */
function assertSameSentences(document: ParallelDocument): void {
  const check = (text: string, paragraphs: string[][], language: "fr" | "en") => {
    const got = segmentText(text, language).sentences.map((s) => s.text);
    const want = paragraphs.flat();
    const first = want.findIndex((sentence, k) => sentence !== got[k]);
    if (first >= 0 || got.length !== want.length) {
      throw new Error(`${document.name}: ${language} segmentation differs from the gold at sentence ${first} (${got.length} vs ${want.length})`);
    }
  };
  check(document.sourceText, document.source, "fr");
  check(document.targetText, document.target, "en");
}

function loadDocuments(notes: string[]): ParallelDocument[] {
  const documents: ParallelDocument[] = [];
  if (hasAptGet()) {
    try {
      const catalogues = CATALOGUE_PACKAGES.map((packageName) => ({ packageName, ...readDebianCatalogue(packageName, CACHE_DIR) }));
      const label = catalogues.map((c) => `${c.packageName} ${c.version}`).join(" + ");
      documents.push({ ...buildCatalogueDocument(catalogues), name: `Debian fr catalogues (${label})` });
      documents.push({
        ...buildCatalogueDocument(catalogues, { omitRate: OMIT_RATE, seed: 3 }),
        name: `same, ${OMIT_RATE * 100}% of units dropped on one side`,
      });
      documents.push({
        ...buildCatalogueDocument(catalogues, { omitRate: OMIT_RATE, seed: 3, unitsPerParagraph: 8 }),
        name: `same, ${OMIT_RATE * 100}% dropped, units run together in paragraphs of up to 8`,
      });
      documents.push({ ...buildCatalogueDocument(catalogues, { onePerLine: true }), name: "same, one paragraph per line (no blank lines)" });
      for (const c of catalogues) {
        const header = c.entries.find((entry) => entry.msgid === "")?.msgstr ?? "";
        const field = (name: string) => new RegExp(`^${name}: (.*)$`, "mu").exec(header)?.[1] ?? "?";
        notes.push(`${c.packageName} ${c.version}: fr catalogue ${field("Project-Id-Version")}, ${field("PO-Revision-Date")}, ${field("Language-Team")}.`);
      }
    } catch (error) {
      notes.push(`Real corpus not available (${(error as Error).message.split("\n")[0]}); run \`apt-get update\` first.`);
    }
  } else {
    notes.push("Real corpus not available: apt-get/dpkg-deb not found.");
  }
  const smallBook = generateSyntheticBook(SMALL_BOOK_SENTENCES, 7);
  documents.push({ ...smallBook, name: `synthetic book, ${SMALL_BOOK_SENTENCES / 1000}k (seed 7)` });
  const onePerLine = (text: string) => text.replace(/\n\s*\n/gu, "\n");
  documents.push({ ...smallBook, sourceText: onePerLine(smallBook.sourceText), targetText: onePerLine(smallBook.targetText), name: "same, one paragraph per line (no blank lines)" });
  documents.push({ ...generateSyntheticBook(BOOK_SENTENCES), name: `synthetic book, ${BOOK_SENTENCES / 1000}k (seed 20240601)` });
  return documents;
}

function measure(document: ParallelDocument, hunalignBinary: string | undefined): Row {
  assertSameSentences(document);
  const recto = runRecto(document);
  const row: Row = { document, recto, rectoScore: scoreAlignment(recto.beads, document.gold), hunalign: "not available (HUNALIGN_BIN unset)" };
  if (hunalignBinary) {
    try {
      row.hunalign = runHunalign(hunalignBinary, document, HUNALIGN_LIMIT_SECONDS);
      if (!("timedOut" in row.hunalign)) row.hunalignScore = scoreAlignment(row.hunalign.beads, document.gold);
    } catch (error) {
      row.hunalign = `failed: ${(error as Error).message.split("\n")[0]}`;
    }
  }
  return row;
}

const percent = (value: number) => (value * 100).toFixed(2);
const prf = (score: LinkScore) => `${percent(score.precision)} / ${percent(score.recall)} / **${percent(score.f1)}**`;
const megabytes = (value: number | null) => (value === null ? "?" : `${Math.round(value)} MB`);
const time = (run: ExternalRun) => `${run.seconds.toFixed(2)} s (${run.cpuSeconds === null ? "?" : run.cpuSeconds.toFixed(2)})`;

function hunalignCells(row: Row): { prf: string; nullRecall: string; time: string; ratio: string; memory: string } {
  const { hunalign, hunalignScore, recto } = row;
  if (typeof hunalign === "string") return { prf: hunalign, nullRecall: "–", time: "–", ratio: "–", memory: "–" };
  if ("timedOut" in hunalign) {
    const ratio = `> ${(hunalign.seconds / recto.seconds).toFixed(0)}×`;
    return { prf: `did not finish in ${HUNALIGN_LIMIT_SECONDS} s (killed)`, nullRecall: "–", time: `> ${hunalign.seconds.toFixed(0)} s`, ratio, memory: "–" };
  }
  return {
    prf: prf(hunalignScore!),
    nullRecall: percent(hunalignScore!.nullRecall),
    time: time(hunalign),
    ratio: `${(hunalign.seconds / recto.seconds).toFixed(1)}×`,
    memory: megabytes(hunalign.peakMegabytes),
  };
}

function formatRow(row: Row): string {
  const { document, recto, rectoScore } = row;
  const other = hunalignCells(row);
  const cells = [
    document.name,
    `${document.source.flat().length} / ${document.target.flat().length}`,
    String(rectoScore.goldLinks),
    prf(rectoScore),
    other.prf,
    `${percent(rectoScore.nullRecall)} / ${other.nullRecall}`,
    time(recto),
    other.time,
    other.ratio,
    `${megabytes(recto.peakMegabytes)} / ${other.memory}`,
  ];
  return `| ${cells.join(" | ")} |`;
}

/** Runs the benchmark and returns its Markdown section. */
export async function run(): Promise<string> {
  const notes: string[] = [];
  const loadBefore = loadavg()[0];
  const hunalignBinary = readEnv().HUNALIGN_BIN;
  const rows = loadDocuments(notes).map((document) => measure(document, hunalignBinary));
  return [
    "## Sentence alignment (Recto vs hunalign, empty dictionary)",
    "",
    "P / R / F1 of sentence links (%); \"1-0/0-1 found\": share of gold added/dropped sentences left unlinked;",
    "time: wall clock (CPU seconds) of segmentation + alignment (Recto, in a child process) and of the whole hunalign run;",
    "ratio = hunalign wall time / Recto wall time;",
    "peak RSS of each process (Recto's includes Node and tsx).",
    "",
    "| Data set | Sentences fr / en | Gold links | Recto P / R / F1 | hunalign P / R / F1 | 1-0/0-1 found (Recto / hunalign) | Recto time | hunalign time | Ratio | Peak RSS (Recto / hunalign) |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map(formatRow),
    "",
    `hunalign: ${hunalignBinary ? `\`${hunalignBinary}\`, empty dictionary file, default options, tokenised input with \`<p>\` paragraph marks` : "not available (set HUNALIGN_BIN)"}.`,
    ...notes.map((note) => `- ${note}`),
    `- Load average (1 min) ${loadBefore.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end: on a busy machine compare CPU seconds.`,
    "- Data: bench/align/README.md (Debian packages fetched with `apt-get download` at run time; synthetic books generated from a seed).",
    "",
  ].join("\n");
}
