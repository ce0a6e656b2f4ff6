import type { AlignedWord } from "@/lib/word-align/types";
import { frenchVerbLemmas } from "@/lib/word-align/verb-forms";
import { foldedAt, type Language } from "@/lib/word-align/words";
import { FRENCH_CLITICS, hasBoundary, isAuxiliaryAt } from "./role-markers";

/** Words after which a French verb takes its subject after it: "combien coûtera la réforme", "où vit le ministre", "ce que prévoit la loi". */
const FRENCH_INVERTING = new Set("combien où que qu' dont comme lequel laquelle lesquels lesquelles auquel auxquels duquel desquels".split(" "));
/** Adverbs that invert only when they open the clause: "Ainsi naquit l'idée", but "il a ainsi dénoncé les abus". */
const FRENCH_INVERTING_OPENERS = new Set("ainsi aussi".split(" "));
/** Infinitives take no subject at all: "où trouver la liche" is no inversion. */
const FRENCH_INFINITIVE = /(?:er|ir|oir|ire|dre|ttre|aitre|uire|indre|oudre|ompre|aire|oire|ivre)$/;
/** Verbs that take an infinitive as a modal does: "que doit examiner le Sénat", "où peut atterrir l'avion". */
const FRENCH_MODALS = new Set(["devoir", "pouvoir", "vouloir", "aller", "savoir"]);
/** Verbs that report speech or thought, which take an inverted subject in an incise: ", a déclaré le ministre", ", estime l'OMS". */
const FRENCH_REPORTING = new Set(
  ("affirmer ajouter admettre alerter annoncer assurer avertir avouer commenter conclure confier confirmer constater declarer deplorer " +
    "denoncer detailler dire ecrire estimer expliquer fustiger indiquer insister juger lancer marteler noter observer plaider poursuivre " +
    "preciser prevenir promettre rappeler rapporter raconter reagir reconnaitre regretter relater relever repliquer repondre resumer retorquer reveler signaler " +
    "souligner soutenir suggerer temoigner tonner avancer analyser considerer esperer ironiser mettre decider trancher ordonner recommander " +
    // ", a appris Radio-Canada" (the news the broadcaster learned), ", savourait l'entraîneur", ", se félicite la coopérative".
    "apprendre savourer feliciter rejouir exulter inquieter etonner glisser").split(" "),
);
/** Whether a French word (folded) is a form of a verb that reports speech or thought: "affirmaient", "a assuré". */
export function isFrenchReportingVerb(folded: string): boolean {
  return frenchVerbLemmas(folded).some((lemma) => FRENCH_REPORTING.has(lemma));
}
export const ENGLISH_REPORTING = /^(?:said|says|added|adds|warned|warns|wrote|writes|explained|explains|insisted|insists|noted|notes|argued|argues|asked|asks|stressed|stresses|told|tells|declared|declares|announced|announces|acknowledged|acknowledges|admitted|admits|replied|replies|recalled|recalls|continued|continues|concluded|concludes|claimed|claims)$/;

/**
 * Whether the verb at `predicate` has its subject after it. French inverts after "combien", "où",
 * "que", "dont", "comme" (and a clause-opening "ainsi"): the noun after the verb is its subject
 * ("inverted"). A reporting verb opening an incise after a comma or quote (", alerte l'OMS", ", a
 * déclaré le ministre"; English ", said the minister") also has its subject after it, but the same
 * order also coordinates a second verb with its object, so the reading is left open ("incise").
 */
export function subjectInversion(text: string, alignedWords: AlignedWord[], predicate: number, language: Language): "inverted" | "incise" | null {
  if (language === "target") {
    return predicate > 0 && /[,"“”'‘’—]\s*$/.test(text.slice(alignedWords[predicate - 1].end, alignedWords[predicate].start)) && ENGLISH_REPORTING.test(foldedAt(alignedWords, predicate, language)) ? "incise" : null;
  }
  let k = predicate - 1;
  while (k >= 0 && (isAuxiliaryAt(alignedWords, k, language) || FRENCH_CLITICS.has(foldedAt(alignedWords, k, language))) && !hasBoundary(text, alignedWords[k].end, alignedWords[k + 1].start)) k -= 1;
  const opening = k + 1;
  const gap = text.slice(k >= 0 ? alignedWords[k].end : 0, alignedWords[opening].start);
  const opensClause = k < 0 || /[.;:!?,()«»"“”—–]/.test(gap);
  if (k === predicate - 1 && FRENCH_INFINITIVE.test(foldedAt(alignedWords, predicate, language))) {
    // "que doit examiner le Sénat": a modal before the infinitive inverts as its verb would.
    const isModal = frenchVerbLemmas(foldedAt(alignedWords, k, language)).some((lemma) => FRENCH_MODALS.has(lemma));
    if (!isModal || k === 0 || hasBoundary(text, alignedWords[k - 1].end, alignedWords[k].start)) return null;
    return FRENCH_INVERTING.has(alignedWords[k - 1].text.toLowerCase().replace(/’/g, "'")) ? "inverted" : null;
  }
  if (k >= 0 && !/[.;:!?,()«»"“”—–]/.test(gap)) {
    const word = alignedWords[k].text.toLowerCase().replace(/’/g, "'");
    if (FRENCH_INVERTING.has(word)) return "inverted";
    if (FRENCH_INVERTING_OPENERS.has(foldedAt(alignedWords, k, language)) && (k === 0 || /[.;:!?«"“—–]/.test(text.slice(alignedWords[k - 1].end, alignedWords[k].start)))) return "inverted";
  }
  if (opensClause && k >= 0 && isFrenchReportingVerb(foldedAt(alignedWords, predicate, language))) return "incise";
  return null;
}
