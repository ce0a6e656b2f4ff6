import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf } from "./helpers";

// A noun phrase joined by "et"/"ou" left out ("Le maire et son directeur de cabinet" → "The mayor"):
// one word or two, often with no shortfall to speak of, but the English joins fewer members anywhere.

/** French, English without the member, the member, a faithful English. */
const DROPPED_MEMBERS: Array<[string, string, string, string]> = [
  ["Le directeur de l'usine et son adjoint ont été entendus jeudi par les enquêteurs de la gendarmerie de Vannes.",
    "The factory manager was questioned on Thursday by gendarmerie investigators in Vannes.", "et son adjoint",
    "The factory manager and his deputy were questioned on Thursday by gendarmerie investigators in Vannes."],
  ["Les syndicats de la SNCF et de la RATP appellent à la grève jeudi contre la réforme des retraites.",
    "SNCF unions are calling a strike on Thursday against the pension reform.", "et de la RATP",
    "Unions at SNCF and RATP are calling a strike on Thursday against the pension reform."],
];

describe("content-omission of a coordinated member", () => {
  it.each(DROPPED_MEMBERS)("reports the member the English joins nowhere: %s", (source, target, member) => {
    const found = findingsOf("content-omission", source, target);
    expect(found.map((finding) => sourceTextOf(finding, source))).toContainEqual(expect.stringMatching(new RegExp(`^${member}`)));
  });

  it.each(DROPPED_MEMBERS)("is quiet when the English joins it: %s", (source, _target, _member, faithful) => {
    expect(findingsOf("content-omission", source, faithful)).toEqual([]);
  });

  it.each([
    // A verb joined by "et" opens a clause, often folded into the other verb.
    ["Si nous voulons vaincre les morts-vivants, nous devons réformer et entraîner l'armée complètement différemment d'avant.",
      "If we are to defeat the undead, we need to reform the composition of our army."],
    // A member the English names in another spelling is rendered: "Ouagadou" is "Wagadou".
    ["L'Empire du Ghana ou du Ouagadou exista en Afrique Occidentale entre le IXème et le XIIIème siècle EC.",
      "The Ghana or Wagadou Empire existed in West Africa from the 9th to the 13th centuries CE."],
  ])("is quiet on a joined verb or a name spelt another way: %s", (source, target) => {
    expect(findingsOf("content-omission", source, target)).toEqual([]);
  });
});
