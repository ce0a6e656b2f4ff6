import type { CheckHit, SegmentCheck } from "../types";
import { matchesOf } from "@/lib/text/text";

const CLOSERS = /[\s»”"’')\]]+$/u;

function endMark(text: string): { mark: "?" | "!" | "." | "none"; index: number } {
  const trimmed = text.replace(CLOSERS, "");
  const last = trimmed.slice(-1);
  const index = trimmed.length - 1;
  if (last === "?") return { mark: "?", index };
  if (last === "!") return { mark: "!", index };
  if (/[.…:;]/.test(last)) return { mark: ".", index };
  return { mark: "none", index };
}

function endPunctuation(source: string, target: string): CheckHit[] {
  const [sourceEnd, targetEnd] = [endMark(source), endMark(target)];
  if (sourceEnd.mark === targetEnd.mark) return [];
  // "!" often becomes "." in English; only "?" and presence versus absence are reliable signals.
  const isExclamationSwap = sourceEnd.mark !== "none" && targetEnd.mark !== "none" && sourceEnd.mark !== "?" && targetEnd.mark !== "?";
  if (isExclamationSwap) return [];
  const describe = (end: ReturnType<typeof endMark>, text: string) => (end.mark === "none" ? "no end punctuation" : `“${text[end.index]}”`);
  return [{
    message: `The source ends with ${describe(sourceEnd, source)} but the target ends with ${describe(targetEnd, target)}.`,
    sourceSpan: sourceEnd.mark === "none" ? null : { start: sourceEnd.index, end: sourceEnd.index + 1 },
    targetSpan: targetEnd.mark === "none" ? null : { start: targetEnd.index, end: targetEnd.index + 1 },
    key: `end|${sourceEnd.mark}|${targetEnd.mark}`,
  }];
}

function doubledSpaces(source: string, target: string): CheckHit[] {
  const inner = /(?<=\S) {2,}(?=\S)/g;
  const targetRuns = matchesOf(target, inner);
  if (targetRuns.length === 0 || targetRuns.length <= (source.match(inner) ?? []).length) return [];
  const run = targetRuns[0];
  const context = target.slice(Math.max(0, run.index - 12), run.index + run[0].length + 12).trim();
  return [{
    message: `The target has a doubled space in “${context}”.`,
    sourceSpan: null,
    targetSpan: { start: run.index, end: run.index + run[0].length },
    key: "doubled-space",
  }];
}

/** A space before "," or "." is a typo; a space before ; : ! ? is French spacing, `french-convention`'s finding. */
function spaceBeforePunctuation(target: string): CheckHit[] {
  const match = /[ \u00A0\u202F\u2009]+(?:,|\.(?![.\w]))(?=\s|$|["”’)\]])/u.exec(target);
  if (!match) return [];
  const mark = match[0].trim();
  return [{
    message: `The target has a space before “${mark}”, which English does not use.`,
    sourceSpan: null,
    targetSpan: { start: match.index, end: match.index + match[0].length },
    key: `space-before|${mark}`,
  }];
}

export const punctuation: SegmentCheck = {
  id: "punctuation",
  category: "linguistic_punctuation",
  severity: "minor",
  title: "End punctuation, doubled spaces or a space before a comma or full stop",
  run({ source, target }) {
    if (target.trim() === "" || source.trim() === "") return [];
    return [...endPunctuation(source, target), ...doubledSpaces(source, target), ...spaceBeforePunctuation(target)];
  },
};
