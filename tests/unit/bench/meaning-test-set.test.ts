import { describe, expect, it } from "vitest";
import type { CorpusPair, Split } from "@/bench/meaning/corpus";
import { buildMeaningTestSet, TWIN_SUFFIX } from "@/bench/meaning/test-set";

const DEV_NAMES = ["Delfador", "Kalenz", "Landar", "Methor"];
const HELD_OUT_NAMES = ["Garard", "Rakshas", "Tallin", "Zorlan"];

function corpus(split: Split, names: string[]): CorpusPair[] {
  const campaign = split === "dev" ? "dm" : "did";
  return names.flatMap((name, i) => {
    const other = names[(i + 1) % names.length];
    return [
      { source: `Puis ${name} rencontra ${other} au gué.`, target: `Then ${name} met ${other} at the ford.` },
      { source: `Hier ${name} parla longuement avec ${other}.`, target: `Yesterday ${name} spoke at length with ${other}.` },
      { source: `Oui, ${name} a vu un orc dans la forêt !`, target: `Yes, ${name} has seen an orc in the forest!` },
    ].map((text, j) => ({ ...text, id: `${campaign}-${i * 3 + j}`, kind: "1-1", split, campaign }));
  });
}

const pairs = [...corpus("dev", DEV_NAMES), ...corpus("held-out", HELD_OUT_NAMES)];

describe("meaning bench test set", () => {
  const testSet = buildMeaningTestSet(pairs);

  it("swaps in only names of the pair's own split", () => {
    const entities = [...testSet.key.values()].filter((answer) => answer.kind === "entity");
    expect(entities.length).toBeGreaterThan(2);
    for (const answer of entities) expect(answer.split === "dev" ? DEV_NAMES : HELD_OUT_NAMES).toContain(answer.after);
  });

  it("keeps an untouched twin of every injected pair in the same document, scored as clean", () => {
    for (const [id, answer] of testSet.key) {
      const document = testSet.documents.find((candidate) => candidate.pairs.some((pair) => pair.id === id))!;
      const original = pairs.find((pair) => pair.id === id)!;
      expect(document.pairs.find((pair) => pair.id === `${id}${TWIN_SUFFIX}`)?.target).toBe(original.target);
      expect(document.pairs.find((pair) => pair.id === id)?.target).not.toBe(original.target);
      expect(testSet.clean.get(answer.split)).toContain(`${id}${TWIN_SUFFIX}`);
      expect(testSet.clean.get(answer.split)).not.toContain(id);
    }
  });

  it("gives a rare variant its turn: 20 article errors among 200 sentences that only allow a space before “!”", () => {
    const pair = (i: number, source: string, target: string): CorpusPair => ({ id: `dm-${i}`, source, target, kind: "1-1", split: "dev", campaign: "dm" });
    const grammarOnly = [
      ...Array.from({ length: 200 }, (_, i) => pair(i, "Arrêtez-les !", "Stop them now!")),
      ...Array.from({ length: 20 }, (_, i) => pair(200 + i, "Voyez, un orc.", "Behold an orc.")),
    ];
    const variants = [...buildMeaningTestSet(grammarOnly).key.values()].filter((answer) => answer.kind === "grammar").map((answer) => answer.variant);
    expect(variants.filter((variant) => variant === "article")).toHaveLength(20);
    expect(variants).toHaveLength(80);
  });

  it("builds the same test set every time", () => {
    expect(buildMeaningTestSet(pairs)).toEqual(testSet);
  });
});
