import { AppError } from "@/lib/errors";

/** One side of a segment as stored: its text, the whitespace after it, and where its 2nd, 3rd… sentences start. */
export type BeadSide = { text: string; separator: string; breaks: number[] };
export type Bead = { source: BeadSide; target: BeadSide };
export type SideName = "source" | "target";
export type EditedBead = Bead & { kind: `${number}-${number}` };
/** Half-open character range [start, end) in one side's text. */
export type Span = { start: number; end: number };
/** An issue on input bead `bead`; `isOpen` issues block an edit that would cut their span in two. */
export type SpanIssue = { id: string; bead: number; isOpen: boolean; source: Span | null; target: Span | null };
/** The issue's new home: output bead `bead`, spans rebased on its texts. */
export type PlacedIssue = { id: string; bead: number; source: Span | null; target: Span | null };
export type BeadEdit = { beads: EditedBead[]; issues: PlacedIssue[] };

type Sentence = { text: string; separator: string };
type Group = Record<SideName, number>;

const SIDES: readonly SideName[] = ["source", "target"];
const TRAILING_SPACE = /\s+$/u;
const SIDE_LABEL: Record<SideName, string> = { source: "French", target: "English" };

function refuse(message: string): never {
  throw new AppError({ code: "INVALID_STATE", message });
}

/** The sentences of one side; the separator of each but the last is the whitespace its chunk ends with. */
export function sentencesOf(side: BeadSide): Sentence[] {
  if (side.text === "") return [];
  const starts = [0, ...side.breaks];
  return starts.map((start, k) => {
    if (k === starts.length - 1) return { text: side.text.slice(start), separator: side.separator };
    const chunk = side.text.slice(start, starts[k + 1]);
    const body = chunk.replace(TRAILING_SPACE, "");
    return { text: body, separator: chunk.slice(body.length) };
  });
}

/** Joins sentences back into one side, the inverse of sentencesOf. */
export function joinSentences(sentences: Sentence[]): BeadSide {
  let text = "";
  const breaks: number[] = [];
  sentences.forEach((sentence, k) => {
    if (k > 0) breaks.push(text.length);
    text += sentence.text + (k < sentences.length - 1 ? sentence.separator : "");
  });
  return { text, separator: sentences.at(-1)?.separator ?? "", breaks };
}

/** Sentences on one side of a segment (0 for an empty side); the alignment menu offers a split per boundary. */
export function sentenceCount(side: Pick<BeadSide, "text" | "breaks">): number {
  return side.text === "" ? 0 : side.breaks.length + 1;
}

function kindOf(bead: Bead): `${number}-${number}` {
  return `${sentenceCount(bead.source)}-${sentenceCount(bead.target)}`;
}

/** Start offset of each bead's side within the involved beads' concatenated text (text + separator each). */
function offsets(beads: Bead[], side: SideName): number[] {
  const result: number[] = [];
  let offset = 0;
  for (const bead of beads) {
    result.push(offset);
    offset += bead[side].text.length + bead[side].separator.length;
  }
  return result;
}

/** Output bead whose text holds the global offset (the last one starting at or before it). */
function beadAt(starts: number[], offset: number): number {
  let index = 0;
  while (index + 1 < starts.length && starts[index + 1] <= offset) index++;
  return index;
}

type Placement = { bead: number; span: Span; isCut: boolean };

function placeSpan(span: Span, globalStart: number, outStarts: number[], outBeads: Bead[], side: SideName): Placement {
  const start = globalStart + span.start;
  const end = globalStart + span.end;
  const bead = beadAt(outStarts, start);
  const textEnd = outStarts[bead] + outBeads[bead][side].text.length;
  const isCut = end > textEnd;
  return { bead, span: { start: start - outStarts[bead], end: Math.min(end, textEnd) - outStarts[bead] }, isCut };
}

