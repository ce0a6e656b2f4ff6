import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const folder = mkdtempSync(path.join(tmpdir(), "recto-qa-cli-language-"));

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function runQa(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ["--conditions=react-server", "scripts/recto.ts", "qa", ...args], { cwd: ROOT, env: process.env });
    let [stdout, stderr] = ["", ""];
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

// The demo article's own sentences (prisma/demo), cut short.
const PAIRS = [
  { id: "calque", source: "Il s’agit d’une lettre de démission peu relayée par les médias francophones.", target: "It is about of a resignation letter little disseminated by the French-speaking media." },
  { id: "address", source: "« Monsieur le Haut-Commissaire, nous échouons à nouveau », écrit-il.", target: "“Mr. High Commissioner, we are failing again,” he wrote." },
  { id: "clean", source: "Craig Mokhiber a démissionné fin octobre.", target: "Craig Mokhiber resigned at the end of October." },
];

describe("recto qa with the grammar and French-convention checks", () => {
  it("prints their findings as JSON lines, with target spans", async () => {
    const file = path.join(folder, "pairs.json");
    writeFileSync(file, JSON.stringify(PAIRS));
    const result = await runQa(["--input", file, "--format", "jsonl"]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n").map((line) => JSON.parse(line));
    const spanText = (line: { id: string; target_span: [number, number] }) => PAIRS.find((pair) => pair.id === line.id)!.target.slice(...line.target_span);
    expect(lines.map((line) => [line.id, line.check, line.category, spanText(line)])).toEqual([
      ["calque", "grammar", "linguistic_grammar", "about of"],
      ["calque", "french-convention", "style", "It is about of"],
      ["address", "french-convention", "style", "Mr. High Commissioner"],
    ]);
  }, 120_000);
});
