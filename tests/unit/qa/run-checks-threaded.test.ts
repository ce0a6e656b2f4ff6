import { beforeAll, describe, expect, it } from "vitest";
import { grammarTexts, prepareChecks, runChecks } from "@/lib/qa/run-checks";
import { startGrammarThread } from "@/lib/qa/grammar/grammar-worker";
import { grammarShards, runChecksBesideGrammarThread } from "@/lib/qa/run-checks-threaded";
import type { SegmentPair } from "@/lib/qa/types";

// runChecks on this thread needs Harper loaded here too, to compare; seconds on a busy machine.
beforeAll(() => prepareChecks(), 120_000);

const SENTENCES: Array<[string, string]> = [
  ["Il va à l'école tous les jours.", "He go to school every day."],
  ["Au moins 1 400 personnes ont été tuées samedi dans les attaques du Hamas.", "At least 1,500 people were killed on Saturday in Hamas attacks."],
  ["Le Haut-Commissaire a condamné l’attaque d’Israël contre le camp.", "The High Commissioner condemned the attack on Israel against the camp."],
  ["Il n’a pas signé l’accord.", "He signed the agreement, and they was there."],
  ["Il s'agit d'une lettre de démission peu relayée.", "It is about of a resignation letter little disseminated by the media."],
  ["Les négociations reprendront le 12 mars à Genève.", "Negotiations will resume on 12 March in Geneva."],
  ["", "A investigation was opened."],
  ["Une enquête a été ouverte.", "A investigation was opened.\n\nHe have been arrested twice."],
];

function documentPairs(count: number): SegmentPair[] {
  // Every sentence twice under one text, then numbered: repeated targets and distinct ones.
  return Array.from({ length: count }, (_, index) => {
    const [source, target] = SENTENCES[index % SENTENCES.length];
    const suffix = index < 2 * SENTENCES.length ? "" : ` (${index})`;
    return { id: `s${index}`, source: source && `${source}${suffix}`, target: `${target}${suffix}` };
  });
}

describe("runChecksBesideGrammarThread", { timeout: 120_000 }, () => {
  it("finds what runChecks finds, in the same order, grammar findings included", async () => {
    const pairs = documentPairs(1200);
    const options = { glossary: [{ id: "g1", sourceTerm: "Haut-Commissaire", targetTerms: ["High Commissioner"], kind: "term" as const }] };
    const findings = await runChecksBesideGrammarThread(pairs, options);
    expect(findings.filter((finding) => finding.checkId === "grammar").length).toBeGreaterThan(500);
    expect(findings).toEqual(runChecks(pairs, options));
  });

  it("splits the work between two grammar threads and still finds what runChecks finds", async () => {
    const pairs = documentPairs(5900);
    expect(grammarShards([...new Set(grammarTexts(pairs))], 2)).toHaveLength(2);
    const findings = await runChecksBesideGrammarThread(pairs, {}, 2);
    expect(findings).toEqual(runChecks(pairs));
  });

  it("lints in a grammar thread started before the pairs were read, and finds what runChecks finds", async () => {
    const pairs = documentPairs(300);
    const findings = await runChecksBesideGrammarThread(pairs, {}, 1, startGrammarThread());
    expect(findings.some((finding) => finding.checkId === "grammar")).toBe(true);
    expect(findings).toEqual(runChecks(pairs));
  });

  it("lints on this thread when the thread started ahead has ended before its texts came", async () => {
    const pairs = documentPairs(40);
    const thread = startGrammarThread();
    await thread.worker.terminate();
    const findings = await runChecksBesideGrammarThread(pairs, {}, 1, thread);
    expect(findings.some((finding) => finding.checkId === "grammar")).toBe(true);
    expect(findings).toEqual(runChecks(pairs));
  });

  it("leaves the grammar check out when it is disabled, as runChecks does", async () => {
    const pairs = documentPairs(20);
    const options = { disabledChecks: ["grammar"] };
    const findings = await runChecksBesideGrammarThread(pairs, options);
    expect(findings.some((finding) => finding.checkId === "grammar")).toBe(false);
    expect(findings).toEqual(runChecks(pairs, options));
  });
});

describe("grammarShards", () => {
  const texts = Array.from({ length: 5600 }, (_, index) => (index % 700 === 0 ? `Para ${index}.\n\nAnother.` : `Sentence ${index}.`));

  it("cuts whole pages of 500, texts Harper can batch first, each text once", () => {
    const shards = grammarShards(texts, 2);
    expect(shards.map((shard) => shard.length)).toEqual([3000, 2600]);
    expect(shards.flat().toSorted()).toEqual(texts.toSorted());
    expect(shards[1].slice(-8).every((text) => text.includes("\n\n"))).toBe(true);
  });

  it("keeps one shard when there are too few texts for a second Harper to pay", () => {
    expect(grammarShards(texts.slice(0, 4000), 4)).toHaveLength(1);
    expect(grammarShards([], 2)).toEqual([]);
  });
});
