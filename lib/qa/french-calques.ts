/** Words of a title that "Monsieur le …" / "Madame la …" put after the honorific. Lower case. */
export const ADDRESS_TITLE_WORDS = new Set(
  ("high commissioner minister prime deputy secretary general director president vice chairman chairwoman chair speaker " +
    "ambassador mayor prefect governor senator rapporteur judge justice chief prosecutor rector dean professor doctor " +
    "consul delegate representative special envoy attorney commander colonel mayoress member mp advocate auditor " +
    "inspector superintendent commissioner-general state foreign interior defence defense justice finance affairs of for and").split(" "),
);

/** Titles that English does address with "Mr./Madam" (US and parliamentary usage). Lower case, words joined by one space. */
export const ENGLISH_FORMS_OF_ADDRESS = new Set([
  "president", "vice president", "speaker", "deputy speaker", "chairman", "chairwoman", "chair", "secretary",
  "secretary general", "ambassador", "mayor", "chief justice", "justice", "prime minister",
]);

/** Ranks and styles English never puts after "Mister"/"Madam" ("Mister Lord", "Madam Queen"). Lower case. */
export const RANKS = new Set(
  "lord lady king queen prince princess duke duchess earl count countess baron baroness emperor empress sire majesty highness excellency".split(" "),
);

/**
 * A French form of address: "Monsieur", "Madame la Ministre", "Monseigneur", "Votre Majesté",
 * "Messire", "ma dame". It says where a word-for-word English form of address came from.
 */
export const FRENCH_ADDRESS = /(?<!\p{L})(?:[Mm]onsieur|[Mm]adame|[Mm]ademoiselle|[Mm]essieurs|[Mm]esdames|M\.|Mme|Mlle|[Mm]essire|[Mm]onseigneur|[Ss]ire|[Ss]eigneur|[Mm]a dame|[VvSs](?:otre|a) (?:[Mm]ajesté|[Aa]ltesse|[Ee]xcellence|[Gg]râce))(?!\p{L})/u;

/**
 * "since" before a duration ("since three years", "since many days"), French "depuis trois ans": never
 * English, which says "for three years" ("since three years ago" is a starting point, and English).
 */
export const SINCE_DURATION = /\bsince (?:\d+|a few|few|many|several|some|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty|a hundred|hundreds of|a thousand|thousands of) (?:long )?(?:years|months|weeks|days|nights|hours|minutes|decades|centuries)\b(?! (?:ago|earlier|before|back|previously|later|after)\b)/i;
/** The French duration "depuis" introduces, named as the finding's source side when there. */
export const DEPUIS_DURATION = /\bdepuis (?:[^.,;:!?]{0,30}?)(?:ans|années|mois|semaines|jours|nuits|heures|minutes|décennies|siècles)\b/i;

export type Calque = { id: string; source: RegExp; target: RegExp; advice: string };

/**
 * French turns of phrase whose word-for-word English reads as translated. Each needs its French in
 * the source, so an English writer's own "in the framework of" is not a finding.
 */
export const CALQUES: ReadonlyArray<Calque> = [
  {
    id: "il-s-agit-de",
    source: /\bil s'agi(?:t|ssait|ra) d(?:e|u|es|')/i,
    target: /\b(?:it|this) (?:is|was|will be|'s) (?:about|question)(?: of)?\b/i,
    advice: "English says “It is…”, “This is…” or names the subject (“The letter…”).",
  },
  {
    id: "dans-le-cadre-de",
    source: /\bdans le cadre d(?:e|u|es|')/i,
    target: /\bin the (?:framework|frame|context) of\b/i,
    advice: "English says “as part of”, “under” or “during”.",
  },
  {
    id: "au-niveau-de",
    source: /\bau niveau d(?:e|u|es|')/i,
    target: /\bat the level of\b/i,
    advice: "unless a real level is meant, English says “in”, “at” or “for”.",
  },
  {
    id: "faire-partie-de",
    source: /\bf(?:ai|er|on)\w* partie d(?:e|u|es|')/i,
    target: /\b(?:make|makes|made|making) part of\b/i,
    advice: "English says “is part of” or “belongs to”.",
  },
  {
    id: "il-est-question-de",
    source: /\bil (?:est|était|a été) question d(?:e|u|es|')/i,
    target: /\bit (?:is|was|has been) question of\b/i,
    advice: "English says “there is talk of” or “it is a matter of”.",
  },
];
