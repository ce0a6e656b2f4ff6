import { foldText, tokenizeWords } from "@/lib/text/text";
import type { CheckHit, SegmentCheck } from "../types";

/** Doublings that English grammar allows or that are idiomatic. */
const ALLOWED = new Set(["had", "that", "is", "bye", "so", "ha", "no", "now", "there", "tut", "knock", "blah", "bla", "chop", "dum", "tsk", "boo"]);

export const repeatedWord: SegmentCheck = {
  id: "repeated-word",
  category: "linguistic_grammar",
  severity: "minor",
  title: "Word repeated twice in a row",
  run({ source, target }) {
    const words = tokenizeWords(target);
    const hits: CheckHit[] = [];
    for (let i = 1; i < words.length; i += 1) {
      const [previous, current] = [words[i - 1], words[i]];
      const word = foldText(current.text);
      if (word !== foldText(previous.text) || ALLOWED.has(word)) continue;
      if (!/^[ \u00A0]+$/.test(target.slice(previous.end, current.start))) continue;
      // A doubling already in the source ("vous vous", a quoted name) is deliberate.
      if (new RegExp(`(?<![\\p{L}])${word}\\s+${word}(?![\\p{L}])`, "iu").test(foldText(source))) continue;
      hits.push({
        message: `The word “${current.text}” is repeated in “${previous.text} ${current.text}”.`,
        sourceSpan: null,
        targetSpan: { start: previous.start, end: current.end },
        key: word,
      });
    }
    return hits;
  },
};
