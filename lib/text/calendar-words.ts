// Day and month names, the one list the checks read them from.

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
