// Prints the names each side leaves unmatched for one case of a readable batch, to see why the name
// checks (entity-mismatch, and the added and dropped names of content-addition and content-omission) are silent:
//   npx tsx --conditions=react-server bench/meaning/names-debug.ts bench/meaning/news/dev16.json news16-en10 [clean]
import { alignWords } from "@/lib/word-align/align-words";
import { findAddedNames, findDroppedNames, findUnmatchedNames } from "@/lib/qa/names/unmatched-names";
import { unlinkedNames } from "@/lib/qa/names/name-words";
import { readOwnCases } from "./own-score";

const [file, id, which] = process.argv.slice(2);
if (!file || !id || /held|aside/.test(file)) throw new Error("usage: names-debug.ts <readable cases.json> <id> [clean]");
const one = readOwnCases(file).find((candidate) => candidate.id === id);
if (!one) throw new Error(`no case ${id}`);
const target = which === "clean" ? one.faithful : one.erroneous;
const alignment = alignWords(one.source, target);
console.log(`fr: ${one.source}\nen: ${target}`);
for (const link of alignment.links) console.log(`  ${alignment.source[link.source].text}(${link.source}) -> ${alignment.target[link.target].text}(${link.target}) ${link.score.toFixed(2)}`);
const words = (side: "source" | "target", indexes: number[]) => indexes.map((index) => `${alignment[side][index].text}(${index})`).join(" ") || "none";
const linkedOf = (side: "source" | "target") => new Set(alignment.links.map((link) => link[side]));
console.log("unlinked names, source:", words("source", unlinkedNames(one.source, alignment.source, linkedOf("source"), "source")));
console.log("unlinked names, target:", words("target", unlinkedNames(target, alignment.target, linkedOf("target"), "target")));
const { sourceNames, findTargetNames } = findUnmatchedNames(one.source, target, alignment);
console.log("unmatched, source:", words("source", sourceNames), "| target:", words("target", findTargetNames()));
console.log("added:", words("target", findAddedNames(one.source, target, alignment)), "| dropped:", words("source", findDroppedNames(one.source, target, alignment)));
