import { type Edit, type InjectContext, keepCase, matchesOf } from "./edit";

/** Transitive verbs whose subject and object can trade places: base, past, participle. */
const VERBS: ReadonlyArray<[string, string, string]> = [
  ["attack", "attacked", "attacked"], ["defeat", "defeated", "defeated"], ["kill", "killed", "killed"], ["slay", "slew", "slain"],
  ["betray", "betrayed", "betrayed"], ["save", "saved", "saved"], ["help", "helped", "helped"], ["capture", "captured", "captured"],
  ["follow", "followed", "followed"], ["destroy", "destroyed", "destroyed"], ["trust", "trusted", "trusted"], ["warn", "warned", "warned"],
  ["protect", "protected", "protected"], ["rescue", "rescued", "rescued"], ["hunt", "hunted", "hunted"], ["chase", "chased", "chased"],
  ["serve", "served", "served"], ["command", "commanded", "commanded"], ["lead", "led", "led"], ["find", "found", "found"],
  ["see", "saw", "seen"], ["hear", "heard", "heard"], ["fear", "feared", "feared"], ["hate", "hated", "hated"], ["love", "loved", "loved"],
  ["send", "sent", "sent"], ["tell", "told", "told"], ["ask", "asked", "asked"], ["stop", "stopped", "stopped"], ["beat", "beat", "beaten"],
  ["catch", "caught", "caught"], ["trap", "trapped", "trapped"], ["curse", "cursed", "cursed"], ["summon", "summoned", "summoned"],
  ["banish", "banished", "banished"], ["ambush", "ambushed", "ambushed"], ["punish", "punished", "punished"], ["teach", "taught", "taught"],
  ["pay", "paid", "paid"], ["hurt", "hurt", "hurt"], ["wound", "wounded", "wounded"], ["free", "freed", "freed"], ["obey", "obeyed", "obeyed"],
  ["defend", "defended", "defended"], ["guard", "guarded", "guarded"], ["escort", "escorted", "escorted"], ["pursue", "pursued", "pursued"],
  ["deceive", "deceived", "deceived"], ["fool", "fooled", "fooled"], ["forgive", "forgave", "forgiven"], ["blame", "blamed", "blamed"],
  ["abandon", "abandoned", "abandoned"], ["spare", "spared", "spared"], ["guide", "guided", "guided"], ["challenge", "challenged", "challenged"],
  ["murder", "murdered", "murdered"], ["crush", "crushed", "crushed"], ["surround", "surrounded", "surrounded"], ["threaten", "threatened", "threatened"],
  ["avenge", "avenged", "avenged"], ["thank", "thanked", "thanked"], ["remember", "remembered", "remembered"], ["know", "knew", "known"],
  ["need", "needed", "needed"], ["join", "joined", "joined"], ["watch", "watched", "watched"], ["call", "called", "called"],
];

/** "-ing" form: "save" → "saving", "see" → "seeing", "stop" → "stopping". */
function ingForm(base: string): string {
  if (/ee$/.test(base)) return `${base}ing`;
  if (/e$/.test(base)) return `${base.slice(0, -1)}ing`;
  if (/^(?:stop|trap)$/.test(base)) return `${base}${base.slice(-1)}ing`;
  return `${base}ing`;
}

