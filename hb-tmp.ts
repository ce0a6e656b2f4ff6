import { loadMeaningCorpus } from "./bench/meaning/corpus";
import { GRAMMAR_RULES } from "./lib/qa/grammar-checker";
const { binary } = await import("harper.js/binary");
const linter: any = await (binary as any).createLinter(0);
const rules = new Set<string>(GRAMMAR_RULES);
linter.set_lint_config_from_object(Object.fromEntries(Object.keys(linter.get_lint_config_as_object()).map((r) => [r, rules.has(r)])));
const texts = [...new Set(loadMeaningCorpus().pairs.filter((p) => p.split === "dev").map((p) => p.target))].slice(0, 1500);
linter.organized_lints("He go to a school.", 0, false, undefined, true, false);
const chars = texts.reduce((a, t) => a + t.length, 0);
console.log(texts.length, "texts", chars / texts.length, "avg chars");
function run(label: string, batch: number, fn: (s: string) => void) {
  const t = performance.now();
  for (let i = 0; i < texts.length; i += batch) fn(texts.slice(i, i + batch).join("\n\n"));
  console.log(label, batch, ((performance.now() - t) / texts.length).toFixed(3), "ms/text");
}
for (let rep = 0; rep < 2; rep++) {
  for (const b of [1, 8, 50, 200]) run("organized", b, (s) => { for (const g of linter.organized_lints(s, 0, false, undefined, true, false)) g.free(); });
  for (const b of [50]) run("lint", b, (s) => { for (const l of linter.lint(s, 0, false, undefined, true, false)) l.free(); });
  for (const b of [50]) run("organized nodedup", b, (s) => { for (const g of linter.organized_lints(s, 0, false, undefined, false, false)) g.free(); });
}
