import { describe, expect, it } from "vitest";
import { findingsOf, itAcceptsEach, itFlagsEach } from "./helpers";

// Readings mended after news37, a blind batch on twenty new domains, had been written and counted.
describe("number-mismatch and content-addition: the tens of Belgium and Switzerland", () => {
  itAcceptsEach("number-mismatch", [
    ["Le club liégeois a déboursé septante mille euros pour le défenseur.", "The Liège club paid €70,000 for the defender."],
    ["La commune compte nonante-deux agents et huitante bénévoles.", "The municipality has 92 staff and 80 volunteers."],
    ["Une septantaine de bénévoles ont nettoyé les berges de la Vesdre.", "Some 70 volunteers cleaned up the banks of the Vesdre."],
  ]);
  itFlagsEach("number-mismatch", [
    ["Le club liégeois a déboursé septante mille euros pour le défenseur.", "The Liège club paid €17,000 for the defender.", /^17,000$/],
  ]);
  itAcceptsEach("content-addition", [
    ["Les violents orages de lundi ont provoqué des inondations à Bastogne et à Vielsalm, où les pompiers sont intervenus à nonante reprises, mais personne n'a été blessé, selon la zone de secours.",
      "Violent storms on Monday caused flooding in Bastogne and Vielsalm, where firefighters were called out ninety times, but no one was injured, according to the emergency services zone."],
  ]);
});

describe("content-addition: “bénévolement” said as “on a voluntary basis”", () => {
  itAcceptsEach("content-addition", [
    ["Les apprentis du centre de formation de Verviers ont restauré bénévolement les bancs de la salle communale, un chantier de trois mois financé par une souscription auprès des habitants.",
      "Apprentices at the Verviers training centre have restored the benches in the community hall on a voluntary basis, a three-month project funded by a subscription among residents."],
  ]);
});

describe("role-reversal: a French participle after its noun is an adjective, not a participant", () => {
  itAcceptsEach("role-reversal", [
    ["Le Muséum de Nantes a lancé une campagne de financement participatif pour restaurer son éléphant naturalisé, arrivé en 1897.",
      "The Nantes Natural History Museum has launched a crowdfunding campaign to restore its stuffed elephant, which arrived in 1897."],
  ]);
  itFlagsEach("role-reversal", [
    // A nationality's adjective in "-ais" is still read there: the two groups are turned round.
    ["Les pêcheurs bretons accusent les chalutiers néerlandais de piller les stocks de bar.", "Dutch trawlers accuse Breton fishermen of plundering sea bass stocks.", /./],
  ]);
});

describe("name-mismatch: a word of the names table followed by a lower-case word of its phrase", () => {
  itAcceptsEach("name-mismatch", [
    ["Le bassin extérieur ne sera pas accessible avant la mi-août, a précisé jeudi la direction du Centre thermal.",
      "The outdoor pool will not be accessible until mid-August, the spa's management said on Thursday."],
  ]);
  it("still reports the region's name when nothing of its phrase follows", () => {
    const findings = findingsOf("name-mismatch", "La préfecture de la région Centre a publié jeudi un arrêté sécheresse.", "The regional prefecture published a drought order on Thursday.");
    expect(findings.map((finding) => finding.message)).toEqual(["The name “Centre” is missing from the target."]);
  });
});
