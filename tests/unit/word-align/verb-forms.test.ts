import { beforeAll, describe, expect, it } from "vitest";
import { alignWords } from "@/lib/word-align/align-words";
import { getLexicon } from "@/lib/word-align/lexicon";
import { englishVerbBase, frenchVerbLemmas } from "@/lib/word-align/verb-forms";

beforeAll(() => getLexicon(), 60_000);

function linkedPairs(source: string, target: string): string[] {
  const alignment = alignWords(source, target);
  return alignment.links.map((link) => `${alignment.source[link.source].text}→${alignment.target[link.target].text}`);
}

describe("frenchVerbLemmas", () => {
  it.each([
    ["attaquent", "attaquer"],
    ["blesse", "blesser"],
    ["finissent", "finir"],
    ["detruisent", "detruire"],
    ["vendu", "vendre"],
    ["pris", "prendre"],
    ["compris", "comprendre"],
    ["viendra", "venir"],
    ["maintient", "maintenir"],
    ["font", "faire"],
    ["doivent", "devoir"],
    ["mangeons", "manger"],
    ["conclu", "conclure"],
    ["exclue", "exclure"],
  ])("reads %s as a form of %s", (form, infinitive) => {
    expect(frenchVerbLemmas(form)).toContain(infinitive);
  });

  it("guesses nothing for short or foreign-looking words", () => {
    expect(frenchVerbLemmas("le")).toEqual([]);
    expect(frenchVerbLemmas("1999")).toEqual([]);
  });
});

describe("englishVerbBase", () => {
  it.each([
    ["took", "take"],
    ["fought", "fight"],
    ["overthrew", "overthrow"],
    ["withheld", "withhold"],
    // A past the same as its base: "Toulouse beat Pau".
    ["beat", "beat"],
  ])("reads %s as a form of %s", (form, base) => {
    expect(englishVerbBase(form)).toBe(base);
  });

  it("leaves regular forms to the stemmer", () => {
    expect(englishVerbBase("destroyed")).toBeUndefined();
    expect(englishVerbBase("attacks")).toBeUndefined();
  });
});

describe("alignWords with inflected verbs", () => {
  it.each([
    ["Les rebelles ont détruit le pont.", "The rebels destroyed the bridge.", "détruit→destroyed"],
    ["Les soldats attaquent la ville.", "The soldiers attack the town.", "attaquent→attack"],
    ["Les manifestants ont pris la place centrale.", "The protesters took the central square.", "pris→took"],
    ["Elle écrivait une lettre au président.", "She was writing a letter to the president.", "écrivait→writing"],
    ["Le ministre viendra demain à Marseille.", "The minister will come to Marseille tomorrow.", "viendra→come"],
    ["Nous construisons une nouvelle école.", "We are building a new school.", "construisons→building"],
    ["Il a vendu sa maison l'an dernier.", "He sold his house last year.", "vendu→sold"],
  ])("links the verb of %j to its rendering in %j", (source, target, pair) => {
    expect(linkedPairs(source, target)).toContain(pair);
  });

  it.each([
    ["Les rebelles ont détruit le pont.", "The rebels crossed the bridge.", "détruit"],
    ["Les soldats attaquent la ville.", "The soldiers leave the town.", "attaquent"],
    ["Le ministre viendra demain à Marseille.", "The minister will speak in Marseille tomorrow.", "viendra"],
  ])("does not link the verb of %j to an unrelated verb in %j", (source, target, verb) => {
    expect(linkedPairs(source, target).filter((pair) => pair.startsWith(`${verb}→`))).toEqual([]);
  });
});
