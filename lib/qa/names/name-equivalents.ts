import { COUNTRIES } from "@/lib/text/countries";
import { KNOWN_BODIES } from "./known-bodies";

/**
 * Places the country table does not hold, or renderings it lacks: regions, cities, continents,
 * seas and rivers whose names French and English spell differently, and "États" of "États-Unis".
 */
const OTHER_PLACES: Record<string, string[]> = {
  coree: ["korea"], ecosse: ["scotland", "scottish"], etats: ["states", "us", "usa", "america"], "etats-unis": ["america"], chypriote: ["cypriot"],
  venise: ["venice"], pekin: ["peking"], jerusalem: ["jerusalem"], bruxelles: ["brussels", "eu", "european union", "european commission"], geneve: ["geneva"],
  afrique: ["africa", "african"], amerique: ["america", "american"], asie: ["asia", "asian"], europe: ["europe", "european"],
  mediterranee: ["mediterranean"], "moyen-orient": ["middle east"], "proche-orient": ["near east", "middle east"],
  gascogne: ["biscay", "gascony"], corse: ["corsica", "corsican"], sicile: ["sicily"], sardaigne: ["sardinia"],
  "nouvelle-caledonie": ["new caledonia"], polynesie: ["polynesia"], vintimille: ["ventimiglia"], rhin: ["rhine"], tamise: ["thames"],
  // French exonyms and former names of places English calls otherwise, past any transliteration: "Bombay" is "Mumbai", "Bachkirie" "Bashkortostan".
  bombay: ["mumbai", "bombay"], calcutta: ["kolkata", "calcutta"], madras: ["chennai", "madras"], benares: ["varanasi", "benares"], bangalore: ["bengaluru", "bangalore"],
  canton: ["guangzhou", "canton", "cantonese"], saigon: ["ho chi minh city", "saigon"], rangoun: ["yangon", "rangoon"], birmanie: ["myanmar", "burma", "burmese"],
  bachkirie: ["bashkortostan", "bashkiria", "bashkir"], tchetchenie: ["chechnya", "chechen"], ingouchie: ["ingushetia", "ingush"], iakoutie: ["yakutia", "sakha"],
  bouriatie: ["buryatia", "buryat"], ossetie: ["ossetia", "ossetian"], abkhazie: ["abkhazia", "abkhaz"],
  ispahan: ["isfahan"], machhad: ["mashhad"], chiraz: ["shiraz"], alep: ["aleppo"], lattaquie: ["latakia"], idleb: ["idlib"], naplouse: ["nablus"],
  mossoul: ["mosul"], bassora: ["basra"], mogadiscio: ["mogadishu"], djeddah: ["jeddah"], mecque: ["mecca"], medine: ["medina"],
  cracovie: ["krakow", "cracow"], dniepr: ["dnipro", "dnieper"], zaporijia: ["zaporizhzhia", "zaporizhia"], louhansk: ["luhansk"], lougansk: ["luhansk"],
  cisjordanie: ["west bank"], xinjiang: ["xinjiang"], tibet: ["tibet", "tibetan"],
  // Alpine peaks and lakes French names its own way.
  cervin: ["matterhorn"], leman: ["geneva"],
  // European regions and islands French names its own way.
  majorque: ["mallorca", "majorca"], minorque: ["menorca", "minorca"], gueldre: ["gelderland"], frise: ["friesland", "frisia", "frisian"], zelande: ["zeeland"],
  flandre: ["flanders", "flemish"], flandres: ["flanders", "flemish"], wallonie: ["wallonia", "walloon"], baviere: ["bavaria", "bavarian"], saxe: ["saxony"],
  rhenanie: ["rhineland"], westphalie: ["westphalia"], souabe: ["swabia", "swabian"], thuringe: ["thuringia"], brandebourg: ["brandenburg"],
  pomeranie: ["pomerania"], silesie: ["silesia", "silesian"], boheme: ["bohemia", "bohemian"], moravie: ["moravia", "moravian"],
  transylvanie: ["transylvania", "transylvanian"], valachie: ["wallachia"], crimee: ["crimea", "crimean"], daghestan: ["dagestan"],
  siberie: ["siberia", "siberian"], carelie: ["karelia"], laponie: ["lapland"], galice: ["galicia", "galician"], andalousie: ["andalusia", "andalucia", "andalusian"],
  catalogne: ["catalonia", "catalan"], castille: ["castile"], estremadure: ["extremadura"], murcie: ["murcia"], asturies: ["asturias"], cantabrie: ["cantabria"],
  biscaye: ["biscay"], lombardie: ["lombardy"], venetie: ["veneto"], toscane: ["tuscany", "tuscan"], ombrie: ["umbria"], pouilles: ["puglia", "apulia"],
  calabre: ["calabria", "calabrian"], campanie: ["campania"], ligurie: ["liguria"], piemont: ["piedmont"], frioul: ["friuli"], cornouailles: ["cornwall", "cornish"],
  galles: ["wales", "welsh"], canaries: ["canary", "canaries"], baleares: ["balearic", "balearics"], cyclades: ["cyclades"], crete: ["crete", "cretan"],
  // Peoples French names its own way: "les Ruthènes" are the Rusyns or Ruthenians.
  ruthenes: ["rusyn", "rusyns", "ruthenian", "ruthenians"],
  // Countries French news names by a periphrasis, not to say the name twice: "le Grand-Duché" is Luxembourg, "l'Hexagone" France, "outre-Rhin" Germany.
  "grand-duche": ["luxembourg", "grand duchy"], hexagone: ["france", "french"], principaute: ["monaco", "monegasque", "principality"],
  confederation: ["switzerland", "swiss", "confederation"], "outre-rhin": ["germany", "german", "germans"], "outre-manche": ["britain", "british", "uk", "england", "english"],
  "outre-atlantique": ["us", "united states", "america", "american", "americans", "washington"], "outre-quievrain": ["belgium", "belgian", "belgians"],
};

