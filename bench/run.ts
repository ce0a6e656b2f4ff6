// npm run bench [-- align qa …]: runs the benchmark sections and writes bench/RESULTS.md with the
// machine and the date. Each section is bench/<name>/index.ts exporting run(): Promise<string>.
import { existsSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import path from "node:path";

const SECTIONS = ["align", "qa", "export", "workspace"];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const names = wanted.length > 0 ? wanted : SECTIONS.filter((name) => existsSync(path.join(import.meta.dirname, name, "index.ts")));
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}-${process.arch}`;
  const parts = [
    "# Benchmark results",
    "",
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${machine}`,
    "- Written by `npm run bench`. Times are from one run on this machine; compare ratios within a run.",
    "",
  ];
  for (const name of names) {
    console.error(`bench: ${name} …`);
    const started = Date.now();
    const { run } = (await import(`./${name}/index.ts`)) as { run: () => Promise<string> };
    parts.push(await run(), "", `_${name}: ${((Date.now() - started) / 1000).toFixed(1)} s in all._`, "");
  }
  writeFileSync(path.join(import.meta.dirname, "RESULTS.md"), `${parts.join("\n")}\n`);
  console.error("bench: wrote bench/RESULTS.md");
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
