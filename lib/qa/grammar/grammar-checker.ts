import { LRUCache } from "lru-cache";
import { type HarperBinary, loadSnapshotLinter } from "./grammar-snapshot";
import type { Span } from "../types";

/**
 * Harper's rules that speak to grammar (agreement, verb forms, articles, confused words), chosen
 * from its ~900 rules by running them on edited English (the demo article and the Freeciv legends
 * of bench/qa): none of these fired there. Left off: spelling (Recto's `spelling` check), style,
 * capitalisation of names, place-name updates, long sentences, Oxford commas, doubled words
 * (`repeated-word`) and the rules that fired on correct text (MassNouns, OneOfTheSingular,
 * QuantifierNumeralConflict, TheirToThere, MissingPreposition, ModalBeAdjective…). Each rule
 * switched on also costs time on every sentence, so the list is an allow-list.
 */
export const GRAMMAR_RULES = [
  "AnA", "PronounVerbAgreement", "PronounInflectionBe", "IAmAgreement", "PronounAre", "ThereIsAgreement",
  "SimplePastToPastParticiple", "DidPast", "HelpedPast", "WillNonLemma", "WillContain", "InflectedVerbAfterTo",
  "ModalOf", "MayOfPronoun", "DoubleModal", "SingleBe", "NotBeAfterNot", "IsBeenAuxSequence", "ProgressiveNeedsBe",
  "TheyToThem", "SubjectPronoun", "FriendOfMe", "TheMy", "TheAnother", "AnotherAn", "ItsContraction", "ItsPossessive",
  "TheirToTheyre", "TheyreToTheir", "ThereToTheir", "TheyreConfusions", "AdjectiveDoubleDegree", "MoreBetter", "LessWorse",
  "ThatThan", "ThenThan", "ToTo", "NounVerbConfusion", "CriteriaPhenomena", "HadOf", "DespiteOf", "ExceptOf",
  "ComprisesOf", "WorthToDo", "LookingForwardTo", "NeedToNoun", "WhomSubjectOfVerb", "NorModalPronoun",
  "NoLongerPronoun", "Respond", "ThreatenVerb", "UseToUsedTo", "SupposedTo", "DoubleNegative",
] as const;

export type GrammarLint = { rule: string; kind: string; message: string; span: Span; suggestion: string | null };

// The parts of harper.js's WebAssembly linter we use; its typings do not export the class.
type HarperSpan = { start: number; end: number };
type HarperSuggestion = { get_replacement_text(): string; kind(): number; free(): void };
type HarperLint = { span(): HarperSpan; message(): string; lint_kind(): string; suggestions(): HarperSuggestion[]; free(): void };
type HarperLinter = {
  __wbg_ptr: number;
  organized_lints(text: string, language: number, allHeadings: boolean, mask: string | undefined, dedup: boolean, isolateEnglish: boolean): Array<{ group: string; lints: HarperLint[]; free(): void }>;
  get_lint_config_as_object(): Record<string, boolean | null>;
  set_lint_config_from_object(config: Record<string, boolean>): void;
};
const PLAIN_TEXT = 0;
const AMERICAN = 0;
const REPLACE = 0;

let linter: HarperLinter | null = null;
let loading: Promise<void> | null = null;
/** Targets repeat across runs of a document (every QA run re-reads every segment): lint each text once. */
const cache = new LRUCache<string, GrammarLint[]>({ max: 50_000 });

/**
 * Loads Harper (harper.js: Automattic's grammar checker, WebAssembly, offline) once per process:
 * about 1–3 s and ~150 MB. Until it resolves, `lintGrammar` returns null. A failure to load is
 * logged and leaves the grammar check silent; every other check still runs.
 */
