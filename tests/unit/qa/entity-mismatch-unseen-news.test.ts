import { describe } from "vitest";
import { itAcceptsEach, itFlagsEach } from "./helpers";

// Newsroom pairs where one company, person, union or currency stands in another's place, each beside
// its faithful twin: the readings are generic (word shapes, closed classes), not lists of pairs.

describe("entity-mismatch on a name that looks like an inflected French word", () => {
  itFlagsEach("entity-mismatch", [
    // "Collins" is no plural of "colline": its neighbour "Aerospace" linked says nothing of it.
    ["L'américain Collins Aerospace fournira les commandes de vol de l'appareil.", "US group Honeywell Aerospace will supply the aircraft's flight controls.", /^Honeywell$/],
  ]);
  itAcceptsEach("entity-mismatch", [
    ["L'américain Collins Aerospace fournira les commandes de vol de l'appareil.", "US group Collins Aerospace will supply the aircraft's flight controls."],
  ]);
});

describe("entity-mismatch on one union's initials in another's place", () => {
  itFlagsEach("entity-mismatch", [
    // The other unions' initials beside it spell out no "CFTC".
    ["La CFDT, la CGT et FO ont quitté la table des négociations mardi.", "The CFDT, CGT and CFTC walked out of the negotiations on Tuesday.", /^CFTC$/],
  ]);
  itAcceptsEach("entity-mismatch", [
    ["La CFDT, la CGT et FO ont quitté la table des négociations mardi.", "The CFDT, CGT and FO walked out of the negotiations on Tuesday."],
  ]);
});

describe("entity-mismatch on a leader named in another's place", () => {
  itFlagsEach("entity-mismatch", [
    // "Poutine" and "between" share a consonant skeleton ("ptn") without sounding alike.
    ["Le chancelier allemand a évoqué la guerre entre Russes et Ukrainiens lors d'un appel avec Vladimir Poutine.",
      "The German chancellor discussed the war between Russia and Ukraine in a call with Volodymyr Zelensky.", /^Zelensky$/],
  ]);
  itAcceptsEach("entity-mismatch", [
    ["Le chancelier allemand a évoqué la guerre entre Russes et Ukrainiens lors d'un appel avec Vladimir Poutine.",
      "The German chancellor discussed the war between Russia and Ukraine in a call with Vladimir Putin."],
  ]);
});

describe("entity-mismatch on a body's initials rendered by another body's name", () => {
  itFlagsEach("entity-mismatch", [
    ["La RATP a annoncé mardi une hausse de ses tarifs au 1er janvier.", "Keolis announced on Tuesday a rise in its fares from January 1.", /^Keolis$/],
  ]);
  itAcceptsEach("entity-mismatch", [
    ["La RATP a annoncé mardi une hausse de ses tarifs au 1er janvier.", "The RATP announced on Tuesday a rise in its fares from January 1."],
    // English names a club by its city, a body by the words of its initials.
    ["L'OM s'est imposé 2-0 dimanche soir au Vélodrome.", "Marseille won 2-0 at the Velodrome on Sunday evening."],
    ["Selon ADP, le trafic a progressé de 4 % en mai.", "Traffic rose 4% in May, according to airport operator Aéroports de Paris."],
  ]);
});

describe("entity-mismatch on a company whose name shares its first letters with a common word", () => {
  itFlagsEach("entity-mismatch", [
    // "Computing" is no form of "completed": four letters in common are no stem.
    ["Le concepteur de puces Ampere Computing a finalisé sa levée de fonds de 400 millions de dollars.",
      "Chip designer Marvell Technology has completed its $400 million fundraising.", /^Marvell$/],
  ]);
  itAcceptsEach("entity-mismatch", [
    ["Le concepteur de puces Ampere Computing a finalisé sa levée de fonds de 400 millions de dollars.",
      "Chip designer Ampere Computing has completed its $400 million fundraising."],
  ]);
  itAcceptsEach("content-addition", [
    ["La start-up nantaise a levé 12 millions d'euros.", "The Nantes-based start-up has raised 12 million euros."],
  ]);
});