function excerpt(bead: Bead, side: SideName, span: Span): string {
  const text = bead[side].text.slice(span.start, span.end);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Moves each issue to the output bead holding its spans; refuses when an open issue's span would be cut or split across beads. */
function placeIssues(inBeads: Bead[], outBeads: Bead[], issues: SpanIssue[], homeOf: (bead: number) => number): PlacedIssue[] {
  const inStarts = { source: offsets(inBeads, "source"), target: offsets(inBeads, "target") };
  const outStarts = { source: offsets(outBeads, "source"), target: offsets(outBeads, "target") };
  return issues.map((issue) => {
    const placements: Partial<Record<SideName, Placement>> = {};
    for (const side of SIDES) {
      const span = issue[side];
      if (!span) continue;
      const placement = placeSpan(span, inStarts[side][issue.bead], outStarts[side], outBeads, side);
      if (issue.isOpen && placement.isCut) {
        refuse(`An open issue flags “${excerpt(inBeads[issue.bead], side, span)}” (${SIDE_LABEL[side]}), which this change would cut in two; resolve or dismiss it first.`);
      }
      placements[side] = placement;
    }
    const { source, target } = placements;
    if (source && target && source.bead !== target.bead && issue.isOpen) {
      refuse("An open issue flags French and English text that this change would put in different segments; resolve or dismiss it first.");
    }
    // A closed issue keeps its English span when its two spans part ways.
    const bead = target?.bead ?? source?.bead ?? homeOf(issue.bead);
    const spanOn = (placement?: Placement) => (placement && placement.bead === bead ? placement.span : null);
    return { id: issue.id, bead, source: spanOn(source), target: spanOn(target) };
  });
}

/**
 * Regroups the sentences of consecutive beads into new consecutive beads: group k takes the next
 * `groups[k].source` source and `groups[k].target` target sentences. Byte-exact by construction.
 */
function regroup(beads: Bead[], groups: Group[], issues: SpanIssue[], homeOf: (bead: number) => number): BeadEdit {
  const pools = { source: beads.flatMap((b) => sentencesOf(b.source)), target: beads.flatMap((b) => sentencesOf(b.target)) };
  const taken = { source: 0, target: 0 };
  const outBeads = groups.map((group): EditedBead => {
    const take = (side: SideName) => joinSentences(pools[side].slice(taken[side], (taken[side] += group[side])));
    const bead = { source: take("source"), target: take("target") };
    return { ...bead, kind: kindOf(bead) };
  });
  for (const bead of outBeads) {
    if (bead.source.text === "" && bead.target.text === "") refuse("That would leave a segment with no text at all; merge the segments instead.");
  }
  return { beads: outBeads, issues: placeIssues(beads, outBeads, issues, homeOf) };
}

function counts(bead: Bead): Group {
  return { source: sentenceCount(bead.source), target: sentenceCount(bead.target) };
}

/** One bead holding both beads' sentences; issues of the second are rebased after the first's text. */
export function mergeBeads(first: Bead, second: Bead, issues: SpanIssue[]): BeadEdit {
  const a = counts(first);
  const b = counts(second);
  return regroup([first, second], [{ source: a.source + b.source, target: a.target + b.target }], issues, () => 0);
}

/**
 * Splits a bead after sentence `breakIndex + 1` of `side` (breakIndex indexes `side.breaks`); the
 * other side stays whole in the first part, so a 2-1 split on the French gives 1-1 then 1-0.
 */
export function splitBead(bead: Bead, side: SideName, breakIndex: number, issues: SpanIssue[]): BeadEdit {
  const total = counts(bead);
  if (!Number.isInteger(breakIndex) || breakIndex < 0 || breakIndex >= bead[side].breaks.length) {
    refuse(`The ${SIDE_LABEL[side]} side has ${total[side]} sentence(s): there is no boundary after sentence ${breakIndex + 1}.`);
  }
  const other: SideName = side === "source" ? "target" : "source";
  const first = { [side]: breakIndex + 1, [other]: total[other] } as Group;
  const second = { [side]: total[side] - breakIndex - 1, [other]: 0 } as Group;
  return regroup([bead], [first, second], issues, () => 0);
}

/** Moves the first sentence of `side` of `current` to the end of `previous`; beads keep their identity. */
export function moveFirstSentenceToPrevious(previous: Bead, current: Bead, side: SideName, issues: SpanIssue[]): BeadEdit {
  const before = counts(previous);
  const after = counts(current);
  if (after[side] === 0) refuse(`This segment has no ${SIDE_LABEL[side]} sentence to move.`);
  const groups = [{ ...before, [side]: before[side] + 1 }, { ...after, [side]: after[side] - 1 }];
  return regroup([previous, current], groups, issues, (bead) => bead);
}

/** Moves the last sentence of `side` of `current` to the start of `next`; beads keep their identity. */
export function moveLastSentenceToNext(current: Bead, next: Bead, side: SideName, issues: SpanIssue[]): BeadEdit {
  const before = counts(current);
  const after = counts(next);
  if (before[side] === 0) refuse(`This segment has no ${SIDE_LABEL[side]} sentence to move.`);
  const groups = [{ ...before, [side]: before[side] - 1 }, { ...after, [side]: after[side] + 1 }];
  return regroup([current, next], groups, issues, (bead) => bead);
}

/** Concatenation of the beads' texts and separators per side: an edit must leave it unchanged. */
export function joinBeads(beads: Bead[]): Record<SideName, string> {
  const join = (side: SideName) => beads.map((bead) => bead[side].text + bead[side].separator).join("");
  return { source: join("source"), target: join("target") };
}
