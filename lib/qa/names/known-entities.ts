import { foldText, matchesOf, normaliseApostrophes } from "@/lib/text/text";
import { COUNTRIES } from "./known-countries";
import type { CheckHit } from "../types";

/**
 * French institutions, offices, agencies, parties, unions and regions that news names often, with
 * the names English gives them (accent-folded; a name in capitals, an acronym, is matched in
 * capitals only: "WHO", not "who"). An entity's English names include the French when English
 * copies it ("FNSEA", "Sciences Po"); its French names include the English that French copies.
 * Two entities of one list that share a word ("Conseil d'État", "Conseil de l'Europe") are told
 * apart by the whole name, which the word-by-word pairing does not see.
 */
const KNOWN_ENTITIES: ReadonlyArray<{ french: string[]; english: string[] }> = [
  // Courts and councils of the State.
  { french: ["conseil d'etat"], english: ["council of state", "conseil d'etat", "state council", "highest administrative court"] },
  { french: ["conseil constitutionnel"], english: ["constitutional council", "constitutional court"] },
  { french: ["cour des comptes"], english: ["court of audit", "court of auditors", "audit court", "audit office", "cour des comptes", "public auditor"] },
  { french: ["cour de cassation"], english: ["court of cassation", "cour de cassation", "supreme court", "highest appeals court"] },
  { french: ["conseil des ministres"], english: ["council of ministers", "cabinet meeting"] },
  { french: ["senat", "senateurs", "chambre haute"], english: ["senate", "senators", "upper house"] },
  { french: ["assemblee nationale", "deputes", "chambre basse"], english: ["national assembly", "lower house"] },
  // Seats and offices: the Élysée is the presidency, Matignon the prime minister, Bercy the economy ministry.
  { french: ["elysee", "president", "presidente", "presidence", "chef de l'etat"], english: ["elysee", "president", "presidency", "presidential", "head of state"] },
  { french: ["matignon", "premier ministre", "premiere ministre"], english: ["matignon", "prime minister", "PM"] },
  { french: ["bercy", "ministere de l'economie", "ministre de l'economie", "ministere des finances", "ministre des finances", "ministere des comptes publics"],
    english: ["bercy", "economy ministry", "finance ministry", "ministry of the economy", "ministry of finance", "economy minister", "finance minister", "minister of the economy", "minister of finance", "treasury"] },
  { french: ["beauvau", "ministere de l'interieur", "ministre de l'interieur"], english: ["beauvau", "interior ministry", "interior minister", "ministry of the interior", "minister of the interior", "home office", "home secretary"] },
  { french: ["quai d'orsay", "ministere des affaires etrangeres", "ministre des affaires etrangeres"],
    english: ["quai d'orsay", "foreign ministry", "foreign minister", "ministry of foreign affairs", "minister of foreign affairs", "foreign affairs minister", "foreign office"] },
  // European and international bodies.
  { french: ["conseil de l'europe"], english: ["council of europe"] },
  { french: ["conseil europeen"], english: ["european council", "eu summit", "eu leaders"] },
  { french: ["commission europeenne", "bruxelles"], english: ["european commission", "brussels"] },
  { french: ["parlement europeen", "eurodeputes"], english: ["european parliament", "meps"] },
  { french: ["cour de justice de l'union europeenne", "CJUE"], english: ["european court of justice", "court of justice of the european union", "ECJ", "CJEU", "eu court", "eu's top court"] },
  { french: ["cour europeenne des droits de l'homme", "CEDH"], english: ["european court of human rights", "ECHR", "strasbourg court"] },
  { french: ["europol"], english: ["europol"] },
  { french: ["interpol"], english: ["interpol"] },
  { french: ["frontex"], english: ["frontex"] },
  { french: ["otan", "alliance atlantique"], english: ["nato", "atlantic alliance"] },
  { french: ["agence internationale de l'energie atomique", "AIEA"], english: ["international atomic energy agency", "IAEA", "nuclear watchdog"] },
  { french: ["organisation mondiale du commerce", "OMC"], english: ["world trade organization", "world trade organisation", "WTO"] },
  { french: ["OCDE"], english: ["OECD", "organisation for economic co-operation and development"] },
  // Regional and UN bodies whose French acronym differs from the English one ("la Cedeao" is "ECOWAS", "the West African bloc").
  { french: ["cedeao", "communaute economique des etats de l'afrique de l'ouest"], english: ["ecowas", "economic community of west african states", "west african bloc", "west african regional bloc"] },
  { french: ["union africaine", "UA"], english: ["african union", "AU"] },
  { french: ["ligue arabe"], english: ["arab league"] },
  { french: ["opep", "organisation des pays exportateurs de petrole"], english: ["opec", "organization of the petroleum exporting countries"] },
  { french: ["osce"], english: ["osce", "organization for security and co-operation in europe"] },
  { french: ["haut-commissariat des nations unies pour les refugies", "HCR"], english: ["unhcr", "un refugee agency", "un refugee agency's", "united nations high commissioner for refugees"] },
  { french: ["programme alimentaire mondial", "PAM"], english: ["world food programme", "world food program", "WFP"] },
  { french: ["organisation internationale du travail", "OIT"], english: ["international labour organization", "international labour organisation", "ILO"] },
  { french: ["cour internationale de justice", "CIJ"], english: ["international court of justice", "ICJ", "world court"] },
  { french: ["agence internationale de l'energie", "AIE"], english: ["international energy agency", "IEA"] },
  { french: ["banque europeenne d'investissement", "BEI"], english: ["european investment bank", "EIB"] },
  // Armed groups and movements, often named in French by a lower-case adjective ("un drone houthi", "les combattants talibans").
  { french: ["houthi", "houthis", "houthie", "houthies"], english: ["houthi", "houthis"] },
  { french: ["hezbollah"], english: ["hezbollah"] },
  { french: ["hamas"], english: ["hamas"] },
  { french: ["taliban", "talibans", "talibane", "talibanes"], english: ["taliban", "talibans"] },
  { french: ["etat islamique", "EI", "daech", "daesh"], english: ["islamic state", "IS", "ISIS", "ISIL", "daesh"] },
  { french: ["al-qaida", "al-qaeda", "aqmi"], english: ["al-qaeda", "al-qaida", "al qaeda", "aqim"] },
  { french: ["boko haram"], english: ["boko haram"] },
  { french: ["PKK"], english: ["PKK", "kurdistan workers' party"] },
  { french: ["cour penale internationale", "CPI"], english: ["international criminal court", "ICC"] },
  { french: ["organisation mondiale de la sante", "OMS"], english: ["world health organization", "world health organisation", "WHO"] },
  { french: ["fonds monetaire international", "FMI"], english: ["international monetary fund", "IMF"] },
  { french: ["banque mondiale"], english: ["world bank"] },
  { french: ["banque centrale europeenne", "BCE"], english: ["european central bank", "ECB"] },
  { french: ["banque de france"], english: ["banque de france", "bank of france", "french central bank"] },
  { french: ["agence spatiale europeenne", "ESA"], english: ["european space agency", "ESA"] },
  { french: ["centre national d'etudes spatiales", "CNES"], english: ["CNES", "french space agency", "national centre for space studies", "national center for space studies"] },
  // National agencies, institutes and schools.
  { french: ["haute autorite de sante", "HAS"], english: ["haute autorite de sante", "national authority for health", "high authority for health", "health authority", "HAS"] },
  { french: ["CNRS", "centre national de la recherche scientifique"], english: ["CNRS", "national centre for scientific research", "national center for scientific research"] },
  { french: ["inserm"], english: ["inserm", "national institute of health and medical research"] },
  { french: ["insee"], english: ["insee", "statistics office", "statistics agency", "national statistics"] },
  { french: ["institut pasteur"], english: ["pasteur institute", "institut pasteur"] },
  { french: ["institut curie"], english: ["curie institute", "institut curie"] },
  { french: ["sciences po"], english: ["sciences po", "paris institute of political studies"] },
  { french: ["ecole normale superieure", "normale sup"], english: ["ecole normale superieure", "ENS"] },
  { french: ["polytechnique"], english: ["polytechnique"] },
  { french: ["sorbonne"], english: ["sorbonne"] },
  { french: ["academie francaise"], english: ["academie francaise", "french academy"] },
  { french: ["academie goncourt", "prix goncourt"], english: ["academie goncourt", "goncourt"] },
  { french: ["bibliotheque nationale de france", "BnF"], english: ["national library of france", "bibliotheque nationale", "french national library", "BnF"] },
  { french: ["louvre"], english: ["louvre"] },
  { french: ["centre pompidou", "beaubourg"], english: ["pompidou", "beaubourg"] },
  { french: ["musee d'orsay"], english: ["musee d'orsay", "orsay museum"] },
  { french: ["comedie-francaise"], english: ["comedie-francaise", "comedie francaise"] },
  { french: ["autorite des marches financiers", "AMF", "gendarme de la bourse"], english: ["AMF", "financial markets regulator", "financial markets authority", "stock market regulator"] },
  // Unions, employers and parties.
  { french: ["CGT"], english: ["CGT", "general confederation of labour"] },
  { french: ["CFDT"], english: ["CFDT"] },
  { french: ["force ouvriere"], english: ["force ouvriere", "workers' force"] },
  { french: ["FNSEA"], english: ["FNSEA", "largest farmers' union", "main farmers' union"] },
  { french: ["confederation paysanne"], english: ["confederation paysanne", "peasant confederation"] },
  { french: ["medef", "patronat"], english: ["medef", "employers' federation", "employers' association", "employers' organisation"] },
  { french: ["rassemblement national", "RN"], english: ["national rally", "rassemblement national", "RN"] },
  { french: ["france insoumise", "LFI", "insoumis"], english: ["france unbowed", "france insoumise", "LFI"] },
  { french: ["parti socialiste", "PS", "socialistes"], english: ["socialist party", "PS", "socialists"] },
  { french: ["les republicains", "LR"], english: ["the republicans", "les republicains", "LR"] },
  { french: ["parti communiste", "PCF"], english: ["communist party", "PCF"] },
  { french: ["europe ecologie-les verts", "EELV"], english: ["EELV", "green party"] },
  // Regions: a name that differs only by a neighbour's is another region.
  { french: ["occitanie"], english: ["occitanie", "occitania"] },
  { french: ["nouvelle-aquitaine"], english: ["nouvelle-aquitaine", "new aquitaine"] },
  { french: ["auvergne-rhone-alpes"], english: ["auvergne-rhone-alpes"] },
  { french: ["hauts-de-france"], english: ["hauts-de-france"] },
  { french: ["grand est"], english: ["grand est"] },
  { french: ["provence-alpes-cote d'azur", "PACA"], english: ["provence-alpes-cote d'azur", "PACA", "provence", "riviera"] },
  { french: ["ile-de-france"], english: ["ile-de-france", "paris region", "greater paris"] },
  { french: ["bretagne"], english: ["brittany", "bretagne"] },
  { french: ["normandie"], english: ["normandy", "normandie"] },
  { french: ["pays de la loire"], english: ["pays de la loire", "loire region"] },
  { french: ["bourgogne-franche-comte"], english: ["bourgogne-franche-comte", "burgundy"] },
  { french: ["centre-val de loire"], english: ["centre-val de loire", "loire valley"] },
];

