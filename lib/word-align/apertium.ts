import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/**
 * Apertium's bilingual dictionaries (Debian's apertium-* packages), read as a French → English pivot
 * lexicon: French → Spanish → English and French → Catalan → English. Apertium data is GPL: read
 * here where installed, never shipped (decision 025, as FreeDict in decision 011).
 */
const APERTIUM_DIR = process.env.RECTO_APERTIUM_DIR ?? "/usr/share/apertium";

/** The four compiled bilingual dictionaries the pivots read: French → pivot, then pivot → English. */
export function apertiumFiles(directory = APERTIUM_DIR) {
  return {
    frenchSpanish: `${directory}/apertium-fr-es/fr-es.autobil.bin`,
    spanishEnglish: `${directory}/apertium-eng-spa/spa-eng.autobil.bin`,
    frenchCatalan: `${directory}/apertium-fra-cat/fra-cat.autobil.bin`,
    catalanEnglish: `${directory}/apertium-eng-cat/cat-eng.autobil.bin`,
  };
}

/** A dictionary entry: source lemma and part of speech → target lemmas, in the dictionary's order. */
export type BilingualDictionary = Map<string, string[]>;

/** Parts of speech the pivot keeps: content words (the aligner links no function words by lexicon). */
const CONTENT_TAGS = new Set(["n", "vblex", "adj", "adv"]);
const EPSILON = "ε";

/** "maison<n><f>" → "maison<n>"; null for a lemma with no tag, a tag outside CONTENT_TAGS, a capital or several words ("#" joins their parts). */
function lemmaKey(form: string): string | null {
  const tagStart = form.indexOf("<");
  if (tagStart <= 0) return null;
  const tagEnd = form.indexOf(">", tagStart);
  const tag = form.slice(tagStart + 1, tagEnd);
  if (!CONTENT_TAGS.has(tag)) return null;
  const lemma = form.slice(0, tagStart);
  // A capital marks an acronym or a name filed as a noun ("RATP"): the entity checks read those, not the lexicon.
  if (lemma.includes("#") || /[\s_]/.test(lemma) || lemma !== lemma.toLowerCase()) return null;
  return `${lemma}<${tag}>`;
}

/**
 * The lemma pairs of a transducer dumped by `lt-print` (AT&T format: "from to input output weight"
 * lines, "state weight" for final states, sections separated by "--"), each path from state 0 to a
 * final state read as one entry. Paths that would revisit a state on the way are not followed.
 */
export function readAttDictionary(att: string): BilingualDictionary {
  const dictionary: BilingualDictionary = new Map();
  for (const section of att.split(/^--$/m)) {
    const arcs = new Map<number, Array<[number, string, string]>>();
    const finals = new Set<number>();
    for (const line of section.split("\n")) {
      const fields = line.split("\t");
      if (fields.length >= 4 && fields[1] !== "") {
        const from = Number(fields[0]);
        let outgoing = arcs.get(from);
        if (!outgoing) arcs.set(from, (outgoing = []));
        outgoing.push([Number(fields[1]), fields[2] === EPSILON ? "" : fields[2], fields[3] === EPSILON ? "" : fields[3]]);
      } else if (fields[0] !== "" && fields.length <= 3 && /^\d+$/.test(fields[0])) finals.add(Number(fields[0]));
    }
    const cyclic = statesOnCycles(arcs);
    // Loops belong to the number and punctuation patterns, not to lemmas: paths through them are not read.
    const walk = (state: number, input: string, output: string) => {
      if (finals.has(state)) fileEntry(dictionary, input, output);
      for (const [to, inSymbol, outSymbol] of arcs.get(state) ?? []) {
        if (!cyclic.has(to)) walk(to, input + inSymbol, output + outSymbol);
      }
    };
    if (!cyclic.has(0)) walk(0, "", "");
  }
  return dictionary;
}

/** The states of a graph that lie on a cycle (Tarjan's strongly connected components, iteratively). */
function statesOnCycles(arcs: Map<number, Array<[number, string, string]>>): Set<number> {
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const stack: number[] = [];
  const onStack = new Set<number>();
  const cyclic = new Set<number>();
  for (const root of arcs.keys()) {
    if (index.has(root)) continue;
    const work: Array<[number, number]> = [[root, 0]];
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const [state, next] = frame;
      if (next === 0) {
        index.set(state, index.size);
        low.set(state, index.get(state)!);
        stack.push(state);
        onStack.add(state);
      }
      const outgoing = arcs.get(state) ?? [];
      if (next < outgoing.length) {
        frame[1] += 1;
        const to = outgoing[next][0];
        if (to === state) cyclic.add(state);
        if (!index.has(to)) work.push([to, 0]);
        else if (onStack.has(to)) low.set(state, Math.min(low.get(state)!, index.get(to)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent)!, low.get(state)!));
      }
      if (low.get(state) === index.get(state)) {
        const component: number[] = [];
        let member: number;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== state);
        if (component.length > 1) for (const cycleState of component) cyclic.add(cycleState);
      }
    }
  }
  return cyclic;
}

