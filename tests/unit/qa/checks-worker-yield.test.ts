import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBilingualOffThread } from "@/lib/documents/bilingual-worker";
import { checkDocumentOffThread, prepareChecksOffThread, stopChecksThread } from "@/lib/qa/checks-worker";
import { computeDocumentStats, prepareChecks, runChecks } from "@/lib/qa/run-checks";
import type { SegmentPair } from "@/lib/qa/types";
import { createRequestYield, requestEnded, requestStarted, shareRequestYield } from "@/lib/requests-in-flight";

// A wait far longer than the test: while the request is in flight the threads stop, whatever the machine's load.
const requestYield = createRequestYield({ maxPauseMs: 60_000, runAfterPauseMs: 0 });

beforeAll(async () => {
  await stopChecksThread();
  shareRequestYield(requestYield);
  await Promise.all([prepareChecks(), prepareChecksOffThread()]);
}, 180_000);
afterAll(async () => {
  await stopChecksThread();
  shareRequestYield(undefined);
});

const SENTENCES: Array<[string, string]> = [
  ["Au moins 1 400 personnes ont été tuées samedi dans les attaques du Hamas.", "At least 1,500 people were killed on Saturday in Hamas attacks."],
  ["Il n’a pas signé l’accord.", "He signed the agreement."],
  ["L’ONU « échoue » encore à protéger les civils de Gaza, déplore le diplomate.", "The UN is \"failing\" again to protect the civilians of Gaza, laments the diplomat."],
];
const pairs: SegmentPair[] = Array.from({ length: 24 }, (_, index) => {
  const [source, target] = SENTENCES[index % SENTENCES.length];
  return { id: `s${index}`, source: `${source} (${index})`, target: `${target} (${index})` };
});

const xliff = (count: number) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2"><file source-language="fr" target-language="en" original="a" datatype="plaintext"><body>\n` +
  Array.from({ length: count }, (_, i) => `<trans-unit id="u${i}"><source>Le conseil municipal numéro ${i} a voté ${i * 3} mesures nouvelles.</source><target>Council number ${i} voted ${i * 3} new measures.</target></trans-unit>\n`).join("") +
  "</body></file></xliff>\n";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("background threads wait while the server answers a request", { timeout: 120_000 }, () => {
  it("the QA thread pauses while a request is in flight and finishes its run, unchanged, once the last one ends", async () => {
    requestStarted(requestYield.inFlight);
    let isSettled = false;
    const run = checkDocumentOffThread(pairs, {}).finally(() => (isSettled = true));
    await pause(1500);
    expect(isSettled).toBe(false);
    requestEnded(requestYield.inFlight);
    const { findings, stats } = await run;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings).toEqual(runChecks(pairs, {}));
    expect(stats).toEqual(computeDocumentStats(pairs));
  });

  it("the parse thread pauses between batches while a request is in flight and reads on once the last one ends", async () => {
    const bytes = new TextEncoder().encode(xliff(3000));
    requestStarted(requestYield.inFlight);
    let batches = 0;
    let units = 0;
    const read = readBilingualOffThread({ fileName: "a.xlf", format: "xliff", maxBytes: bytes.length, maxUnits: 10_000, bytes }, async (batch) => {
      batches += 1;
      units += batch.units.length;
    });
    await expect.poll(() => batches, { timeout: 30_000 }).toBe(1);
    await pause(1500);
    expect(batches).toBe(1);
    requestEnded(requestYield.inFlight);
    await read;
    expect(batches).toBeGreaterThan(2);
    expect(units).toBe(3000);
  });
});
