// Day and month names, and the French words of time around them, the one list the checks read them from.

/** English days and months, capitalised as English writes them. */
export const ENGLISH_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
export const ENGLISH_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;
/** French days and months, accent-folded and in lower case as French writes them. */
export const FRENCH_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"] as const;
export const FRENCH_MONTHS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"] as const;

/** Regex alternations of the English names: "Monday|Tuesday|…". */
export const ENGLISH_DAY_PATTERN = ENGLISH_DAYS.join("|");
export const ENGLISH_MONTH_PATTERN = ENGLISH_MONTHS.join("|");

/** Both languages' days, folded as the aligner folds words ("mardi", "tuesday"). */
export const FOLDED_DAYS: ReadonlySet<string> = new Set([...FRENCH_DAYS, ...ENGLISH_DAYS.map((day) => day.toLowerCase())]);
/** Both languages' days and months, folded ("mardi", "tuesday", "aout", "august"). */
export const FOLDED_CALENDAR_NAMES: ReadonlySet<string> = new Set([...FOLDED_DAYS, ...FRENCH_MONTHS, ...ENGLISH_MONTHS.map((month) => month.toLowerCase())]);

/** French units and parts of time (folded) that end a span's noun phrase ("deux semaines", "la saison", "fin"); the days and months are above. */
export const FRENCH_TIME_UNIT = new RegExp("^(?:secondes?|minutes?|heures?|jours?|journees?|nuits?|semaines?|mois|ans|annees?|decennies?|siecles?|trimestres?|semestres?|" +
  "week-ends?|saisons?|fin|debut|mi-\\p{L}+|ete|hiver|printemps|automne|matin|matinee|soir|soiree|apres-midi|midi)$", "u");
/** Words that may follow a French time word and place it: "les deux années suivantes", "fin mars 2026", "la saison prochaine". */
export const FRENCH_TIME_TAIL = /^(?:\d{4}|prochaine?s?|derni(?:er|ère)s?|suivante?s?|précédente?s?|écoulée?s?)$/iu;
/** A part of a year or a month: "fin 2024", "début mars", "mi-janvier". */
export const FRENCH_PART_OF_TIME = /^(?:fin|début|mi-\p{L}+)$/iu;
