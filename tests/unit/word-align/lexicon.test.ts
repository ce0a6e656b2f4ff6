import { beforeAll, describe, expect, it } from "vitest";
import { alignWords } from "@/lib/word-align/align-words";
import { buildShippedLexicon, getLexicon, getShippedLexicon, type Lexicon, lexiconHas, pluralStemmedApart } from "@/lib/word-align/lexicon";
import { wordInfo } from "@/lib/word-align/words";

let shipped: Lexicon;
beforeAll(() => {
  shipped = buildShippedLexicon();
  getLexicon();
}, 60_000);

/** Whether Recto's own lexicon (FreeDict left out) lets the French form be rendered by the English word. */
function renders(french: string, english: string): boolean {
  const info = wordInfo(french, "source");
  return lexiconHas(shipped, info.folded, info.stem, wordInfo(english, "target").stem);
}

function linkedPairs(source: string, target: string): string[] {
  const alignment = alignWords(source, target);
  return alignment.links.map((link) => `${alignment.source[link.source].text}→${alignment.target[link.target].text}`);
}

describe("getShippedLexicon", () => {
  const entries = (lexicon: Lexicon) => [...lexicon].map(([key, stems]) => [key, [...stems]]);

  it("is Recto's own lexicon, without the dictionaries the process's lexicon adds to its copy", () => {
    expect(entries(getShippedLexicon())).toEqual(entries(shipped));
    expect(getLexicon().lexicon.size).toBeGreaterThan(getShippedLexicon().size);
  });
});

describe("pluralStemmedApart", () => {
  it.each([
    ["delit", "delits"],
    ["loi", "lois"],
    ["enjeu", "enjeux"],
    ["elu", "elus"],
    ["euro", "euros"],
    ["demission", "demissions"],
    ["chomage", undefined],
    ["declarer", undefined],
    ["proces", undefined],
  ])("%s → %s", (singular, plural) => {
    expect(pluralStemmedApart(singular)).toBe(plural);
  });
});

describe("the shipped lexicon", () => {
  it.each([
    // Snowball stems these plurals apart from their singulars ("délit" → "del", "délits" → "delit").
    ["délits", "offence"],
    ["conflits", "conflict"],
    ["lois", "law"],
    ["emplois", "job"],
    ["enjeux", "stake"],
    ["élus", "elected"],
    ["démissions", "resignation"],
    ["crédits", "credit"],
    // Feminines, plurals and participles by their stems or infinitives.
    ["chômeurs", "unemployed"],
    ["négociations", "talks"],
    ["interpellés", "arrested"],
    ["trimestrielle", "quarterly"],
    ["concurrente", "rival"],
    ["démenti", "denied"],
    ["reconnaît", "admits"],
  ])("renders %s by %s", (french, english) => {
    expect(renders(french, english)).toBe(true);
  });

  it("does not render a word by an unrelated one", () => {
    expect(renders("chômage", "growth")).toBe(false);
    expect(renders("trimestre", "year")).toBe(false);
  });
});

describe("alignWords with the common news lexicon", () => {
  it.each([
    ["Le taux de chômage a reculé au troisième trimestre.", "The jobless rate fell in the third quarter.", ["chômage→jobless", "trimestre→quarter", "reculé→fell"]],
    ["Le patronat dénonce une concurrence déloyale.", "Employers denounce unfair competition.", ["patronat→Employers", "dénonce→denounce", "concurrence→competition"]],
    ["Deux suspects ont été placés en garde à vue.", "Two suspects were taken into custody.", ["suspects→suspects", "garde→custody", "vue→custody"]],
    ["Le ministre a été mis en examen pour corruption.", "The minister was charged with corruption.", ["ministre→minister", "examen→charged", "corruption→corruption"]],
    ["Un cessez-le-feu est entré en vigueur à l'issue des négociations.", "A ceasefire came into force after the talks.", ["cessez-le-feu→ceasefire", "issue→after", "négociations→talks"]],
  ])("links %j to %j", (source, target, expected) => {
    expect(linkedPairs(source, target)).toEqual(expect.arrayContaining(expected));
  });

  it("links no light verb of a phrase the dictionary gives (\"réfugier\": \"take refuge\")", () => {
    const pairs = linkedPairs("Aucun réfugié supplémentaire ne serait accueilli.", "Jordan would take in more refugees.");
    expect(pairs).toContain("réfugié→refugees");
    expect(pairs).not.toContain("réfugié→take");
  });
});

describe("named bodies", () => {
  it("leaves a misrendered institution's words unlinked to the wrong body", () => {
    const pairs = linkedPairs("Le recours a été rejeté par le Conseil d'État mardi.", "The appeal was rejected by the Council of Europe on Tuesday.");
    expect(pairs).toContain("Conseil→Council");
    expect(pairs).not.toContain("État→Council");
  });
});
