import { describe, expect, it } from "vitest";
import { expectOnlyFinding, findingsOf } from "./helpers";

// Newsroom pairs (conflict, health, diplomacy, migration, economy) for countries, armed groups and
// European agencies: a country whose English drops its distinguishing word, a look-alike country, a group
// French names by a lower-case adjective, an agency replaced by another with its gloss kept.
describe("entity-mismatch on countries and groups", () => {
  it.each([
    ["Des affrontements ont éclaté dans l'est de la République démocratique du Congo, près de Goma.", "Clashes broke out in the east of the Republic of Congo, near Goma.", "République démocratique du Congo", "Republic of Congo"],
    ["La Corée du Nord a tiré deux missiles balistiques vers la mer du Japon.", "South Korea fired two ballistic missiles towards the Sea of Japan.", "Corée du Nord", "South Korea"],
    ["Les combats se poursuivent au Soudan du Sud malgré le cessez-le-feu.", "Fighting continues in Sudan despite the ceasefire.", "Soudan du Sud", "Sudan"],
    ["Des élections législatives se tiendront en Guinée le mois prochain.", "Legislative elections will be held in Guinea-Bissau next month.", "Guinée", "Guinea-Bissau"],
    ["Le Nigeria a rompu ses accords militaires avec la France en 2023.", "Niger ended its military agreements with France in 2023.", "Nigeria", "Niger"],
    ["La Slovaquie a refusé de signer la déclaration commune.", "Slovenia refused to sign the joint declaration.", "Slovaquie", "Slovenia"],
    ["Le chancelier autrichien a défendu le budget devant le Parlement.", "The Australian chancellor defended the budget before parliament.", "autrichien", "Australian"],
    ["Un navire marchand a été touché par un missile houthi au large d'Aden.", "A merchant ship was hit by a Hezbollah missile off Aden.", "houthi", "Hezbollah"],
    ["Des combattants talibans ont pris le contrôle du poste-frontière.", "Houthi fighters took control of the border post.", "talibans", "Houthi"],
    ["Selon Europol, le réseau opérait dans cinq pays européens.", "According to Interpol, the network operated in five European countries.", "Europol", "Interpol"],
    ["La junte a refusé l'entrée à une mission de la Cedeao chargée de négocier.", "The junta refused entry to an AU mission sent to negotiate.", "Cedeao", "AU"],
    // A capital for its government, put for another country's.
    ["Vilnius a expulsé jeudi deux diplomates russes accusés d'espionnage.", "Latvia on Thursday expelled two Russian diplomats accused of spying.", "Vilnius", "Latvia"],
  ])("flags %j rendered %j", (source, target, sourceName, targetName) => {
    const finding = expectOnlyFinding("entity-mismatch", source, target, sourceName, targetName);
    expect(finding.severity).toBe("major");
  });

  it.each([
    // The same country, by its full name, its short English name, its capital or its people's adjective.
    ["Des affrontements ont éclaté dans l'est de la République démocratique du Congo, près de Goma.", "Clashes broke out in the east of the Democratic Republic of Congo, near Goma."],
    ["Des affrontements ont éclaté dans l'est de la RDC, près de Goma.", "Clashes broke out in eastern DR Congo, near Goma."],
    ["Des affrontements ont éclaté dans l'est de la République démocratique du Congo, près de Goma.", "Clashes broke out in eastern Congo, near Goma."],
    ["La Corée du Nord a tiré deux missiles balistiques vers la mer du Japon.", "North Korea fired two ballistic missiles towards the Sea of Japan."],
    ["Le président nigérien a été renversé par l'armée.", "Niger's president was overthrown by the army."],
    ["Moscou a annoncé l'expulsion de deux diplomates polonais.", "Russia announced the expulsion of two Polish diplomats."],
    ["Pékin a dénoncé les nouvelles taxes américaines.", "China condemned the new US tariffs."],
    ["Le gouvernement de Santiago n'exclut pas d'ouvrir le capital des mines de lithium aux investisseurs étrangers.", "Chile's government may open its lithium mines to foreign investors."],
    ["Vilnius a expulsé jeudi deux diplomates russes accusés d'espionnage.", "Lithuania on Thursday expelled two Russian diplomats accused of spying."],
    ["Les autorités britanniques ont renforcé les contrôles dans la Manche.", "UK authorities have stepped up checks in the Channel."],
    // A body French and English name by different acronyms, then by a description.
    ["La junte a refusé l'entrée à une mission de la Cedeao. Les militaires accusent l'organisation régionale de vouloir déstabiliser le pays.", "The junta refused entry to an ECOWAS mission. The military accuses the West African bloc of trying to destabilise the country."],
    ["Le HCR a appelé à protéger les réfugiés soudanais.", "The UN refugee agency called for Sudanese refugees to be protected."],
    ["Un navire marchand a été touché par un missile houthi au large d'Aden.", "A merchant ship was hit by a Houthi missile off Aden."],
    // English names the setting the French leaves implicit, beside a body or a group it renders.
    ["La frégate Alsace a abattu un drone houthi en mer Rouge.", "The French frigate Alsace shot down a Houthi drone in the Red Sea."],
    ["L'école polytechnique fédérale de Lausanne a été classée première université européenne pour l'ingénierie.", "Switzerland's EPFL has been ranked Europe's top university for engineering."],
    ["La hausse a été dénoncée par la présidente de la Conférence des présidents d'université.", "The rise was condemned by the head of the French universities' conference."],
    // Puerto Rico's people, and Italy's "président du Conseil", its prime minister.
    ["L'Irlandaise Katie Taylor a battu pour la troisième fois la Portoricaine Amanda Serrano, vendredi à New York.",
      "Ireland's Katie Taylor beat Puerto Rico's Amanda Serrano for the third time on Friday in New York."],
    ["La conférence a permis de recueillir plus de 10 milliards d'euros d'engagements, a annoncé la présidente du Conseil italien, Giorgia Meloni.",
      "The conference raised more than €10 billion in pledges, Italian Prime Minister Giorgia Meloni announced."],
  ])("stays silent on %j → %j", (source, target) => {
    expect(findingsOf("entity-mismatch", source, target)).toEqual([]);
  });
});

