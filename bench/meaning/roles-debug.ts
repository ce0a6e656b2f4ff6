// Prints the word alignment and the arguments read around each linked predicate for one case of a
// readable batch, to see why the role checks are silent:
//   npx tsx --conditions=react-server bench/meaning/roles-debug.ts bench/meaning/news/dev6.json news6-rr01 [clean]
import { alignWords } from "@/lib/word-align/align-words";
import { argumentsOf } from "@/lib/qa/roles/argument-roles";
import { strongLinks } from "@/lib/qa/roles/role-markers";
import { findArgumentReversals } from "@/lib/qa/roles/argument-reversal";
import { findParticipantSwaps } from "@/lib/qa/roles/participant-swaps";
import { findVoiceSwaps } from "@/lib/qa/roles/voice-swaps";
import { findNationSwaps } from "@/lib/qa/roles/nation-swaps";
import { findConverseRenderings } from "@/lib/qa/roles/converse-renderings";
import { withSeatLinks } from "@/lib/qa/roles/seat-links";
import { findTurnedTransfers } from "@/lib/qa/roles/turned-transfers";
import { findCrossedParticipants } from "@/lib/qa/roles/crossed-participants";
import { readOwnCases } from "./own-score";
import { isSentenceInitial } from "@/lib/text/text";

const [file, id, which] = process.argv.slice(2);
if (!file || !id || /held|aside/.test(file)) throw new Error("usage: roles-debug.ts <readable cases.json> <id> [clean]");
const one = readOwnCases(file).find((candidate) => candidate.id === id);
if (!one) throw new Error(`no case ${id}`);
const target = which === "clean" ? one.faithful : one.erroneous;
const alignment = withSeatLinks(alignWords(one.source, target));
console.log(`fr: ${one.source}\nen: ${target}`);
console.log("source:", alignment.source.map((word, index) => `${index}:${word.text}`).join(" "));
console.log("target:", alignment.target.map((word, index) => `${index}:${word.text}`).join(" "));
for (const link of alignment.links) console.log(`  ${alignment.source[link.source].text}(${link.source}) -> ${alignment.target[link.target].text}(${link.target}) ${link.score.toFixed(2)}`);
const links = strongLinks(alignment);
const isName = (text: string, word: { text: string; start: number } | undefined) => word !== undefined && /^\p{Lu}/u.test(word.text) && !isSentenceInitial(text, word.start);
const opening = {
  source: isName(target, alignment.target[links.find((link) => link.source === 0)?.target ?? -1]),
  target: isName(one.source, alignment.source[links.find((link) => link.target === 0)?.source ?? -1]),
};
for (const link of links) {
  const show = (text: string, words: typeof alignment.source, index: number, language: "source" | "target") =>
    argumentsOf(text, words, index, language, language === "source", opening[language]).map((argument) => `${argument.slot}${argument.marker ? `[${argument.marker}]` : ""}:${words[argument.index].text}`).join(", ");
  console.log(`pred ${alignment.source[link.source].text} ~ ${alignment.target[link.target].text}: fr {${show(one.source, alignment.source, link.source, "source")}} en {${show(target, alignment.target, link.target, "target")}}`);
}
for (const hit of [...findCrossedParticipants(one.source, target, alignment), ...findArgumentReversals(one.source, target, alignment), ...findParticipantSwaps(one.source, target, alignment), ...findVoiceSwaps(one.source, target, alignment), ...findTurnedTransfers(one.source, target, alignment), ...findConverseRenderings(one.source, target, alignment), ...findNationSwaps(one.source, target, alignment)]) console.log("HIT", hit.message);
