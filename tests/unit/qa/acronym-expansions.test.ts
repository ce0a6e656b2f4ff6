import { describe, expect, it } from "vitest";
import { alignWords } from "@/lib/word-align/align-words";
import { findAcronymExpansion } from "@/lib/qa/names/acronym-expansions";

const targetWords = (source: string, target: string) => alignWords(source, target).target;

describe("findAcronymExpansion", () => {
  it("finds the English words whose initials spell a French acronym in another order", () => {
    const target = targetWords("Le PNF a ouvert une enquête.", "The national financial prosecutor's office opened an investigation.");
    const found = findAcronymExpansion("PNF", target);
    expect(found && target.slice(found.first, found.last + 1).map((word) => word.text).join(" ")).toMatch(/^national financial prosecutor/);
  });

  it("reads each part of a hyphenated word as a word: ODI is \"one-day internationals\"", () => {
    const target = targetWords("Il continuera de jouer en format ODI.", "He will keep playing one-day internationals.");
    const found = findAcronymExpansion("ODI", target);
    expect(found && target.slice(found.first, found.last + 1).map((word) => word.text).join(" ")).toBe("one-day internationals");
  });

  it.each([["PNF", "Prosecutors opened an investigation."], ["UE", "The united effort failed."], ["ODI", "The long-distance runners won."]])("finds none for %s in “%s”", (acronym, english) => {
    expect(findAcronymExpansion(acronym, targetWords("Le texte.", english))).toBeNull();
  });
});