describe("entity-mismatch on parties and on surnames that are dictionary words", () => {
  it.each([
    ["Le PS a voté contre la motion de censure déposée par LFI.", "The Republicans voted against the no-confidence motion tabled by LFI.", "PS", "The Republicans"],
    ["Le Parti communiste a appelé à manifester samedi.", "The Socialist Party called for protests on Saturday.", "Parti communiste", "Socialist Party"],
    ["Mme Borne a présenté le projet de loi en conseil des ministres.", "Ms Dati presented the bill to the cabinet.", "Borne", "Dati"],
    ["Bruno Le Maire a présenté le budget pour 2025.", "Gérald Darmanin presented the 2025 budget.", "Maire", "Darmanin"],
    ["Jordan Bardella a été reconduit à la tête de la liste pour les européennes.", "Marine Le Pen was confirmed at the head of the list for the European elections.", "Bardella", "Pen"],
  ])("flags %j rendered %j", (source, target, sourceName, targetName) => {
    expectOnlyFinding("entity-mismatch", source, target, sourceName, targetName);
  });

  it.each([
    ["Le PS a voté contre la motion de censure déposée par LFI.", "The Socialists voted against the no-confidence motion tabled by LFI."],
    ["Le Parti communiste a appelé à manifester samedi.", "The PCF called for protests on Saturday."],
    ["Mme Borne a présenté le projet de loi en conseil des ministres.", "Ms Borne presented the bill to the cabinet."],
    ["Bruno Le Maire a présenté le budget pour 2025.", "Bruno Le Maire presented the 2025 budget."],
    ["Le président de la République s'adressera aux Français jeudi soir, a indiqué l'Élysée.", "The president will address the nation on Thursday evening, the Elysee Palace said."],
  ])("stays silent on %j → %j", (source, target) => {
    expect(findingsOf("entity-mismatch", source, target)).toEqual([]);
  });
});
