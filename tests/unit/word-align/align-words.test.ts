import { beforeAll, describe, expect, it } from "vitest";
import { alignWords } from "@/lib/word-align/align-words";
import { getLexicon } from "@/lib/word-align/lexicon";
import { trainTranslationModel } from "@/lib/word-align/translation-model";

beforeAll(() => getLexicon(), 60_000);

function linkedPairs(source: string, target: string, options = {}): string[] {
  const alignment = alignWords(source, target, options);
  return alignment.links.map((link) => `${alignment.source[link.source].text}→${alignment.target[link.target].text}`);
}

describe("alignWords", () => {
  it.each([
    ["La cour a été saisie par le gouvernement.", "The court seized the government.", ["cour→court", "gouvernement→government", "saisie→seized"]],
    ["L'ONU prend ses distances", "Distancing yourself from the UN", ["ONU→UN", "distances→Distancing"]],
    ["La mise en œuvre de la politique nationale a échoué.", "The implementation of national policy failed.", ["mise→implementation", "œuvre→implementation", "politique→policy", "nationale→national", "échoué→failed"]],
    ["Au moins 1 400 personnes ont été tuées.", "At least 1 400 people were killed.", ["1 400→1 400"]],
    ["Au moins 1 400 personnes ont été tuées.", "At least 1,400 people were killed.", ["1 400→1,400"]],
    // A number spelt out on one side, in digits on the other; "une trentaine" is about 30.
    ["Une trentaine de postes seront supprimés.", "About 30 jobs will go.", ["trentaine→30"]],
    ["Le club a gagné 3 matchs sur quatre.", "The club won three of its 4 games.", ["3→three", "quatre→4"]],
    // The lexicon files singulars: "wives" is looked up as "wife".
    ["Les ministres et leurs femmes sont arrivés.", "The ministers and their wives arrived.", ["ministres→ministers", "femmes→wives"]],
    // And irregular plurals by their singular: "mice" as "mouse", "teeth" as "tooth".
    ["La molécule bloque le virus chez la souris.", "The molecule blocks the virus in mice.", ["souris→mice"]],
    ["Il a perdu deux dents dans l'accident.", "He lost two teeth in the accident.", ["dents→teeth"]],
    // A word said twice on both sides: each occurrence goes with the one its neighbours go with, though the sentence was reordered.
    [
      "L'Allemagne consacrera 2 % de son PIB à la défense l'an prochain, a annoncé le ministre de la Défense, Boris Pistorius.",
      "Defence Minister Boris Pistorius said Germany would spend 2% of its GDP on defence next year.",
      ["défense→defence", "Défense→Defence"],
    ],
    // "ouvrir" shares its stem with "ouvrer" (to work): the form's own rendering wins over the stem's.
    [
      "Élu meilleur sommelier de France en 2019, Paul Martin quitte le palace lyonnais où il officiait depuis six ans pour ouvrir, avec son épouse, un bar à vins de trente places dans le vieux Lyon, consacré aux seuls vins natures.",
      "Named France's best sommelier in 2019, Paul Martin is leaving the Lyon luxury hotel where he had worked for six years to open a 30-seat wine bar in Lyon's old town, devoted solely to natural wines.",
      ["ouvrir→open"],
    ],
    // "été" is the summer after a determiner, not the participle of "être"; "fréquentation" is the attendance.
    ["Le festival déménagera l'été prochain sur la plage.", "The festival will move to the beach next summer.", ["été→summer"]],
    ["La fréquentation de la crypte a reculé.", "Attendance at the crypt fell.", ["fréquentation→Attendance"]],
  ])("links %j to %j", (source, target, expected) => {
    expect(linkedPairs(source, target)).toEqual(expect.arrayContaining(expected));
  });

  it("links a word said once in French to the English occurrence whose neighbours render its own", () => {
    const alignment = alignWords(
      "Le Tour de France partira d'Albertville le 12 juillet prochain pour une étape de montagne de 148 kilomètres qui s'achèvera au sommet du col de la Madeleine, a annoncé jeudi l'organisateur.",
      "The Tour de France will leave Albertville on 12 July for a 148-kilometre mountain stage finishing at the summit of the Col de la Madeleine after a climb of the Col du Glandon, the organiser announced on Thursday.",
    );
    const col = alignment.source.findIndex((word) => word.text === "col");
    const linked = alignment.links.filter((link) => link.source === col).map((link) => alignment.target.slice(link.target, link.target + 4).map((word) => word.text).join(" "));
    expect(linked).toEqual(["Col de la Madeleine"]);
  });

  it("links a French \"plus\" adjective to an English comparative or superlative by its adjective", () => {
    expect(linkedPairs("C'est la plus importante opération réalisée par le groupe depuis dix ans.", "It is the group's biggest deal in ten years.")).toEqual(
      expect.arrayContaining(["importante→biggest", "opération→deal"]),
    );
    expect(linkedPairs("Le port de Cherbourg accueille des navires plus grands.", "The port of Cherbourg takes larger ships.")).toEqual(expect.arrayContaining(["grands→larger"]));
  });

  it("links a French verb to the \"-ing\" and past forms of a short English verb in \"-ie\" or \"-ue\"", () => {
    expect(linkedPairs("La coopérative a été assignée par la Confédération paysanne.", "The cooperative is suing the Confédération paysanne.")).toEqual(expect.arrayContaining(["assignée→suing"]));
    expect(linkedPairs("Le doyen du village meurt à 104 ans.", "The village's oldest resident has died aged 104.")).toEqual(expect.arrayContaining(["meurt→died"]));
  });

  it.each([
    ["dix-neuf", "19"], ["soixante-douze", "72"], ["septante-deux", "72"], ["quatre-vingt-dix", "90"], ["vingt-et-un", "21"],
  ])("links the hyphenated cardinal %j to %j in digits", (french, digits) => {
    expect(linkedPairs(`L'école n'en comptait plus que ${french}.`, `The school had just ${digits} left.`)).toEqual(expect.arrayContaining([`${french}→${digits}`]));
  });

  it("keeps offsets into the texts, with French elisions as words of their own", () => {
    const alignment = alignWords("L'ONU prend ses distances", "The UN distances itself");
    expect(alignment.source.map((word) => word.text)).toEqual(["L'", "ONU", "prend", "ses", "distances"]);
    expect(alignment.source[1]).toMatchObject({ start: 2, end: 5, isContent: true });
    expect(alignment.source[0].isContent).toBe(false);
  });

  it("learns a pair no lexicon knows (made-up words) from a trained model", () => {
    const pairs = [
      { source: "La zorbule chante.", target: "The quib sings." },
      { source: "Une zorbule dort.", target: "A quib sleeps." },
      { source: "La zorbule saute.", target: "The quib jumps." },
    ];
    const model = trainTranslationModel(pairs);
    expect(linkedPairs("La zorbule mange.", "The quib eats.")).not.toContain("zorbule→quib");
    expect(linkedPairs("La zorbule mange.", "The quib eats.", { model })).toContain("zorbule→quib");
  });
});
