import { diffArrays } from "diff";

export type DiffKind = "equal" | "insert" | "delete";
export type DiffPart = { kind: DiffKind; text: string };

/** One replaceable change; `start`/`end` are UTF-16 offsets into the before text. */
export type Hunk = { index: number; before: string; after: string; start: number; end: number };

export type SideSpan = { kind: DiffKind; text: string; hunkIndex?: number };
/** One line of a two-column view; rows break only where both sides share a newline. */
export type SideBySideRow = { before: SideSpan[]; after: SideSpan[] };

const segmenters = new Map<string, Intl.Segmenter>();

function getSegmenter(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: "word" });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/** Words (incl. "Israel's", "l’armée", "3.5"), single punctuation marks and whitespace runs. */
function tokenize(text: string, language: string): string[] {
  return Array.from(getSegmenter(language).segment(text), (part) => part.segment);
}

const WHITESPACE_ONLY = /^\s+$/;

type ChangeGroup = { deleted: string; inserted: string };
type Run = { kind: "equal"; text: string } | { kind: "change"; group: ChangeGroup };

function toRuns(before: string, after: string, language: string): Run[] {
  const changes = diffArrays(tokenize(before, language), tokenize(after, language));
  const runs: Run[] = [];
  changes.forEach((change, i) => {
    const text = change.value.join("");
    const last = runs.at(-1);
    if (!change.added && !change.removed) {
      const next = changes[i + 1];
      // A lone space between two changes belongs to the change, so a phrase is one hunk.
      const isGlue = last?.kind === "change" && next !== undefined && WHITESPACE_ONLY.test(text);
      if (isGlue && last.kind === "change") {
        last.group.deleted += text;
        last.group.inserted += text;
      } else {
        runs.push({ kind: "equal", text });
      }
      return;
    }
    const group = last?.kind === "change" ? last.group : { deleted: "", inserted: "" };
    if (last?.kind !== "change") runs.push({ kind: "change", group });
    if (change.added) group.inserted += text;
    else group.deleted += text;
  });
  return runs;
}

/**
 * Word-level diff: tokens are whole words and punctuation, never characters.
 * Invariant: equal+delete texts concatenate to `before`, equal+insert texts to `after`, byte for byte.
 */
export function diffWords(before: string, after: string, language = "en"): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const run of toRuns(before, after, language)) {
    if (run.kind === "equal") {
      parts.push({ kind: "equal", text: run.text });
      continue;
    }
    if (run.group.deleted) parts.push({ kind: "delete", text: run.group.deleted });
    if (run.group.inserted) parts.push({ kind: "insert", text: run.group.inserted });
  }
  return parts;
}

/** Groups each run of adjacent delete/insert parts into one numbered hunk (0-based). */
export function toHunks(parts: DiffPart[]): Hunk[] {
  const hunks: Hunk[] = [];
  let offset = 0;
  let current: Hunk | undefined;
  for (const part of parts) {
    if (part.kind === "equal") {
      current = undefined;
      offset += part.text.length;
      continue;
    }
    if (!current) {
      current = { index: hunks.length, before: "", after: "", start: offset, end: offset };
      hunks.push(current);
    }
    if (part.kind === "delete") {
      current.before += part.text;
      offset += part.text.length;
      current.end = offset;
    } else {
      current.after += part.text;
    }
  }
  return hunks;
}

/**
 * Applies only the accepted hunks of the before→after diff. Accepting every hunk returns `after`,
 * none returns `before`. Throws RangeError on an index that is not a hunk of this diff.
 */
export function applyHunks(before: string, after: string, acceptedHunkIndexes: number[]): string {
  const parts = diffWords(before, after);
  const hunkCount = toHunks(parts).length;
  const accepted = new Set(acceptedHunkIndexes);
  for (const index of accepted) {
    if (!Number.isInteger(index) || index < 0 || index >= hunkCount) {
      throw new RangeError(`Hunk ${index} does not exist; this diff has ${hunkCount} hunks (0–${hunkCount - 1})`);
    }
  }
  let result = "";
  let hunkIndex = -1;
  let previousKind: DiffKind = "equal";
  for (const part of parts) {
    if (part.kind !== "equal" && previousKind === "equal") hunkIndex += 1;
    previousKind = part.kind;
    if (part.kind === "equal") result += part.text;
    else if ((part.kind === "insert") === accepted.has(hunkIndex)) result += part.text;
  }
  return result;
}

/** Rows for a two-column view: left shows equal+deleted text, right equal+inserted text. */
export function sideBySide(parts: DiffPart[]): SideBySideRow[] {
  const rows: SideBySideRow[] = [];
  let row: SideBySideRow = { before: [], after: [] };
  let hunkIndex = -1;
  let previousKind: DiffKind = "equal";
  for (const part of parts) {
    if (part.kind !== "equal") {
      if (previousKind === "equal") hunkIndex += 1;
      const side = part.kind === "delete" ? row.before : row.after;
      side.push({ kind: part.kind, text: part.text, hunkIndex });
    } else {
      for (const line of part.text.split(/(?<=\n)/)) {
        row.before.push({ kind: "equal", text: line });
        row.after.push({ kind: "equal", text: line });
        if (line.endsWith("\n")) {
          rows.push(row);
          row = { before: [], after: [] };
        }
      }
    }
    previousKind = part.kind;
  }
  if (row.before.length > 0 || row.after.length > 0) rows.push(row);
  return rows;
}
