import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { alignSentences, alignTexts, type AlignedText } from "@/lib/align/align";
import { segmentText } from "@/lib/align/segment";
import { createRandom } from "./random";

const FR = {
  debate: "« Ce n’est pas la première fois que nous sommes confrontés à des questions morales complexes (…).",
  ukraine: "Dans le cas de l’Ukraine, par exemple, quand il a été question d’envoyer des bombes à sous-munitions, il y a eu un débat (…).",
  israel: "Pour Israël, il s’agissait seulement de “répondre aux demandes” », explique l’ancien responsable, interrogé par Radio-Canada.",
  towel: "Depuis le début de la guerre entre Israël et le Hamas, Craig Mokhiber n’est pas le seul haut responsable à avoir jeté l’éponge.",
  employee: "Il y a deux semaines, un employé du département d’État américain chargé des transferts d’armes vers l’État d’Israël a démissionné, s’inquiétant des conséquences de ces livraisons pour les civils palestiniens.",
  march: "Chaque semaine, des centaines de milliers de personnes défilent dans le monde arabe, mais aussi à New York, à Paris ou à Berlin, en soutien à la population de Gaza ; des manifestants qui s’insurgent contre le « deux poids, deux mesures » du monde occidental, prompt à dénoncer les crimes de guerre commis par la Russie en Ukraine.",
  toll: "Au moins 1 400 personnes, en majorité des civils, ont été tuées lors des attaques du Hamas, tandis que les bombardements israéliens ont fait près de 10 000 morts à Gaza.",
};
const EN = {
  debate: "“It is not the first time that we are faced with complex moral issues (…).",
  ukraine: "In the case of Ukraine, for example, when there was talk of sending cluster bombs, there was a debate (…).",
  israel: "For Israel it was only “It is necessary to respond to the requests,” explains the former official interviewed by Radio-Canada.",
  towelAndEmployee: "Since the start of the war between Israel and Hamas, Craig Mokhiber has not been the only senior official to throw in the towel, and two weeks ago a US State Department employee responsible for arms transfers to the State of Israel resigned, expressing concern about the consequences of these shipments for Palestinian civilians.",
  march: "Every week, hundreds of thousands of people march in the Arab world but also in New York, Paris and Berlin in support of the people of Gaza.",
  protesters: "Protesters who rebel against the “double standards” of the Western world and denounce war crimes committed by Russia in Ukraine.",
  toll: "At least 1,400 people, most of them civilians, were killed in Hamas attacks while Israeli bombings left nearly 10,000 dead in Gaza.",
  added: "The Guardian newspaper also reported on the letter in London on Sunday.",
};

const kinds = (source: string, target: string) => alignTexts(source, target).segments.map((s) => s.kind);

function expectRoundTrip(result: AlignedText, source: string, target: string) {
  expect(result.sourceLeading + result.segments.map((s) => s.source + s.sourceSeparator).join("")).toBe(source);
  expect(result.targetLeading + result.segments.map((s) => s.target + s.targetSeparator).join("")).toBe(target);
}

describe("alignTexts bead kinds", () => {
  it.each([
    ["1-1 for sentence-by-sentence translations", [FR.debate, FR.ukraine, FR.israel], [EN.debate, EN.ukraine, EN.israel], ["1-1", "1-1", "1-1"]],
    ["1-0 for a sentence dropped in the middle of a paragraph", [FR.debate, FR.ukraine, FR.israel], [EN.debate, EN.israel], ["1-1", "1-0", "1-1"]],
    ["0-1 for a sentence added in the middle of a paragraph", [FR.debate, FR.israel], [EN.debate, EN.ukraine, EN.israel], ["1-1", "0-1", "1-1"]],
    ["0-1 for an unrelated sentence added in the middle", [FR.debate, FR.ukraine, FR.israel], [EN.debate, EN.ukraine, EN.added, EN.israel], ["1-1", "1-1", "0-1", "1-1"]],
    ["1-2 for one long sentence translated as two", [FR.toll, FR.march], [EN.toll, EN.march, EN.protesters], ["1-1", "1-2"]],
    ["2-1 for two sentences translated as one", [FR.toll, FR.towel, FR.employee], [EN.toll, EN.towelAndEmployee], ["1-1", "2-1"]],
  ])("gives %s", (_name, source, target, expected) => {
    expect(kinds(source.join(" "), target.join(" "))).toEqual(expected);
  });

  it("gives 2-2 when two sentences are split at a different place", () => {
    const source = "Il a parlé longtemps de la guerre à Gaza, de ses 10 000 morts et de la complicité des gouvernements occidentaux, puis il a salué ses collègues. Il est parti.";
    const target = "He spoke for a long time about the war in Gaza. He mentioned its 10,000 dead and the complicity of Western governments, then greeted his colleagues and left.";
    expect(kinds(source, target)).toEqual(["2-2"]);
  });

  it("keeps a sentence that is a whole added paragraph as 0-1, not glued to its neighbour", () => {
    const source = `${FR.debate} ${FR.ukraine}\n\n${FR.toll}`;
    const target = `${EN.debate} ${EN.ukraine}\n\n${EN.toll}\n\n*This article was adapted from its original in French`;
    expect(kinds(source, target)).toEqual(["1-1", "1-1", "1-1", "0-1"]);
  });
});

