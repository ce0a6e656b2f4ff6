import { describe, expect, it } from "vitest";
import { isSpeltAlike, isSpeltLikeSound, isTransliteration, soundSkeleton } from "@/lib/qa/names/name-similarity";

describe("isTransliteration", () => {
  it.each([
    ["khadafi", "gaddafi"], ["ouighours", "uyghur"], ["salmanazar", "shalmaneser"], ["equateur", "ecuador"],
    ["micmacs", "mi'kmaq"], ["bielorussie", "belarus"], ["saoudite", "saudi"], ["riourikides", "rurikid"], ["bretagne", "britain"],
    ["pekin", "peking"], ["edimbourg", "edinburgh"], ["ouzbekistan", "uzbekistan"], ["hongrie", "hungary"],
  ])("reads %s and %s as one name", (french, english) => {
    expect(isTransliteration(french, english)).toBe(true);
  });

  it.each([["kalenz", "cylanna"], ["tallin", "maudin"], ["delfador", "zorlan"], ["paris", "lyon"], ["malal", "methor"], ["rakshas", "laudiss"],
    // Skeletons one consonant apart: inside a short name, or opening on another sound.
    ["konrad", "garard"], ["haldric", "eldaric"], ["wesnoth", "chantal"], ["jevyan", "asheviere"],
    // Skeletons of two consonants alike, the first vowels not.
    ["dubai", "dhabi"]])(
    "tells %s and %s apart", (a, b) => {
      expect(isTransliteration(a, b)).toBe(false);
    },
  );

  it("merges French and English spellings of one sound", () => {
    expect(soundSkeleton("khadafi")).toBe("ktf");
    expect(soundSkeleton("gaddafi")).toBe("ktf");
  });
});

describe("isSpeltLikeSound", () => {
  it("reads a name and a common noun spelt for one sound as alike", () => {
    expect(isSpeltLikeSound("gryphons", "griffons")).toBe(true);
  });

  it("tells apart words that share only their consonants", () => {
    expect(soundSkeleton("poutine")).toBe(soundSkeleton("between"));
    expect(isSpeltLikeSound("poutine", "between")).toBe(false);
  });
});

describe("isSpeltAlike", () => {
  it.each([["mokhiber", "mokhiper"], ["tchad", "chad"], ["japon", "japanese"], ["marseille", "marseillais"], ["chine", "chinese"], ["israel", "israeli"],
    // A name's first part; a dynasty named after its founder.
    ["dal", "dalriada"], ["timourides", "timur"], ["britaniques", "british"]])(
    "reads %s and %s as one name", (a, b) => {
      expect(isSpeltAlike(a, b)).toBe(true);
    },
  );

  // One opening, unlike lengths and no derived ending: two names.
  it.each([["marseille", "marc"], ["mage", "magister"], ["biosciences", "bioworks"]])("tells %s and %s apart", (a, b) => {
    expect(isSpeltAlike(a, b)).toBe(false);
  });
});

