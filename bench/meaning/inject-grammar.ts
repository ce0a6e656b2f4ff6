import { type Edit, keepCase, matchesOf } from "./edit";

/** Irregular verbs: base, simple past, past participle. */
const IRREGULAR: ReadonlyArray<[string, string, string]> = [
  ["go", "went", "gone"], ["see", "saw", "seen"], ["take", "took", "taken"], ["come", "came", "come"], ["know", "knew", "known"],
  ["give", "gave", "given"], ["do", "did", "done"], ["speak", "spoke", "spoken"], ["write", "wrote", "written"], ["eat", "ate", "eaten"],
  ["begin", "began", "begun"], ["break", "broke", "broken"], ["choose", "chose", "chosen"], ["drive", "drove", "driven"],
  ["fall", "fell", "fallen"], ["fly", "flew", "flown"], ["forget", "forgot", "forgotten"], ["hide", "hid", "hidden"], ["ride", "rode", "ridden"],
  ["rise", "rose", "risen"], ["steal", "stole", "stolen"], ["throw", "threw", "thrown"], ["wake", "woke", "woken"], ["grow", "grew", "grown"],
  ["draw", "drew", "drawn"], ["swear", "swore", "sworn"], ["fight", "fought", "fought"], ["bring", "brought", "brought"], ["find", "found", "found"],
];

function edit(match: RegExpExecArray, replacement: string, variant: string, offset = 0, length = match[0].length): Edit {
  return { start: match.index + offset, end: match.index + offset + length, replacement, variant };
}

/** Subject–verb agreement broken: "he is" → "he are", "they have" → "they has", "he doesn’t" → "he don’t". */
function agreement(text: string): Edit[] {
  const swaps: Array<[RegExp, Record<string, string>]> = [
    [/\b(?:he|she|it) (is|was|has|does|doesn’t|isn’t|wasn’t|hasn’t)\b/iu, { is: "are", was: "were", has: "have", does: "do", "doesn’t": "don’t", "isn’t": "aren’t", "wasn’t": "weren’t", "hasn’t": "haven’t" }],
    [/\b(?:we|they) (are|were|have|do|don’t|aren’t|weren’t|haven’t)\b/iu, { are: "is", were: "was", have: "has", do: "does", "don’t": "doesn’t", "aren’t": "isn’t", "weren’t": "wasn’t", "haven’t": "hasn’t" }],
    [/\bI (am|was|have)\b/u, { am: "is", was: "were", have: "has" }],
  ];
  return swaps.flatMap(([pattern, table]) => matchesOf(text, pattern).map((match) => {
    const verb = match[1];
    return edit(match, table[verb.toLowerCase()], "agreement", match[0].length - verb.length, verb.length);
  }));
}

/** A wrong verb form: "will go" → "will went", "has taken" → "has took". */
function verbForm(text: string): Edit[] {
  const afterModal = new RegExp(`\\b(?:will|would|can|could|must|should|may|might|to|did|cannot) (${IRREGULAR.map(([base]) => base).join("|")})\\b`, "u");
  const afterHave = new RegExp(`\\b(?:has|have|had|’ve|'ve) (${IRREGULAR.filter(([, past, participle]) => past !== participle).map(([, , participle]) => participle).join("|")})\\b`, "u");
  const past = (word: string, column: 0 | 2) => IRREGULAR.find((verb) => verb[column] === word)![1];
  return [
    ...matchesOf(text, afterModal).map((match) => edit(match, past(match[1], 0), "verb-form", match[0].length - match[1].length, match[1].length)),
    ...matchesOf(text, afterHave).map((match) => edit(match, past(match[1], 2), "verb-form", match[0].length - match[1].length, match[1].length)),
  ];
}

/** The wrong indefinite article: "an orc" → "a orc", "a great" → "an great". */
function article(text: string): Edit[] {
  return [
    ...matchesOf(text, /\b(an) (?=[aeiou]\p{Ll})/iu).map((match) => edit(match, keepCase(match[1], "a"), "article", 0, 2)),
    ...matchesOf(text, /\b(a) (?=[bcdfgjklmnpqrstvwz]\p{Ll})/iu).map((match) => edit(match, keepCase(match[1], "an"), "article", 0, 1)),
  ];
}

const ADDRESS: Record<string, string> = { "my lord": "Mister Lord", "my lady": "Madam the Lady", sir: "Mister", "your majesty": "Mister the King", "your highness": "Mister the Prince" };

/** French habits carried into English: spacing before ;:!?, "It is about of", "Mister the King", "since three years". */
function frenchCalques(text: string): Edit[] {
  const spacing = matchesOf(text, /(?<=\p{L})[!?;:](?= |$)/u).map((match) => edit(match, ` ${match[0]}`, "french-spacing"));
  const about = matchesOf(text, /\b(?:It is|It’s|This is|That is) (?=(?:a|an|the) )/u).map((match) => edit(match, "It is about of ", "calque-about-of"));
  const address = matchesOf(text, /\b(?:my lord|my lady|sir|your majesty|your highness)\b/iu).map((match) => edit(match, ADDRESS[match[0].toLowerCase()], "form-of-address"));
  const since = matchesOf(text, /\bfor (?=(?:many|several|two|three|four|five|ten|twenty|a hundred|hundreds of|a thousand) (?:years|days|months|weeks|centuries)\b)/u).map((match) => edit(match, "since ", "calque-since"));
  return [...spacing, ...about, ...address, ...since];
}

/** Every grammar or French-calque error the sentence allows. */
export function grammarEdits(text: string): Edit[] {
  return [...agreement(text), ...verbForm(text), ...article(text), ...frenchCalques(text)];
}