const lower = (names: string[]) => names.map((name) => name.toLowerCase());

/** Each French one-word name of a country (or its capital, seat) with every English name and adjective the table gives it, and the other places. */
const PLACES: Record<string, string[]> = { ...OTHER_PLACES };
for (const country of COUNTRIES) {
  const add = (french: string[], english: string[]) => {
    for (const name of lower(french).filter((word) => !word.includes(" "))) PLACES[name] = [...new Set([...(PLACES[name] ?? []), ...lower(english)])];
  };
  add(country.french, [...country.english, ...country.englishAdjectives]);
  add(country.seats.french, country.seats.english);
}

/** Renderings of such a word that name no body, so the known bodies do not hold them: "Matignon a tranché" is "the government decided". */
const LOOSE_RENDERINGS: Record<string, string[]> = { matignon: ["government"], "provence-alpes-cote": ["southeast", "south-east"] };

/** Each word that alone names a known body ("Matignon", "Île-de-France") with the body's English names. */
const BODY_WORDS: Record<string, string[]> = Object.fromEntries(
  KNOWN_BODIES.flatMap((body) => (body.words ?? []).map((word) => [word, [...lower(body.english), ...(LOOSE_RENDERINGS[word] ?? [])]])),
);

/** Whether a folded French word is one of the places of the names table ("Chine", "Bruxelles"). */
export function isPlaceName(folded: string): boolean {
  return Object.hasOwn(PLACES, folded);
}

/** English words that render one of those places ("china", "brussels"). */
export const PLACE_RENDERINGS = new Set(Object.values(PLACES).flatMap((renderings) => renderings.filter((rendering) => !rendering.includes(" "))));

/**
 * Capitalised French words that are translated rather than copied, with the English words that
 * count as their rendering (accent-folded, lowercase). An empty list means "never a name".
 */
