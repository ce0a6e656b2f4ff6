import { describe, expect, it } from "vitest";
import { expectOnlyFinding, findingsOf } from "./helpers";

// A company or product whose name is also an English word ("Amazon", "Apple", "Orange") stands in for
// a French name the English drops: a lone capitalised word mid-sentence that renders no French word.
describe("entity-mismatch on a name that is also a dictionary word", () => {
  it.each([
    ["Le groupe roubaisien OVHcloud a été retenu pour héberger les données de santé de l'Assurance maladie, à la place de Microsoft.", "Roubaix-based OVHcloud has been chosen to host the national health insurance fund's health data instead of Amazon.", "Microsoft", "Amazon"],
    ["Le fonds a cédé sa participation dans Vodafone au printemps.", "The fund sold its stake in Orange in the spring.", "Vodafone", "Orange"],
  ])("flags %j rendered %j", (source, target, sourceName, targetName) => {
    expectOnlyFinding("entity-mismatch", source, target, sourceName, targetName);
  });

  it.each([
    ["Le groupe roubaisien OVHcloud a été retenu pour héberger les données de santé de l'Assurance maladie, à la place de Microsoft.", "Roubaix-based OVHcloud has been chosen to host the national health insurance fund's health data instead of Microsoft."],
    // Words of a longer name, a ruler's number and a nationality translate; they stand in for nothing.
    ["Car c'est l'histoire d'Haldric Ier, et de l'Essor de Wesnoth...", "For this is the story of Haldric the First and the Rise of Wesnoth..."],
    ["L'autrice, Claire Vasseur, enseigne les lettres dans un lycée de Dunkerque.", "The author, Claire Vasseur, teaches French literature at a secondary school in Dunkirk."],
  ])("reads %j → %j as faithful", (source, target) => {
    expect(findingsOf("entity-mismatch", source, target)).toEqual([]);
  });
});
