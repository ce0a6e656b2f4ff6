import { describe, expect, it } from "vitest";
import { expectOnlyFinding, findingsOf } from "./helpers";

describe("entity-mismatch", () => {
  it.each([
    ["Le recours a été rejeté par le Conseil d'État mardi.", "The appeal was rejected by the Council of Europe on Tuesday.", "État", "Europe"],
    ["Le sommet se tiendra à Paris en juin.", "The summit will be held in Lyon in June.", "Paris", "Lyon"],
    ["Selon Craig Mokhiber, l'ONU a échoué.", "According to Craig Guterres, the UN has failed.", "Mokhiber", "Guterres"],
    ["Alors que Delfador était encore à l'Académie, des événements majeurs se déroulaient à Wesnoth.", "While Zorlan was still at the Academy, major events were taking place throughout Wesnoth.", "Delfador", "Zorlan"],
    ["Le président a reçu Kalenz hier.", "The president received Cylanna yesterday.", "Kalenz", "Cylanna"],
    ["Hier, Tallin est parti pour Weldyn.", "Yesterday, Maudin left for Weldyn.", "Tallin", "Maudin"],
    // A name may open the sentence on either side.
    ["Barnier a rencontré les syndicats mardi.", "Attal met the unions on Tuesday.", "Barnier", "Attal"],
    // ...ending in a doubled letter ("Ahhh" is an interjection, "Laudiss" a name).
    ["Les orcs ont le pas lourd ; la piste de Rakshas fut facile à suivre.", "Orcs are heavy-footed; Laudiss’s trail was easy to follow.", "Rakshas", "Laudiss"],
    // ...with an English possessive after it.
    ["La junte au pouvoir au Mali a ordonné le départ de l'ambassadeur de France.", "Niger's ruling junta ordered the French ambassador to leave.", "Mali", "Niger"],
    // "État" in "coup d'État" is the common noun state: the body replaced is the Union.
    ["Le coup d'État a été condamné par l'Union africaine.", "The coup was condemned by the Kremlin.", "Union", "Kremlin"],
    // "Abez" is not the English "be" spelt another way.
    ["Le convoi pourrait tomber dans une embuscade au gué d'Abez.", "The convoy may be walking into an ambush at the ford of Maudin.", "Abez", "Maudin"],
    // A compound name none of whose French words is rendered inside the English one.
    ["Les orcs ont pris Tor-Noire hier soir.", "The orcs took Greywater last night.", "Tor-Noire", "Greywater"],
  ])("flags %j rendered %j", (source, target, sourceName, targetName) => {
    const finding = expectOnlyFinding("entity-mismatch", source, target, sourceName, targetName);
    expect(finding.severity).toBe("major");
    expect(finding.evidence?.links).toHaveLength(2);
  });

  it.each([
    ["Le recours a été rejeté par le Conseil d'État mardi.", "The appeal was rejected by the Council of State on Tuesday."],
    ["Le sommet se tiendra à Londres en juin.", "The summit will be held in London in June."],
    ["Selon Craig Mokhiber, l'ONU a échoué.", "According to Craig Mokhiber, the UN has failed."],
    ["Le ministre s'est rendu en Allemagne.", "The minister travelled to Germany."],
    ["La junte au pouvoir au Mali a ordonné le départ de l'ambassadeur de France.", "Mali's ruling junta ordered the French ambassador to leave."],
    ["Le président a parlé hier à la nation.", "President's words to the nation came yesterday."],
    // A sentence opening with an interjection or a French word names no one.
    ["Ahhh, il faut s'y attendre avec Barnier.", "Ahh, with Barnier it is to be expected."],
    ["Rappelle-toi ces grèves à Marseille.", "Think back to those strikes in Marseilles."],
    ["Il a rencontré Mokhiber à Genève.", "He met Mokhiper in Geneva."],
    ["Vous êtes parmi les Elfes du Nord, dans la Forêt de Lintanir.", "You are among the North Elves, in the Lintanir Forest."],
    ["Le Haut-Commissariat des Nations unies a publié la lettre.", "The UN High Commissioner's office published the letter."],
    // Transliterated names: one name spelt the French and the English way.
    ["La Cyrénaïque réclame l'indépendance depuis la chute de Khadafi.", "Cyrenaica has called for autonomy since the fall of Gaddafi."],
    ["Les Ouïghours vivent au Xinjiang.", "The Uyghur live in Xinjiang."],
    ["Le roi Salmanazar Ier régna sur l'Assyrie.", "King Shalmaneser I ruled Assyria."],
    ["Les Micmacs habitent la région.", "The Mi'kmaq inhabit the region."],
    ["Aujourd'hui, l'Équateur exporte du pétrole.", "Today Ecuador exports oil."],
    ["Ils vivent aussi en Biélorussie.", "They also live in Belarus."],
    ["Fidji est indépendante de la Grande-Bretagne depuis 1970.", "Fiji has been independent from Britain since 1970."],
    // French regions by their English names.
    ["Les transports d'Île-de-France seront perturbés lundi.", "Transport in the Paris region will be disrupted on Monday."],
    ["Les vignerons de Bourgogne attendent la pluie.", "Winegrowers in Burgundy are waiting for rain."],
    // The English rendering of one name ("Paris region") does not stand in for another left unlinked ("Union").
    ["Quelque 780 000 ménages attendent un logement en Île-de-France, selon l'Union sociale pour l'habitat.", "Some 780,000 households are waiting for housing in the Paris region, according to the social housing federation USH."],
    ["Le lanceur a décollé de Guyane samedi.", "The launcher lifted off from French Guiana on Saturday."],
    // French common words capitalised inside a name are translated, not replaced.
    ["La Croatie Blanche touchait les terres de Cracovie.", "White Croatia reached the lands of Krakow."],
    ["Au Vème siècle, la Grande-Grèce était prospère.", "In the 5th century Magna Graecia was prosperous."],
    // A compound name translated word by word: a part's rendering inside the English name.
    ["Les orcs ont pris Tor-Noire hier soir.", "The orcs took Blacktor last night."],
    ["Nous marcherons jusqu'à Kel-Amer demain.", "We will march to Bitterkel tomorrow."],
    // A body named by its noun, a bare name in its place: as often a metonymy as a swap.
    ["Selon l'Académie, la récolte sera mauvaise.", "According to Mebrin, the harvest will be poor."],
  ])("stays silent on %j → %j", (source, target) => {
    expect(findingsOf("entity-mismatch", source, target)).toEqual([]);
  });
});

describe("entity-mismatch on the eras and acronyms English writes otherwise", () => {
  it.each([
    ["Malte fut colonisée pour la première fois en 5200 AEC.", "Malta was first settled around 5200 BCE."],
    ["Finalement, en 1905 EC, les Norvégiens acquirent leur indépendance.", "Finally, in 1905 CE the Norwegians got their independence."],
    ["La RDA fut dissoute en 1990.", "The GDR was dissolved in 1990."],
  ])("accepts %j rendered %j", (source, target) => {
    expect(findingsOf("entity-mismatch", source, target)).toEqual([]);
  });

  it("still flags an era replaced by a name", () => {
    expect(findingsOf("entity-mismatch", "Malte fut colonisée pour la première fois en 5200 AEC.", "Malta was first settled around 5200 by Carthage.")).not.toEqual([]);
  });
});