export const NAME_EQUIVALENTS: Record<string, string[]> = {
  ...PLACES,
  onu: ["un", "united nations"], otan: ["nato"], ue: ["eu", "european union"], oms: ["who", "world health"],
  fmi: ["imf"], bce: ["ecb"], tgv: ["tgv", "speed"],
  // "joignable par SMS" is "reachable by text".
  sms: ["sms", "text", "texts", "texting"],
  // "l'ONG Human Rights Watch" is "the rights group Human Rights Watch", "le PIB" the economy's output.
  ong: ["ngo", "ngos", "group", "groups", "charity", "charities", "organisation", "organization", "organisations", "organizations", "watchdog"],
  pib: ["gdp", "output", "economy", "gross domestic product"], jo: ["olympics", "olympic", "games"], jeux: ["games", "olympics", "olympic", "paralympics"], olympiques: ["olympic", "olympics"], paralympiques: ["paralympic", "paralympics"], ogm: ["gmo", "gmos", "genetically modified"],
  ivg: ["abortion", "abortions", "termination", "terminations"], pma: ["ivf", "fertility treatment", "assisted reproduction"], sdf: ["homeless"], cpi: ["icc"], cij: ["icj"], oit: ["ilo"],
  usa: ["us", "usa", "united states"], urss: ["ussr", "soviet"], rda: ["gdr", "east germany"], rfa: ["frg", "west germany"],
  // Eras: "avant l'ère commune" and "ère commune" are English "BCE"/"BC" and "CE"/"AD"; "av./ap. J.-C." ("JC") either.
  aec: ["bce", "bc"], ec: ["ce", "ad"], jc: ["bce", "bc", "ce", "ad"],
  union: ["union", "eu", "ussr", "soviet"], nations: ["nations", "un"], unies: ["united", "un"], conseil: ["council"], cour: ["court", "audit", "auditor", "auditors"],
  etat: ["state"], gouvernement: ["government"], assemblee: ["assembly"], senat: ["senate"], parlement: ["parliament"],
  // Parliaments French names in their own language, English often by what they are.
  landtag: ["landtag", "state parliament", "regional parliament", "state assembly"], bundestag: ["bundestag", "parliament", "lower house"],
  haut: ["high"], "haut-commissaire": ["high commissioner"], "haut-commissariat": ["high commissioner", "office"],
  commission: ["commission"], commissaire: ["commissioner"], ministere: ["ministry", "department"],
  ministre: ["minister"], premier: ["prime", "first"], president: ["president"], presidente: ["president"],
  // "le président de la République" is "the French president".
  republique: ["republic", "president"], royaume: ["kingdom"], empire: ["empire"], eglise: ["church"], dieu: ["god"],
  // "Les pays du Sud" are the developing countries, "ceux du Nord" the rich ones.
  nord: ["north", "northern", "rich", "richer", "wealthy", "developed", "industrialised", "industrialized"], sud: ["south", "southern", "developing", "poor", "poorer"], est: ["east", "eastern"], ouest: ["west", "western"],
  occident: ["west", "western"], orient: ["east", "orient"],
  territoires: ["territories"], armee: ["army"], garde: ["guard"], tribunal: ["tribunal", "court"],
  justice: ["justice"], droits: ["rights"], homme: ["human", "man"], monde: ["world"], guerre: ["war"],
  mondiale: ["world"], banque: ["bank"], fonds: ["fund"], programme: ["programme", "program"],
  bureau: ["office", "bureau"], agence: ["agency", "authority"], institut: ["institute"], universite: ["university"],
  ecole: ["school"], musee: ["museum"], ville: ["city", "town"], rue: ["street"], place: ["square", "place"],
  mont: ["mount"], lac: ["lake"], mer: ["sea"], ocean: ["ocean"], fleuve: ["river"], golfe: ["gulf"],
  duche: ["duchy"], couronne: ["crown"], seigneur: ["lord"], fer: ["iron"], pierre: ["stone"], lumieres: ["enlightenment"],
  oriental: ["east", "eastern", "oriental"], orientale: ["east", "eastern", "oriental"], occidental: ["west", "western"],
  occidentale: ["west", "western"], europeen: ["european", "eu"], europeenne: ["european", "eu"], romain: ["roman", "rome"],
  centre: ["central", "centre", "center"], grand: ["great", "grand"], grande: ["great", "grand", "britain", "tour", "race"], seconde: ["second", "ii"], premiere: ["first"], iles: ["islands", "isles"],
  ile: ["island", "isle"], vert: ["verde", "green"], pays: ["country", "countries", "land", "lands", "netherlands"], bas: ["low", "lower", "netherlands"],
  unis: ["united", "us", "usa"], uni: ["united", "uk"], siecle: ["century", "age"], histoire: ["history"], detroit: ["strait", "straits"], nouvelle: ["new"], nouveau: ["new"], bretagne: ["britain", "brittany"], saint: ["saint", "st", "holy"], federation: ["federation"], peninsule: ["peninsula"], age: ["age", "ages"], moyen: ["middle"],
  // The regions whose English name is not spelt alike, and the seats named for the power in them (the Élysée is the presidency), are the known bodies' words.
  ...BODY_WORDS,
  // French acronyms that English names by what they stand for.
  pacs: ["pacs", "civil partnership", "civil partnerships", "civil union", "civil unions"], smic: ["smic", "minimum wage"], tva: ["vat", "sales tax"],
  zfe: ["zfe", "zfes", "low-emission zone", "low-emission zones", "low emission zone", "low emission zones", "clean air zone", "clean air zones"],
  hlm: ["hlm", "social housing", "council housing", "public housing"], ehpad: ["ehpad", "care home", "care homes", "nursing home", "nursing homes"],
  cdi: ["cdi", "permanent contract", "permanent contracts", "permanent job", "permanent jobs"], cdd: ["cdd", "fixed-term", "short-term"],
  pme: ["sme", "smes", "small business", "small businesses", "small firm", "small firms", "small company", "small companies", "firm", "firms", "company", "companies", "business", "businesses"],
  ter: ["ter", "regional", "local train", "local trains", "commuter train", "commuter trains"], rer: ["rer", "commuter", "suburban", "rail"],
  // School years: "les classes de CP et de CE1" are the first and second years of primary school.
  cp: ["cp", "first", "primary"], ce1: ["ce1", "second", "primary"], ce2: ["ce2", "third", "primary"],
  // French bodies that English names by what they do: "la DGAC" is "the civil aviation authority".
  dgac: ["dgac", "civil aviation"], asn: ["asn", "nuclear safety", "nuclear regulator", "nuclear watchdog"],
  ars: ["ars", "health agency", "health authority", "health authorities"],
  // "Le CHU de Rennes" (centre hospitalier universitaire) is "Rennes University Hospital"; "sur Internet" is "online".
  chu: ["chu", "university hospital", "teaching hospital", "hospital"], internet: ["internet", "online", "web"],
  cnil: ["cnil", "data protection", "privacy watchdog", "privacy regulator", "data watchdog", "data regulator"],
  giec: ["ipcc", "giec", "climate panel", "climate experts", "climate scientists"], ama: ["wada", "anti-doping"], cedh: ["echr", "european court of human rights"],
  // Capitalised common words inside a fixed name: "l'armée de Terre" is the army, "le 14 Juillet" Bastille Day.
  terre: ["earth", "land", "army"], juillet: ["july", "bastille"],
  // Titles and honorifics: translated or dropped, never a name by themselves; "PDG" (président-directeur général) and "DG" are titles.
  pdg: ["chief", "ceo", "chairman", "boss", "head"], dg: ["director", "chief", "head", "boss", "directorate"],
  monsieur: [], madame: [], mademoiselle: [], mme: [], mlle: [], mm: [], me: [], dr: [], pr: [], sainte: ["saint", "st", "holy"],
  // Sport: clubs French names by their initials, which English names by their city, and national teams by a nickname English translates or replaces
  // by the country ("les Fauves de Centrafrique" → "the Central African Republic's Wild Beasts"; "la Grande Boucle" is the Tour, "the race").
  losc: ["lille", "losc"], om: ["marseille", "om"], ol: ["lyon", "ol"], psg: ["psg", "paris", "saint-germain"], asse: ["saint-etienne", "asse", "st etienne"],
  bleus: ["blues", "france", "french"], bleues: ["blues", "france", "french"], fauves: ["beasts", "central african", "car"], squadra: ["squadra", "italy", "azzurri"],
  boucle: ["tour", "race", "loop"],
};

/**
 * "État" as the common noun state inside a fixed compound: "coup d'État" (the coup), "chef de l'État"
 * (the president), "homme d'État", "raison d'État", "secrétaire d'État"; "l'État de droit" (the rule
 * of law), "l'État providence" (the welfare state). "Conseil d'État" is a body's name.
 */
const STATE_COMPOUND = /(?<!\p{L})(?:coups?|chefs?|hommes?|femmes?|raisons?|crimes?|secrets?|affaires?|secr[ée]taires?|ministres?|sommets?|t[êe]tes?)\s+(?:d['’]|de\s+l['’])$/iu;
const STATE_COMPOUND_AFTER = /^[-\s]+(?:de\s+droit|providence)(?!\p{L})/iu;

/** Whether the word at `start` of `source`, folded to `folded`, is "État" in such a compound. */
export function isStateInCompound(source: string, start: number, folded: string): boolean {
  return folded === "etat" && (STATE_COMPOUND.test(source.slice(0, start)) || STATE_COMPOUND_AFTER.test(source.slice(start + folded.length, start + folded.length + 16)));
}
