import { performance } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkDocumentOffThread, prepareChecksOffThread, QA_PAGE_SEGMENTS, stopChecksThread, trainTranslationModelOffThread } from "@/lib/qa/checks-worker";
import { computeDocumentStats, prepareChecks, runChecks } from "@/lib/qa/run-checks";
import type { SegmentPair } from "@/lib/qa/types";
import { trainTranslationModel } from "@/lib/word-align/translation-model";

beforeAll(() => Promise.all([prepareChecks(), prepareChecksOffThread()]), 180_000);
afterAll(() => stopChecksThread());

const SENTENCES: Array<[string, string]> = [
  ["Au moins 1 400 personnes ont été tuées samedi dans les attaques du Hamas.", "At least 1,500 people were killed on Saturday in Hamas attacks."],
  ["L’ONU « échoue » encore à protéger les civils de Gaza, déplore le diplomate.", "The UN is \"failing\" again to protect the civilians of Gaza, laments the diplomat."],
  ["Le Haut-Commissaire a condamné l’attaque d’Israël contre le camp.", "The High Commissioner condemned the attack on Israel against the camp."],
  ["Les négociations reprendront le 12 mars à Genève.", "Negotiations will resume on 12 March in Geneva, he go there."],
  ["Il n’a pas signé l’accord.", "He signed the agreement."],
];

function documentPairs(count: number): SegmentPair[] {
  return Array.from({ length: count }, (_, index) => {
    const [source, target] = SENTENCES[index % SENTENCES.length];
    return { id: `s${index}`, source: `${source} (${index})`, target: `${target} (${index})` };
  });
}

// The thread checks on a machine shared with other work: generous per-test limits, no timing assertions.
describe("checking a document in the QA thread", { timeout: 120_000 }, () => {
  it("finds exactly what runChecks finds on the calling thread, with the same length statistics", async () => {
    const pairs = documentPairs(60);
    const options = { glossary: [{ id: "g1", sourceTerm: "Haut-Commissaire", targetTerms: ["High Commissioner"], kind: "term" as const }] };
    const { findings, stats } = await checkDocumentOffThread(pairs, options);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings).toEqual(runChecks(pairs, options));
    expect(stats).toEqual(computeDocumentStats(pairs));
  });

  it("finds across a page boundary exactly what runChecks finds on the whole document", async () => {
    const pairs = documentPairs(QA_PAGE_SEGMENTS + 12);
    // The minority rendering sits on the second page, the majority on the first: term consistency spans pages.
    const boundary = QA_PAGE_SEGMENTS + 2;
    expect(boundary % SENTENCES.length).toBe(2);
    pairs[boundary] = { ...pairs[boundary], target: pairs[boundary].target.replace("High Commissioner", "rights chief") };
    const options = { glossary: [{ id: "g1", sourceTerm: "Haut-Commissaire", targetTerms: ["High Commissioner", "rights chief"], kind: "term" as const }] };
    const { findings, stats } = await checkDocumentOffThread(pairs, options);
    const expected = runChecks(pairs, options);
    expect(findings).toEqual(expected);
    expect(stats).toEqual(computeDocumentStats(pairs));
    expect(findings.some((finding) => finding.checkId === "term-consistency" && finding.segmentId === pairs[boundary].id)).toBe(true);
  });

  it("sends pairs across in pages, so a document of thousands of segments arrives whole", async () => {
    const pairs = documentPairs(2100);
    const { stats } = await checkDocumentOffThread(pairs, {}, "stats");
    expect(stats).toEqual(computeDocumentStats(pairs));
  });

  it("leaves the calling thread's event loop idle while it checks", async () => {
    const pairs = documentPairs(150);
    const before = performance.eventLoopUtilization();
    await checkDocumentOffThread(pairs, {});
    // Checked on this thread (as before the QA thread), the loop is busy nearly all of the run.
    expect(performance.eventLoopUtilization(before).utilization).toBeLessThan(0.5);
  });

  it("trains the word-alignment model as the calling thread would", async () => {
    const pairs = SENTENCES.map(([source, target]) => ({ source, target }));
    expect(await trainTranslationModelOffThread(pairs, { iterations: 4 })).toEqual(trainTranslationModel(pairs, { iterations: 4 }));
  });

  it("rejects a run that throws in the thread, naming the thread, and serves the next one", async () => {
    const broken = [{ source: null, target: "x" }] as unknown as Parameters<typeof trainTranslationModel>[0];
    await expect(trainTranslationModelOffThread(broken, { iterations: 1 })).rejects.toThrow(/QA checks failed in their worker thread/);
    const pairs = documentPairs(3);
    expect((await checkDocumentOffThread(pairs, {}, "stats")).stats).toEqual(computeDocumentStats(pairs));
  });
});
