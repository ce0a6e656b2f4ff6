import { describe, expect, it } from "vitest";
import { alignWords } from "@/lib/word-align/align-words";
import { headBefore } from "@/lib/qa/roles/noun-phrases";
import { MARKERS } from "@/lib/qa/roles/role-markers";
import { isMidAdverb } from "@/lib/qa/roles/verb-shapes";

// The readings the role checks build phrases with, read on words as the aligner splits them.
const wordsOf = (source: string) => alignWords(source, "x").source;
const englishWordsOf = (target: string) => alignWords("x", target).target;

describe("headBefore: the head of a French noun phrase before a relative pronoun", () => {
  it.each([
    ["une légère détente qui le maintient", "détente"],
    ["un important incendie qui a détruit", "incendie"],
    ["la première victoire qui compte", "victoire"],
    ["le ministre du Travail, qui", "ministre"],
    // An adjective that is all the phrase holds is its head.
    ["les anciens qui se souviennent", "anciens"],
  ])("“%s” → %s", (text, head) => {
    const words = wordsOf(text);
    const pronoun = words.findIndex((word) => word.text === "qui");
    const found = headBefore(text, words, pronoun, "source", MARKERS.source);
    expect(found === null ? null : words[found].text).toBe(head);
  });
});

describe("isMidAdverb: an English adverb between a subject and its verb", () => {
  it.each([
    ["an easing that nevertheless keeps it", "nevertheless", true],
    ["the agency has already detected", "already", true],
    ["the plan finally passed", "finally", true],
    ["the family said", "family", false],
  ])("“%s”: %s", (text, adverb, expected) => {
    const words = englishWordsOf(text);
    expect(isMidAdverb(words, words.findIndex((word) => word.text === adverb), "target")).toBe(expected);
  });
});
