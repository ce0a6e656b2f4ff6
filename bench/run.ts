// npm run bench [-- align qa …]: runs the benchmark sections and writes bench/RESULTS.md with the
// machine and the date. Each section is bench/<name>/index.ts exporting run(): Promise<string>.
// Running only some sections replaces just those in RESULTS.md; the others keep their results and dates.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import path from "node:path";
import { mergeSections, sectionFooter } from "./support/results";

const SECTIONS = ["align", "qa", "meaning", "export", "workspace", "import-bilingual", "cli", "runtime", "live", "memory"];
const RESULTS = path.join(import.meta.dirname, "RESULTS.md");

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !SECTIONS.includes(name));
  if (unknown.length > 0) throw new Error(`unknown section(s) ${unknown.join(", ")}; the sections are ${SECTIONS.join(", ")}`);
  const names = wanted.length > 0 ? wanted : SECTIONS.filter((name) => existsSync(path.join(import.meta.dirname, name, "index.ts")));
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}-${process.arch}`;
  const header = [
    "# Benchmark results",
    "",
    `- Machine: ${machine}`,
    "- Written by `npm run bench`; each section ends with the date it ran. Times are from one run on this machine; compare ratios within a section.",
  ].join("\n");
  const fresh = new Map<string, string>();
  for (const name of names) {
    console.error(`bench: ${name} …`);
    const started = Date.now();
    const { run } = (await import(`./${name}/index.ts`)) as { run: () => Promise<string> };
    fresh.set(name, `${await run()}\n\n${sectionFooter(name, (Date.now() - started) / 1000, new Date())}`);
  }
  const previous = existsSync(RESULTS) ? readFileSync(RESULTS, "utf8") : "";
  writeFileSync(RESULTS, mergeSections({ header, order: SECTIONS, previous, fresh }));
  console.error("bench: wrote bench/RESULTS.md");
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.stack : String(error)}`);
  // fetch's "fetch failed" says why only in its cause (ECONNRESET, a timeout, …).
  if (error instanceof Error && error.cause) console.error("bench: cause:", error.cause);
  process.exit(1);
});