/** A name's pattern, and its longest word (folded): a text without that word cannot hold the name, and a word set tells at once. */
type NamePattern = { readonly regex: RegExp; isCased: boolean; isCapitalised: boolean; key: string };

const WORD_BREAK = /[^\p{L}\p{N}]+/u;

/**
 * Whole words only; a hyphen joins words into one name ("Grande-Bretagne" is not "Bretagne"). A
 * `isCapitalised` name is matched only where the text capitalises it: "Turkey", not "turkey"; "Bénin", not "bénin".
 */
function compile(names: string[], isCapitalised = false): NamePattern[] {
  return names.map((name) => {
    const isCased = /^[A-Z][A-Za-z]+$/.test(name) && /[A-Z].*[A-Z]/.test(name);
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
    const key = foldText(name).split(WORD_BREAK).reduce((longest, word) => (word.length > longest.length ? word : longest), "");
    // Built on first use: building all ~1,600 (\p{L} under /iu) cost ~150 ms of start-up, and a text runs only those whose key word it has.
    let regex: RegExp | undefined;
    return { get regex() { return (regex ??= new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}(?![\\p{L}\\p{N}-])`, isCased ? "gu" : "giu")); }, isCased, isCapitalised, key };
  });
}

// A country's names are capitalised in both languages; only its French adjective is written in lower case ("un drone iranien").
// Its capital and seat stand for the state here ("Moscou" for Russia): news names the government by them.
const COMPILED = [
  ...KNOWN_ENTITIES.map((entity) => ({ french: compile(entity.french), english: compile(entity.english) })),
  ...COUNTRIES.map((country) => ({
    french: [...compile([...country.french, ...country.seats.french], true), ...compile(country.frenchAdjectives)],
    english: compile([...country.english, ...country.englishAdjectives, ...country.seats.english], true),
  })),
];

/** Each side's patterns by their longest word: a pair's words say which few patterns to run. */
const BY_KEY = { french: indexByKey("french"), english: indexByKey("english") };

function indexByKey(side: "french" | "english"): Map<string, Array<{ entity: number; pattern: NamePattern }>> {
  const index = new Map<string, Array<{ entity: number; pattern: NamePattern }>>();
  COMPILED.forEach((entity, at) => {
    for (const pattern of entity[side]) index.set(pattern.key, [...(index.get(pattern.key) ?? []), { entity: at, pattern }]);
  });
  return index;
}

type Mention = { entity: number; start: number; end: number };

/** Mentions per side and text: a pair's texts are read up to six times (swaps, then each name pair's check). */
const MENTIONS = { french: new Map<string, Mention[]>(), english: new Map<string, Mention[]>() };

/** Mentions of the table's entities, longest first where two overlap ("conseil de l'europe" over nothing shorter). */
function findMentions(text: string, side: "french" | "english"): Mention[] {
  const memo = MENTIONS[side];
  let mentions = memo.get(text);
  if (mentions === undefined) {
    if (memo.size >= 2_000) memo.clear();
    memo.set(text, (mentions = findMentionsUncached(text, side)));
  }
  return mentions;
}

function findMentionsUncached(text: string, side: "french" | "english"): Mention[] {
  // The other checks fold the same text: fold first, then the apostrophes (one character for one, offsets kept).
  const folded = normaliseApostrophes(foldText(text));
  const candidates = new Set(folded.split(WORD_BREAK).flatMap((word) => BY_KEY[side].get(word) ?? []));
  if (candidates.size === 0) return [];
  const cased = normaliseApostrophes(text);
  const found: Mention[] = [];
  for (const { entity, pattern } of candidates) {
    for (const match of matchesOf(pattern.isCased ? cased : folded, pattern.regex)) {
      if (!pattern.isCapitalised || /^\p{Lu}/u.test(text[match.index])) found.push({ entity, start: match.index, end: match.index + match[0].length });
    }
  }
  found.sort((a, b) => (b.end - b.start) - (a.end - a.start));
  const kept: Mention[] = [];
  for (const mention of found) if (!kept.some((other) => other.start < mention.end && mention.start < other.end)) kept.push(mention);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Whether a source span and a target span lie in names of one known entity: "RDC" and "DR Congo",
 * "Moscou" and "Russia". The word-by-word pairing of names takes such a pair for a replacement.
 */
export function isSameKnownEntity(source: string, target: string, sourceSpan: { start: number; end: number }, targetSpan: { start: number; end: number }): boolean {
  const within = (span: { start: number; end: number }) => (mention: Mention) => mention.start <= span.start && span.end <= mention.end;
  const sourceMention = findMentions(source, "french").find(within(sourceSpan));
  return sourceMention !== undefined && findMentions(target, "english").some((mention) => mention.entity === sourceMention.entity && within(targetSpan)(mention));
}

/**
 * Whether a source span lies in a known entity's name that the target names in any of its forms:
 * "Conseil" of "en Conseil des ministres" against "at Wednesday's cabinet meeting", "République" of
 * "le président de la République" against "the French president". Its words are rendered as a whole.
 */
export function isInRenderedEntity(source: string, target: string, span: { start: number; end: number }): boolean {
  const mention = findMentions(source, "french").find((candidate) => candidate.start <= span.start && span.end <= candidate.end);
  return mention !== undefined && [...findMentions(target, "english"), ...findMentions(target, "french")].some((other) => other.entity === mention.entity);
}

const isCountry = (mention: Mention) => mention.entity >= KNOWN_ENTITIES.length;

/**
 * Each dropped mention with an added one of its kind, in reading order: a country with a country, a body
 * with a body. "un drone houthi" against "The French frigate … a Hezbollah drone" is Hezbollah's, not
 * French's; English adds the setting ("Switzerland's EPFL", "the French universities' conference") to bodies.
 */
function pairByKind(dropped: Mention[], added: Mention[]): Array<[Mention, Mention]> {
  const left = [...added];
  const pairs: Array<[Mention, Mention]> = [];
  for (const mention of dropped) {
    const at = left.findIndex((other) => isCountry(other) === isCountry(mention));
    if (at >= 0) pairs.push([mention, left.splice(at, 1)[0]]);
  }
  return pairs;
}

/**
 * Known entities of the source the target names nowhere, each with a known entity of the target in
 * its place that the source names nowhere, paired in reading order: "le Conseil d'État" rendered
 * "the Council of Europe", "la Haute Autorité de santé" rendered "the World Health Organization",
 * "le président de la République" rendered "the Prime Minister". A target entity the source
 * names in any form (French or English) is a rendering, not a replacement.
 */
export function findKnownEntitySwaps(source: string, target: string): CheckHit[] {
  const targetMentions = findMentions(target, "english");
  if (targetMentions.length === 0) return [];
  const sourceMentions = findMentions(source, "french");
  if (sourceMentions.length === 0) return [];
  const namedInSource = new Set([...sourceMentions, ...findMentions(source, "english")].map((mention) => mention.entity));
  const namedInTarget = new Set([...targetMentions, ...findMentions(target, "french")].map((mention) => mention.entity));
  const dropped = sourceMentions.filter((mention) => !namedInTarget.has(mention.entity));
  const added = targetMentions.filter((mention) => !namedInSource.has(mention.entity));
  return pairByKind(dropped, added).map(([mention, replacement]): CheckHit => {
    const [sourceSpan, targetSpan] = [{ start: mention.start, end: mention.end }, { start: replacement.start, end: replacement.end }];
    const [sourceText, targetText] = [source.slice(sourceSpan.start, sourceSpan.end), target.slice(targetSpan.start, targetSpan.end)];
    return {
      message: `The source names “${sourceText}”, but the target has “${targetText}” in its place: a different person, place or body.`,
      sourceSpan, targetSpan, key: `${foldText(sourceText)}|${foldText(targetText)}`,
      evidence: { links: [{ source: sourceSpan, target: null, score: 0 }, { source: null, target: targetSpan, score: 0 }] },
    };
  });
}