describe("alignTexts on the demo article", () => {
  const source = readFileSync("prisma/demo/mokhiber-resignation.fr.txt", "utf8");
  const target = readFileSync("prisma/demo/mokhiber-resignation.en.txt", "utf8");
  const result = alignTexts(source, target);

  it("makes the closing note a 0-1 segment", () => {
    expect(result.segments.at(-1)).toMatchObject({ kind: "0-1", source: "", target: "*This article was adapted from its original in French" });
  });

  it("makes the long French sentence a 1-2 segment with its English break", () => {
    const segment = result.segments.find((s) => s.source.startsWith("Chaque semaine"));
    expect(segment?.kind).toBe("1-2");
    expect(segment?.target.slice(segment.targetBreaks[0])).toMatch(/^Protesters who rebel/);
  });

  it("aligns everything else one to one, headings included", () => {
    expect([...new Set(result.segments.map((s) => s.kind))].sort()).toEqual(["0-1", "1-1", "1-2"]);
    expect(result.segments.find((s) => s.source === "Cas de conscience")?.target).toBe("Cases of conscience");
  });

  it("gives back both texts exactly", () => expectRoundTrip(result, source, target));
});

describe("alignTexts confidence", () => {
  it("is high for a faithful pair and low for an unrelated pair of similar length", () => {
    const [faithful] = alignTexts(FR.toll, EN.toll).segments;
    const [unrelated] = alignTexts(FR.toll, EN.towelAndEmployee.slice(0, 180) + ".").segments;
    expect(faithful.confidence).toBeGreaterThan(0.8);
    expect(unrelated.confidence).toBeLessThan(0.5);
  });

  it("stays within [0, 1] on the demo", () => {
    const source = readFileSync("prisma/demo/mokhiber-resignation.fr.txt", "utf8");
    const target = readFileSync("prisma/demo/mokhiber-resignation.en.txt", "utf8");
    for (const { confidence } of alignTexts(source, target).segments) {
      expect(confidence).toBeGreaterThanOrEqual(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe("alignTexts invariants", () => {
  it.each([
    ["", "", 0],
    ["", "Only English.", 1],
    ["Seulement du français.", "  \n", 1],
    ["\n\nUne phrase.\n", "\uFEFFOne sentence. Two sentences.\n\n", 2],
  ])("handles empty and blank sides: %j / %j", (source, target, segmentCount) => {
    const result = alignTexts(source, target);
    expect(result.segments).toHaveLength(segmentCount);
    expectRoundTrip(result, source, target);
  });

  it("records where each later sentence of a segment starts", () => {
    const [segment] = alignTexts(FR.march, `${EN.march}  ${EN.protesters}`).segments;
    expect(segment.targetBreaks).toEqual([EN.march.length + 2]);
    expect(segment.targetSeparator).toBe("");
  });

  it("gives back random texts exactly and covers every sentence once, in order", () => {
    const random = createRandom(11);
    const pieces = ["Il est parti. ", "He left. ", "1 400 morts. ", "1,400 dead. ", "\n\n", "« Oui ? » ", "“Yes?” ", "Cas\n\n", " ", "\r\n", "😀. ", "M. Dupont. "];
    for (let run = 0; run < 300; run++) {
      const make = () => Array.from({ length: Math.floor(random() * 30) }, () => pieces[Math.floor(random() * pieces.length)]).join("");
      const source = make();
      const target = make();
      const result = alignTexts(source, target);
      expectRoundTrip(result, source, target);
      const beads = alignSentences(segmentText(source, "fr").sentences, segmentText(target, "en").sentences);
      expect(beads.flatMap((b) => b.sourceIndices)).toEqual(segmentText(source, "fr").sentences.map((_, k) => k));
      expect(beads.flatMap((b) => b.targetIndices)).toEqual(segmentText(target, "en").sentences.map((_, k) => k));
      for (const bead of beads) expect(bead.sourceIndices.length + bead.targetIndices.length).toBeGreaterThan(0);
    }
  });
});
