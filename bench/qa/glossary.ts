import type { GlossaryEntry } from "@/lib/qa/types";

const term = (id: string, sourceTerm: string, targetTerms: string[]): GlossaryEntry => ({ id, sourceTerm, targetTerms, kind: "term" });

/** Bench glossary: French terms frequent in the corpus with their usual English rendering. */
export const BENCH_GLOSSARY: GlossaryEntry[] = [
  term("t-century", "siècle", ["century"]),
  term("t-kingdom", "royaume", ["kingdom"]),
  term("t-war", "guerre", ["war"]),
  term("t-king", "roi", ["king"]),
  term("t-independence", "indépendance", ["independence", "independent"]),
  term("t-dynasty", "dynastie", ["dynasty"]),
  term("t-colony", "colonie", ["colony", "colonies"]),
  term("t-republic", "république", ["republic"]),
  term("t-island", "île", ["island"]),
];

/** Off-glossary renderings the terminology injection swaps in, by glossary entry id. */
export const WRONG_RENDERINGS: Record<string, Record<string, string>> = {
  "t-century": { century: "age", centuries: "ages" },
  "t-kingdom": { kingdom: "realm", kingdoms: "realms" },
  "t-war": { war: "conflict", wars: "conflicts" },
  "t-king": { king: "monarch", kings: "monarchs" },
  "t-independence": { independence: "sovereignty" },
  "t-dynasty": { dynasty: "house", dynasties: "houses" },
  "t-colony": { colony: "settlement", colonies: "settlements" },
  "t-republic": { republic: "state", republics: "states" },
  "t-island": { island: "territory", islands: "territories" },
};
