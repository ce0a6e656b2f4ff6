/** Stems that name one country, people or body in French and English: "allemand"/"Germany", "britanniques"/"Britain", "israélien"/"Israeli". */
type Language = "fr" | "en";

const ALIASES: Record<string, string> = {
  allemand: "germ", allemagne: "germ", turc: "turk", turqu: "turk", etats: "americ", united: "americ", us: "americ",
  britann: "brit", royaume: "brit", british: "brit", britain: "brit", bretagn: "brit", french: "franc", chinois: "chin",
  ue: "eu", onu: "un", otan: "nato", usa: "americ", amerique: "americ", america: "americ",
  norveg: "norw", norway: "norw", norwegian: "norw", espagn: "span", spain: "span", spanish: "span", suiss: "swiss", swiss: "swiss",
  switzerland: "swiss", japon: "japan", grec: "greek", grece: "greek", greece: "greek", polon: "pol", pologn: "pol", poland: "pol", polish: "pol",
};
const ALIAS_ENTRIES = Object.entries(ALIASES);
const FRENCH_SUFFIX = /(?:iennes?|iens?|aises?|ais|aines?|ains?|oises?|ois|es?|s)$/;

/** A folded word's stem as a name of a country, people or body: demonym endings off, then the aliases. */
export function entityStem(word: string, language: Language): string {
  const bare = word.replace(/'s$/, "");
  const stripped = language === "fr" ? bare.replace(FRENCH_SUFFIX, "") : bare.replace(/(?:ian|ians|ese|ish|i|ans)$/, "");
  const stem = stripped.length >= 3 ? stripped : bare;
  const alias = ALIAS_ENTRIES.find(([prefix]) => stem === prefix || (prefix.length >= 5 && stem.startsWith(prefix)));
  return alias?.[1] ?? stem;
}

export function isSameStem(a: string, b: string): boolean {
  if (a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)))) return true;
  // Transliterations keep the consonants: "achemenid"/"achaemenid".
  const [bareA, bareB] = [a.replace(/[aeiouy]/g, ""), b.replace(/[aeiouy]/g, "")];
  return bareA.length >= 4 && bareA === bareB;
}
