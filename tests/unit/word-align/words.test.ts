import { describe, expect, it } from "vitest";
import { foldedAt, splitWords } from "@/lib/word-align/words";

describe("foldedAt", () => {
  it("reads each word's folded form, and nothing past either end", () => {
    const words = splitWords("L'Élysée a démenti l'information.", "source");
    expect(words.map((_, index) => foldedAt(words, index, "source"))).toEqual(["l'", "elysee", "a", "dementi", "l'", "information"]);
    expect([foldedAt(words, -1, "source"), foldedAt(words, words.length, "source")]).toEqual(["", ""]);
  });

  it("reads a word list afresh where it changed since it was last read", () => {
    const words = splitWords("The Prime Minister resigned on Tuesday.", "target");
    expect(foldedAt(words, 1, "target")).toBe("prime");
    words[1] = splitWords("Deputy", "target")[0];
    words.push(...splitWords("Élysée", "target"));
    expect([foldedAt(words, 1, "target"), foldedAt(words, words.length - 1, "target")]).toEqual(["deputy", "elysee"]);
  });
});

describe("splitWords", () => {
  it("keeps names of capitals and figures, and initials with dots, one word each", () => {
    const words = splitWords("G4S bought a U.S.-based firm after COP28 and the A380's first flight.", "target");
    expect(words.map((word) => word.text)).toEqual(["G4S", "bought", "a", "U.S.-based", "firm", "after", "COP28", "and", "the", "A380", "'s", "first", "flight"]);
    expect(foldedAt(splitWords("the U.N. agency", "target"), 1, "target")).toBe("un");
  });
});

describe("splitWords", () => {
  it("reads “été” after a determiner as the summer, a content word, and after an auxiliary as the participle", () => {
    const content = (text: string) => splitWords(text, "source").filter((word) => word.text === "été").map((word) => word.isContent);
    expect(content("Le festival déménagera l’été prochain, comme chaque été depuis qu'il a été créé.")).toEqual([true, true, false]);
    expect(content("Cet été, les prix ont été gelés en été comme en hiver.")).toEqual([true, false, true]);
  });
});
