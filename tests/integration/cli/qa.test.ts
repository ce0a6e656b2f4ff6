import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createQaDocument } from "@/tests/factories/findings";
import { createUser } from "@/tests/factories/users";
import { runRecto } from "@/tests/support/recto-cli";

const folder = mkdtempSync(path.join(tmpdir(), "recto-qa-cli-"));

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function writeInput(name: string, content: string): string {
  const file = path.join(folder, name);
  writeFileSync(file, content);
  return file;
}

const runQa = (args: string[]) => runRecto(["qa", ...args]);

const PAIRS = [
  { id: "p1", source: "Au moins 1 400 personnes ont été tuées.", target: "At least 1,500 people were killed." },
  { id: 2, source: "Au moins 1 400 personnes ont été tuées.", target: "At least 1,400 people were killed." },
  { id: "p3", source: "Les gouvernements occidentaux sont complices de l’offensive israélienne contre Gaza.", target: "Western governments are complicit in the attack on Israel." },
];

const ATTACK = PAIRS[2].target.indexOf("attack on Israel");
const GAZA = PAIRS[2].source.indexOf("Gaza");

describe("recto qa", () => {
  it("prints one JSON object per finding, with spans as [start, end]", async () => {
    const result = await runQa(["--input", writeInput("pairs.json", JSON.stringify(PAIRS)), "--format", "jsonl"]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(lines).toEqual([
      { id: "p1", check: "number-mismatch", category: "accuracy_mistranslation", severity: "major", message: expect.stringContaining("1 400"), source_span: [9, 14], target_span: [9, 14] },
      { id: "p3", check: "role-reversal", category: "accuracy_mistranslation", severity: "critical", message: expect.any(String), source_span: [expect.any(Number), expect.any(Number)], target_span: [ATTACK, ATTACK + 16] },
      // The reversal also leaves Gaza unnamed.
      { id: "p3", check: "content-omission", category: "accuracy_omission", severity: "major", message: expect.stringContaining("“Gaza”"), source_span: [GAZA, GAZA + 4], target_span: null },
    ]);
  }, 120_000);

  it("reads the pairs one per line from a .jsonl file, naming a broken line", async () => {
    const lines = `${PAIRS.map((pair) => JSON.stringify(pair)).join("\n")}\n`;
    const fromLines = await runQa(["--input", writeInput("pairs.jsonl", lines), "--format", "jsonl"]);
    const fromArray = await runQa(["--input", writeInput("same.json", JSON.stringify(PAIRS)), "--format", "jsonl"]);
    expect(fromLines).toMatchObject({ code: 0, stdout: fromArray.stdout });
    const broken = await runQa(["--input", writeInput("broken.jsonl", `${JSON.stringify(PAIRS[0])}\n{"id": 2,\n`)]);
    expect(broken).toMatchObject({ code: 1, stdout: "" });
    expect(broken.stderr).toMatch(/broken\.jsonl is not valid JSON Lines: line 2/);
  }, 120_000);

  it("prints every finding when stdout is a pipe, however many there are", async () => {
    // Hundreds of kilobytes: more than a pipe holds, so the output is still being written when the command returns.
    const many = Array.from({ length: 2000 }, (_, index) => ({ ...PAIRS[0], id: `m${index}` }));
    const result = await runQa(["--input", writeInput("many.json", JSON.stringify(many)), "--format", "jsonl"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/recto: 2000 findings/);
    expect(result.stdout.trim().split("\n").map((line) => JSON.parse(line).id)).toEqual(many.map((pair) => pair.id));
  }, 120_000);

  it.each([
    ["a missing file", () => path.join(folder, "absent.json"), /input file .*absent\.json: no such file/],
    ["invalid JSON", () => writeInput("broken.json", "[{\"id\": 1,"), /input file .*broken\.json is not valid JSON/],
    ["a wrong shape, naming the zod path", () => writeInput("shape.json", JSON.stringify([{ id: 1, source: "a", target: "b" }, { id: 2, source: "a" }])), /\[1\]\.target: .*expected string/],
    ["an object instead of an array", () => writeInput("object.json", "{\"id\": 1}"), /\(top level\): .*expected array/],
  ])("exits 1 on %s, printing nothing on stdout", async (_name, file, message) => {
    const result = await runQa(["--input", file()]);
    expect(result).toMatchObject({ code: 1, stdout: "" });
    expect(result.stderr).toMatch(message);
  }, 120_000);

  it("exits 2 with the usage when neither --input nor --document is given", async () => {
    const result = await runQa([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/exactly one of --input PAIRS\.json or --document ID/);
  }, 120_000);

  it("checks a stored document with --document, and names an unknown one", async () => {
    const editor = await createUser({ role: "editor" });
    const { documentId, segmentIds } = await createQaDocument({ createdById: editor.id, pairs: PAIRS.map(({ source, target }) => ({ source, target })) });
    const result = await runQa(["--document", documentId]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.id, line.check])).toEqual([[segmentIds[0], "number-mismatch"], [segmentIds[2], "role-reversal"], [segmentIds[2], "content-omission"]]);
    const missing = crypto.randomUUID();
    const refused = await runQa(["--document", missing]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`Document ${missing} does not exist.`);
  }, 120_000);
});