describe("entity-mismatch on a sentence opening on another company", () => {
  itFlagsEach("entity-mismatch", [
    // "airbus" is an English dictionary word, so an opening "Airbus" reads as no name to the word pairing.
    ["Airbus a enregistré une commande de 40 appareils de la part d'une compagnie indienne.", "Boeing has received an order for 40 aircraft from an Indian airline.", /^Boeing$/],
  ]);
  itAcceptsEach("entity-mismatch", [
    ["Airbus a enregistré une commande de 40 appareils de la part d'une compagnie indienne.", "Airbus has received an order for 40 aircraft from an Indian airline."],
    // A capital for its state, and a hiss drawn out, are no other name.
    ["Moscou a dénoncé mardi de nouvelles sanctions européennes.", "Russia on Tuesday denounced new European sanctions."],
    ["Ainsssi humains, vous revenez nous causer du tort.", "Ssso humansss, you’ve come to trouble usss again."],
  ]);
});

describe("entity-mismatch on a country in the possessive glossing a French body", () => {
  itAcceptsEach("entity-mismatch", [
    // "France's … agency" glosses the body the French names by itself: it stands in no name's place.
    ["Le Bureau d'enquêtes et d'analyses a publié jeudi son rapport sur l'accident.", "The BEA, France's air accident investigation agency, published its report on the crash on Thursday."],
    ["Selon le Bureau de recherches géologiques et minières, les nappes sont basses.", "Groundwater levels are low, according to France's geological survey, the BRGM."],
  ]);
});

describe("entity-mismatch on another country's possessive glossing a body", () => {
  itAcceptsEach("entity-mismatch", [
    // The source names the country: its possessive glosses the body the French names.
    ["L'Office fédéral allemand de la protection civile a donné l'alerte.", "Germany's federal civil protection office raised the alarm."],
  ]);
});

describe("entity-mismatch on a known name hyphenated in English", () => {
  itAcceptsEach("entity-mismatch", [
    // The table's "paris region" is the hyphenated "Paris-region" of a compound adjective.
    ["Le syndicat des eaux d'Île-de-France va investir un milliard d'euros.", "The Paris-region water authority will invest €1 billion."],
    ["Les cas importés depuis les Antilles sont en hausse.", "Cases imported from the French Caribbean are rising."],
  ]);
});

describe("entity-mismatch on one part of a place name after its joiner", () => {
  itFlagsEach("entity-mismatch", [
    // "Marne" and "Seine" are also dictionary words (marl, a net): after "sur" they are rivers, names.
    ["Le syndicat équipera son usine de Neuilly-sur-Marne de nouveaux filtres.", "The authority will fit its Neuilly-sur-Seine plant with new filters.", /^Neuilly-sur-Seine$/],
  ]);
  itAcceptsEach("entity-mismatch", [
    ["Le syndicat équipera son usine de Neuilly-sur-Marne de nouveaux filtres.", "The authority will fit its Neuilly-sur-Marne plant with new filters."],
  ]);
});

describe("entity-mismatch on one part of a place name English does not know", () => {
  itFlagsEach("entity-mismatch", [
    // Neither "Julien" nor "Estèphe" is an English word: both are names, and they differ.
    ["Les vendanges ont commencé lundi dans l'appellation Saint-Julien, dans le Médoc.", "The grape harvest began on Monday in the Saint-Estèphe appellation in the Médoc.", /^Saint-Estèphe$/],
  ]);
  itAcceptsEach("entity-mismatch", [
    ["Les vendanges ont commencé lundi dans l'appellation Saint-Julien, dans le Médoc.", "The grape harvest began on Monday in the Saint-Julien appellation in the Médoc."],
    // A part English spells as a word of its own is a translation, not a name: "Saint-Jean" → "Saint-John" is left to the lexicon.
    ["Le navire a accosté à Saint-Nazaire mardi soir.", "The ship docked in Saint-Nazaire on Tuesday evening."],
  ]);
});

describe("entity-mismatch on a Roman ordinal", () => {
  itAcceptsEach("entity-mismatch", [
    // "XVIème" is a century, no body's initials.
    ["Le Royaume de Navarre est tombé aux mains de l'Aragon au XVIème siècle.", "The Kingdom of Navarre fell to Aragon in the 16th century."],
    ["La ville fut fondée par les Phéniciens au IXème siècle avant notre ère.", "The city was founded by the Phoenicians in the 9th century BC."],
  ]);
});
