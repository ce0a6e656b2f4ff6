/**
 * Number words (folded) of French and English and the values they may stand for, shared by the
 * number check and the word aligner. Negative values are counts of tens, hundreds ("dizaines",
 * "hundreds"), never a number of their own.
 */
/** French nouns of an approximate number (folded): "une quinzaine", "des centaines", "un millier". They are never "both", as "deux" may be. */
export const FRENCH_APPROXIMATE_NUMBER_NOUN = /^(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|septantaine|nonantaine|centaine|millier)s?$/;

export const STRONG_NUMBER_WORDS: Record<"fr" | "en", Record<string, number[]>> = {
  fr: {
    deux: [2], trois: [3], quatre: [4], cinq: [5], six: [6], sept: [7], huit: [8], neuf: [9], dix: [10],
    onze: [11], douze: [12], treize: [13], quatorze: [14], quinze: [15, 14], seize: [16], vingt: [20],
    vingts: [20], trente: [30], quarante: [40], cinquante: [50], soixante: [60], cent: [100], cents: [100],
    // Belgium and Switzerland count "septante", "huitante" (or "octante") and "nonante".
    septante: [70], huitante: [80], octante: [80], nonante: [90],
    mille: [1000], dizaine: [10, 12], douzaine: [12], quinzaine: [15, 14, 2], vingtaine: [20],
    trentaine: [30], quarantaine: [40], cinquantaine: [50], soixantaine: [60], septantaine: [70], nonantaine: [90], centaine: [100], millier: [1000],
    dizaines: [-10], centaines: [-100], milliers: [-1000], millions: [-1e6],
    quatrieme: [4], cinquieme: [5], sixieme: [6], septieme: [7], huitieme: [8], neuvieme: [9], dixieme: [10],
    onzieme: [11], douzieme: [12], treizieme: [13], quinzieme: [15], vingtieme: [20], centieme: [100], millieme: [1000],
    septantieme: [70], huitantieme: [80], nonantieme: [90],
    // A person by the decade of their age: "une octogénaire" is "a woman in her eighties".
    quadragenaire: [40], quinquagenaire: [50], sexagenaire: [60], septuagenaire: [70], octogenaire: [80], nonagenaire: [90],
    quadragenaires: [40], quinquagenaires: [50], sexagenaires: [60], septuagenaires: [70], octogenaires: [80], nonagenaires: [90],
  },
  en: {
    two: [2], three: [3], four: [4], five: [5], six: [6], seven: [7], eight: [8], nine: [9], ten: [10],
    eleven: [11], twelve: [12], thirteen: [13], fourteen: [14], fifteen: [15], sixteen: [16],
    seventeen: [17], eighteen: [18], nineteen: [19], twenty: [20], thirty: [30], forty: [40], fifty: [50],
    sixty: [60], seventy: [70], eighty: [80], ninety: [90], hundred: [100], thousand: [1000],
    dozen: [12, 10], nineties: [90, 1990], eighties: [80, 1980], seventies: [70, 1970], sixties: [60, 1960], fifties: [50, 1950], forties: [40, 1940],
    dozens: [-10], tens: [-10], hundreds: [-100], thousands: [-1000], millions: [-1e6],
    fourth: [4], fifth: [5], sixth: [6], seventh: [7], eighth: [8], ninth: [9], tenth: [10], eleventh: [11],
    twelfth: [12], thirteenth: [13], fourteenth: [14], fifteenth: [15], sixteenth: [16], seventeenth: [17],
    eighteenth: [18], nineteenth: [19], twentieth: [20], hundredth: [100], thousandth: [1000],
  },
};

const BY_LANGUAGE = { fr: new Map(Object.entries(STRONG_NUMBER_WORDS.fr)), en: new Map(Object.entries(STRONG_NUMBER_WORDS.en)) };

/** What a number word (folded) may stand for: "trentaine" 30, "dozen" 12 or 10; a hyphenated cardinal its value ("dix-neuf" 19, "twenty-three" 23). */
export function spelledNumberValues(folded: string, language: "fr" | "en"): readonly number[] | undefined {
  const listed = BY_LANGUAGE[language].get(folded);
  if (listed !== undefined) return listed;
  const value = hyphenatedCardinal(folded, language);
  return value === undefined ? undefined : [value];
}

/**
 * The value of a hyphenated cardinal (folded): "dix-neuf" 19, "vingt-et-un" 21, "soixante-douze" 72,
 * "quatre-vingt-dix" 90 (four twenties), "deux-cents" 200, "septante-deux" 72, "twenty-three" 23.
 * Undefined for a single word and for anything that is not made of number words ("trois-mâts").
 */
export function hyphenatedCardinal(folded: string, language: "fr" | "en"): number | undefined {
  if (!folded.includes("-")) return undefined;
  const parts = folded.split("-").filter((part) => part !== "et" && part !== "and");
  if (parts.length < 2) return undefined;
  let [total, previous] = [0, 0];
  for (const part of parts) {
    const value = part === "un" || part === "une" || part === "one" ? 1 : BY_LANGUAGE[language].get(part)?.[0];
    if (value === undefined || value < 0) return undefined;
    // "quatre-vingt": four twenties; "deux-cents": two hundreds.
    const isMultiplied = (value === 20 && previous === 4 && part.startsWith("vingt")) || (value === 100 && previous > 0 && previous < 10);
    total += isMultiplied ? previous * value - previous : value;
    previous = value;
  }
  return total;
}