function fileEntry(dictionary: BilingualDictionary, input: string, output: string): void {
  const source = lemmaKey(input);
  const target = source ? lemmaKey(output) : null;
  // Matching part of speech only: an entry that turns a noun into an adjective is a rendering, not a translation.
  if (!source || !target || source.slice(source.indexOf("<")) !== target.slice(target.indexOf("<"))) return;
  const lemma = target.slice(0, target.indexOf("<"));
  const targets = dictionary.get(source);
  if (!targets) dictionary.set(source, [lemma]);
  else if (!targets.includes(lemma)) targets.push(lemma);
}

/** A French lemma's English renderings through one pivot, and whether its first step was unambiguous (one pivot lemma). */
function throughPivot(first: BilingualDictionary, second: BilingualDictionary, key: string): { english: Set<string>; unambiguous: boolean } {
  const tag = key.slice(key.indexOf("<"));
  const middles = first.get(key) ?? [];
  return { english: new Set(middles.flatMap((middle) => second.get(middle + tag) ?? [])), unambiguous: middles.length === 1 };
}

/** At most this many English renderings are kept from a pivot reached alone. */
const MAX_SINGLE_PIVOT_RENDERINGS = 3;

/**
 * French lemma → English lemmas, same part of speech at every step. Where both pivots reach English,
 * only the renderings both reach are kept; where one alone does, its renderings are kept only if the
 * French lemma has one translation into the pivot language and that leads to at most three English
 * ones. (The compiled dictionaries mark no main translation: every weight is 0 and `lt-proc -b` lists
 * alternatives in sorted order, so a lemma's only translation stands in for its main one.)
 */
export function pivotLexicon(frenchSpanish: BilingualDictionary, spanishEnglish: BilingualDictionary, frenchCatalan: BilingualDictionary, catalanEnglish: BilingualDictionary): Map<string, string[]> {
  const pivot = new Map<string, string[]>();
  for (const key of new Set([...frenchSpanish.keys(), ...frenchCatalan.keys()])) {
    const viaSpanish = throughPivot(frenchSpanish, spanishEnglish, key);
    const viaCatalan = throughPivot(frenchCatalan, catalanEnglish, key);
    let kept: string[];
    if (viaSpanish.english.size > 0 && viaCatalan.english.size > 0) kept = [...viaSpanish.english].filter((english) => viaCatalan.english.has(english));
    else {
      const alone = viaSpanish.english.size > 0 ? viaSpanish : viaCatalan;
      kept = alone.unambiguous && alone.english.size <= MAX_SINGLE_PIVOT_RENDERINGS ? [...alone.english] : [];
    }
    if (kept.length === 0) continue;
    const lemma = key.slice(0, key.indexOf("<"));
    pivot.set(lemma, [...new Set([...(pivot.get(lemma) ?? []), ...kept])]);
  }
  return pivot;
}

/** One compiled dictionary, dumped by `lt-print` (lttoolbox); null when the file or the tool is missing. */
function dumpDictionary(file: string): BilingualDictionary | null {
  if (!existsSync(file)) return null;
  const dump = spawnSync("lt-print", [file], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (dump.status !== 0 || dump.error) return null;
  return readAttDictionary(dump.stdout);
}

/**
 * The installed pivot lexicon: French lemma → English lemmas; empty when a package or lttoolbox is
 * missing (a pivot needs both of its dictionaries; either pivot alone is used).
 */
export function readApertiumPivot(directory = APERTIUM_DIR): Map<string, string[]> {
  const files = apertiumFiles(directory);
  const empty: BilingualDictionary = new Map();
  const read = (first: string, second: string): [BilingualDictionary, BilingualDictionary] => {
    const firstDictionary = dumpDictionary(first);
    const secondDictionary = firstDictionary ? dumpDictionary(second) : null;
    return firstDictionary && secondDictionary ? [firstDictionary, secondDictionary] : [empty, empty];
  };
  const [frenchSpanish, spanishEnglish] = read(files.frenchSpanish, files.spanishEnglish);
  const [frenchCatalan, catalanEnglish] = read(files.frenchCatalan, files.catalanEnglish);
  return pivotLexicon(frenchSpanish, spanishEnglish, frenchCatalan, catalanEnglish);
}
