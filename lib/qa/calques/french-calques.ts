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
  {
    id: "mis-en-examen",
    source: /\bmise?s? en examen\b/i,
    target: /\b(?:put|placed|placing|putting) (?:in|under) (?:examination|exam)\b/i,
    advice: "English says “charged” or “placed under formal investigation”.",
  },
  {
    id: "condamne-a",
    source: /\bcondamn\p{L}* à(?!\p{L})/iu,
    target: /\bcondemned to (?!death\b)(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|life|pay)\b/i,
    advice: "a court “sentences” someone to a penalty (“sentenced to”) or “orders” them to pay.",
  },
  {
    id: "juge-d-instruction",
    source: /\bjuges? d'instruction\b/i,
    target: /\b(?:judges? of instruction|instruction judges?|instructing judges?)\b/i,
    advice: "English says “investigating magistrate” or “investigating judge”.",
  },
  {
    id: "deposer-plainte",
    source: /\bd[ée]pos\p{L}* (?:une )?plainte\b/iu,
    target: /\bdeposit(?:ed|s|ing)? (?:a )?complaints?\b/i,
    advice: "English says “filed a complaint” or “lodged a complaint”.",
  },
  {
    id: "en-hausse-de",
    source: /\ben (?:hausse|baisse|augmentation|diminution|recul|progression) de\b/i,
    target: /\bin (?:rise|increase|decrease|decline|fall|drop|hike|progression|regression) of\b/i,
    advice: "English says “up 5%”, “down 5%” or “a rise of 5%”.",
  },
  {
    id: "a-l-horizon",
    source: /(?<!\p{L})à l'horizon\b/iu,
    target: /\bat the horizon(?: of)? (?:\d{4}|the year)\b/i,
    advice: "English says “by 2030”.",
  },
  {
    id: "avoir-lieu",
    source: /\b(?:a|ont|aura|auront|avait|avaient|avoir|ait|aient|aurait|auraient) (?:eu )?lieu\b/i,
    target: /\b(?:has|have|had|having|will have|would have) (?:had )?place\b/i,
    advice: "English says “take place” or “be held”.",
  },
  {
    id: "faire-face-a",
    source: /\bf\p{L}* face à(?!\p{L})/iu,
    target: /\b(?:make|makes|made|making) face to\b/i,
    advice: "English says “face” or “cope with”.",
  },
  {
    id: "prendre-la-parole",
    source: /\bpr\p{L}* la parole\b/iu,
    target: /\b(?:take|takes|took|taking|taken) the word\b/i,
    advice: "English says “spoke” or “took the floor”.",
  },
  {
    id: "mettre-l-accent",
    source: /\bm\p{L}* l'accent sur\b/iu,
    target: /\b(?:put|puts|putting|placed|places|placing) the accent on\b/i,
    advice: "English says “emphasised” or “stressed”.",
  },
];