/** Third-person singular present: "attack" → "attacks", "catch" → "catches", "obey" → "obeys". */
function presentSingular(base: string): string {
  if (/(?:ch|sh|s|x)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

const SUBJECT_TO_OBJECT: Record<string, string> = { i: "me", he: "him", she: "her", we: "us", they: "them", you: "you" };
const OBJECT_TO_SUBJECT: Record<string, string> = { me: "I", him: "he", her: "she", us: "we", them: "they", you: "you" };
const DETERMINER = "(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Yy]our|[Mm]y)";
const BARE = VERBS.map(([base]) => base).join("|");
const PAST = VERBS.map(([, past]) => past).join("|");
const ING = VERBS.map(([base]) => ingForm(base)).join("|");
const PRESENT = VERBS.flatMap(([base]) => [presentSingular(base), base]).join("|");
const BASE_OF = new Map(VERBS.flatMap(([base]) => [[presentSingular(base), base], [base, base]]));
const PARTICIPLE = [...new Set(VERBS.map(([, , participle]) => participle))].join("|");
const MODAL = "will|would|can|could|shall|should|may|might|must|did|cannot";
const NAME = "\\p{Lu}\\p{Ll}+(?:[-’']\\p{Lu}?\\p{Ll}+)?";
/** A noun phrase the swap can move: a pronoun, a known name, or a determiner and one noun. */
const PHRASE = `(?:${NAME}|${DETERMINER} \\p{Ll}+|I|he|she|we|they|you|me|him|her|us|them|He|She|We|They|You)`;
const BEFORE = "(?<=^|[,;:!?.—–-] |\\b(?:and|but|when|if|because|that|so|then|until|before|after|while|now) )";
const AFTER = "(?=[,;:!?.—–]|$| (?:and|in|at|to|with|from|before|after|for|on|while|when|if|so|but|again|yet|now|here|there|too|first|back|down|away|out|alive)\\b)";

type Role = "subject" | "object";

/** The phrase as it reads in the other role: pronouns change case, names and noun phrases stay. */
function inRole(phrase: string, role: Role, sentenceStart: boolean): string | null {
  const lower = phrase.toLowerCase();
  const table = role === "subject" ? OBJECT_TO_SUBJECT : SUBJECT_TO_OBJECT;
  const pronoun = table[lower];
  if (pronoun === undefined && (lower in SUBJECT_TO_OBJECT || lower in OBJECT_TO_SUBJECT)) return null;
  const word = pronoun ?? (/^\p{Lu}/u.test(phrase) && new RegExp(`^${DETERMINER} `, "i").test(phrase) ? phrase[0].toLowerCase() + phrase.slice(1) : phrase);
  return sentenceStart ? keepCase("X", word) : word === "i" ? "I" : word;
}

function isPhraseIn(role: Role, phrase: string, context: InjectContext): boolean {
  const lower = phrase.toLowerCase();
  if (lower in SUBJECT_TO_OBJECT || lower in OBJECT_TO_SUBJECT) return lower in (role === "subject" ? SUBJECT_TO_OBJECT : OBJECT_TO_SUBJECT);
  return phrase.includes(" ") || context.names.includes(phrase);
}

/** "has/is/was" after a singular third-person subject, "have/are/were" after the others. */
function agree(auxiliary: string, subject: string): string {
  const lower = subject.toLowerCase();
  const isPronoun = lower in SUBJECT_TO_OBJECT;
  // A name is singular; a determiner and a noun is plural when the noun ends in -s.
  const singular = isPronoun ? /^(?:he|she|it)$/.test(lower) : !subject.includes(" ") || !lower.endsWith("s");
  const base = BASE_OF.get(auxiliary);
  if (base) return singular ? presentSingular(base) : base;
  const forms: Record<string, [string, string]> = { has: ["has", "have"], have: ["has", "have"], is: ["is", "are"], are: ["is", "are"], am: ["is", "are"], was: ["was", "were"], were: ["was", "were"] };
  const pair = forms[auxiliary.toLowerCase()];
  if (!pair) return auxiliary;
  if (subject === "I") return { has: "have", have: "have", is: "am", are: "am", am: "am", was: "was", were: "was" }[auxiliary.toLowerCase()] ?? auxiliary;
  return singular ? pair[0] : pair[1];
}

/** Subject and object swapped around the verb: "They attacked us" → "We attacked them". */
function swapActive(text: string, context: InjectContext): Edit[] {
  const verbGroup = `((?:(?:${MODAL}) (?:${BARE}))|(?:(?:has|have|had) (?:${PARTICIPLE}))|(?:(?:am|is|are|was|were) (?:${ING}))|(?:${PAST})|(?:${PRESENT}))`;
  const pattern = new RegExp(`${BEFORE}(${PHRASE})((?:’ll|'ll|’d|'d)?) ${verbGroup} (${PHRASE})${AFTER}`, "u");
  return matchesOf(text, pattern).flatMap((match) => {
    const [whole, subject, contraction, verbs, object] = match;
    if (!isPhraseIn("subject", subject, context) || !isPhraseIn("object", object, context) || subject.toLowerCase() === object.toLowerCase()) return [];
    const start = match.index;
    const newSubject = inRole(object, "subject", start === 0);
    const newObject = inRole(subject, "object", false);
    if (!newSubject || !newObject) return [];
    const [auxiliary, ...rest] = verbs.split(" ");
    const verbText = [agree(auxiliary, newSubject), ...rest].join(" ");
    return [{ start, end: start + whole.length, replacement: `${newSubject}${contraction} ${verbText} ${newObject}`, variant: "subject-object" }];
  });
}

/** Who acts and who undergoes it swapped in a passive: "Y was attacked by X" → "X was attacked by Y". */
function swapPassive(text: string, context: InjectContext): Edit[] {
  const pattern = new RegExp(`${BEFORE}(${PHRASE}) (was|were|is|are|has been|have been|had been|will be|would be) (${PARTICIPLE}) by (${PHRASE})${AFTER}`, "u");
  return matchesOf(text, pattern).flatMap((match) => {
    const [whole, patient, be, participle, agent] = match;
    if (!isPhraseIn("subject", patient, context) || !isPhraseIn("object", agent, context) || patient.toLowerCase() === agent.toLowerCase()) return [];
    const newPatient = inRole(agent, "subject", match.index === 0);
    const newAgent = inRole(patient, "object", false);
    if (!newPatient || !newAgent) return [];
    const [first, ...rest] = be.split(" ");
    const beText = [agree(first, newPatient), ...rest].join(" ");
    return [{ start: match.index, end: match.index + whole.length, replacement: `${newPatient} ${beText} ${participle} by ${newAgent}`, variant: "passive" }];
  });
}

const ACTION = "attacks?|assaults?|raids?|ambush|invasion|betrayal|siege";

/** The marker of the agent and the patient traded: "attack on X" → "attack by X", "X’s attack" → "the attack on X". */
function swapMarkers(text: string): Edit[] {
  const marked = matchesOf(text, new RegExp(`\\b(${ACTION}) (on|upon|against|by|of) (?=(?:${DETERMINER} )?\\p{L})`, "iu")).flatMap((match) => {
    const [whole, noun, marker] = match;
    const ofIsPatient = /^(?:invasion|siege|betrayal)$/i.test(noun);
    if (marker === "of" && !ofIsPatient) return [];
    const flipped = marker === "by" ? (ofIsPatient ? "of" : "on") : "by";
    return [{ start: match.index, end: match.index + whole.length, replacement: `${noun} ${flipped} `, variant: "marker" }];
  });
  const possessive = matchesOf(text, new RegExp(`\\b(${NAME}|the \\p{Ll}+)[’']s? (${ACTION})\\b`, "u")).map((match) => {
    const [whole, owner, noun] = match;
    const marker = /^(?:invasion|siege|betrayal)$/i.test(noun) ? "of" : "on";
    const article = match.index === 0 ? "The" : "the";
    return { start: match.index, end: match.index + whole.length, replacement: `${article} ${noun} ${marker} ${owner}`, variant: "possessive" };
  });
  return [...marked, ...possessive];
}

/** Every role reversal the sentence allows. */
export function roleReversalEdits(text: string, context: InjectContext): Edit[] {
  return [...swapActive(text, context), ...swapPassive(text, context), ...swapMarkers(text)];
}