export function loadGrammarChecker(): Promise<void> {
  loading ??= (async () => {
    try {
      const { binary } = await import("harper.js/binary");
      const build = (glue: { Linter: { new: (dialect: number) => HarperLinter } }) => {
        const created = glue.Linter.new(AMERICAN);
        const rules = new Set<string>(GRAMMAR_RULES);
        created.set_lint_config_from_object(Object.fromEntries(Object.keys(created.get_lint_config_as_object()).map((rule) => [rule, rules.has(rule)])));
        return created;
      };
      // The first lint compiles most of the WebAssembly lazily (seconds on a busy machine): pay it here.
      const probe = (created: HarperLinter) => JSON.stringify(toGrammarLints(created.organized_lints("He go to a school, and they was there.", PLAIN_TEXT, false, undefined, true, false)));
      linter = await loadSnapshotLinter(binary as unknown as HarperBinary<HarperLinter>, { dialect: AMERICAN, rules: GRAMMAR_RULES }, build, probe);
    } catch (error) {
      console.error("recto: the grammar checker (harper.js) could not be loaded; the grammar check is off", error);
    }
  })();
  return loading;
}

export function isGrammarCheckerReady(): boolean {
  return linter !== null;
}

function toGrammarLints(groups: ReturnType<HarperLinter["organized_lints"]>): GrammarLint[] {
  const lints: GrammarLint[] = [];
  for (const group of groups) {
    for (const lint of group.lints) {
      const span = lint.span();
      const suggestions = lint.suggestions();
      const replacement = suggestions.find((suggestion) => suggestion.kind() === REPLACE);
      lints.push({
        rule: group.group, kind: lint.lint_kind(), message: lint.message(),
        // harper.js reports UTF-16 offsets, as Recto's spans are (checked on text with emoji).
        span: { start: span.start, end: span.end },
        suggestion: replacement ? replacement.get_replacement_text() : null,
      });
      for (const suggestion of suggestions) suggestion.free();
      lint.free();
    }
    group.free();
  }
  return lints;
}

const lintText = (text: string) => toGrammarLints(linter!.organized_lints(text, PLAIN_TEXT, false, undefined, true, false));

/** Harper's lints on an English text with the GRAMMAR_RULES, or null while Harper is not loaded. */
export function lintGrammar(text: string): GrammarLint[] | null {
  let lints = cache.get(text);
  if (!lints) {
    if (!linter) return null;
    lints = lintText(text);
    cache.set(text, lints);
  }
  return lints;
}

/** Texts are joined as paragraphs; a lint is given back to the text it falls in. */
const PARAGRAPH_BREAK = "\n\n";

/** Whether `lintGrammarBatch` lints `text` with others; it leaves the rest to `lintGrammar`, one call each. */
export const isBatchable = (text: string) => text.trim() !== "" && !text.includes(PARAGRAPH_BREAK);

/**
 * Lints `texts` not linted yet, several to one call of Harper, and caches each text's own lints,
 * so that `lintGrammar` then answers from the cache. One call per text costs about 3.5 times as
 * much as calls of 50 texts joined as paragraphs (measured on the demo article's sentences). A
 * lint that spans two texts is dropped (no rule in GRAMMAR_RULES reads across paragraphs).
 * `batchSize` bounds how long one call blocks the event loop.
 */
export function lintGrammarBatch(texts: readonly string[], batchSize = 50): void {
  if (!linter) return;
  const pending = [...new Set(texts)].filter((text) => isBatchable(text) && !cache.has(text));
  for (let first = 0; first < pending.length; first += batchSize) {
    const batch = pending.slice(first, first + batchSize);
    const starts: number[] = [];
    let offset = 0;
    for (const text of batch) {
      starts.push(offset);
      offset += text.length + PARAGRAPH_BREAK.length;
    }
    const perText: GrammarLint[][] = batch.map(() => []);
    for (const lint of lintText(batch.join(PARAGRAPH_BREAK))) {
      let index = starts.length - 1;
      while (index > 0 && starts[index] > lint.span.start) index -= 1;
      const start = lint.span.start - starts[index];
      const end = lint.span.end - starts[index];
      if (end <= batch[index].length) perText[index].push({ ...lint, span: { start, end } });
    }
    batch.forEach((text, index) => cache.set(text, perText[index]));
  }
}

/**
 * Caches lints computed elsewhere (the grammar thread, lib/qa/grammar/grammar-worker.ts), so that
 * `lintGrammar` answers for these texts even where Harper is not loaded.
 */
export function rememberGrammarLints(entries: ReadonlyArray<readonly [string, GrammarLint[]]>): void {
  for (const [text, lints] of entries) cache.set(text, lints);
}
