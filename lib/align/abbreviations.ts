/** Words that end with a period but almost never end a sentence (titles, "p." before numbers…). Case-sensitive. */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // French titles and common forms
  "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mes", "Mgr", "Pr", "Dr", "Drs", "St", "Ste", "Sts",
  "Cie", "Gal", "Cdt", "Col", "Lt", "Sgt", "av", "apr", "env", "cf", "Cf", "chap", "éd", "coll",
  "hab", "tél", "Tél",
  // English titles and common forms
  "Mr", "Mrs", "Ms", "Messrs", "Prof", "Sr", "Jr", "Gen", "Capt", "Rev", "Hon", "Gov", "Sen", "Rep",
  "Pres", "Supt", "Cmdr", "Adm", "Maj", "Brig", "Fr", "vs", "approx", "ca", "al", "ed", "eds", "dept",
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mt", "Ft",
]);

/** Abbreviations that only stay inside a sentence when a number follows: "p. 12", "No. 5", "art. 3". */
export const NUMBER_PREFIX_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "p", "pp", "n", "no", "No", "nº", "Nos", "nos", "art", "Art", "vol", "Vol", "fig", "Fig", "ch", "chap", "t",
]);

/** Capitalised words that usually open a sentence: after an ambiguous "U.S." or "etc." they mean a new sentence. */
export const COMMON_SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  "The", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "You", "In", "On", "At",
  "But", "And", "So", "Yet", "If", "When", "While", "As", "A", "An", "There", "His", "Her", "Their", "Our",
  "Le", "La", "Les", "L", "Un", "Une", "Des", "Il", "Elle", "Ils", "Elles", "On", "Nous", "Vous", "Je",
  "Mais", "Et", "En", "Dans", "Ce", "Cette", "Ces", "Cet", "Pour", "Selon", "Depuis", "Si", "Quand",
]);
