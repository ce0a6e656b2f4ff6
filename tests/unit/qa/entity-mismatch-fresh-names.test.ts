import { describe, expect, it } from "vitest";
import { expectOnlyFinding, findingsOf } from "./helpers";

// Issue 12, the fresh Wesnoth campaigns: names swapped for another name of the same story, and the
// names the French adapts (calques run together, cries drawn out, common words inside a name).

describe("entity-mismatch on names swapped for a lookalike", () => {
  it.each([
    // One consonant apart in their sound skeletons ("knrt"/"krt"), but opening on different sounds or changed inside a short name.
    ["Mais la troupe de Konrad ne fut pas seule à pénétrer dans les cavernes...", "But Garard’s party was not alone in entering the caves...", "Konrad", "Garard"],
    ["Plusieurs jours plus tard, le prince Haldric part dans son navire, l'Eldaric, quittant à jamais ses terres et son île.",
      "Several days later Prince Elensefar departs in his ship, the Eldaric, his home and the Green Isle lost to him forever.", "Haldric", "Elensefar"],
    ["Le commandant Aethyr se sacrifie au seigneur-liche Jevyan et", "Commander Aethyr sacrifices himself to Lich-Lord Asheviere and", "Jevyan", "Asheviere"],
    // A name spelt like a lower-case word of the other side ("Esten"/"l'est", "Abez"/"able") is not that word.
    ["Vous devez presser vers Lintanir, à l'est !", "You must come quickly east to Esten!!", "Lintanir", "Esten"],
    ["Au nord-est, passée la montagne aux griffons, vous pourriez traverser à gué le Grand Fleuve, à Abez.",
      "If you take a course bearing north-east, on past the mountain of gryphons, you will be able to ford the Great River at Krawg.", "Abez", "Krawg"],
    // A capitalised French word of another name ("Forêt du Silence") sounds like the new name, but is no name of its own.
    ["Les derniers fidèles de Landar furent épargnés mais furent bannis dans la forêt de Gitamoth, connue depuis sous le nom de Forêt du Silence.",
      "Landar’s remaining followers’ lives were spared, but they were banished to Cylanna forest, henceforth known as Silent Forest.", "Gitamoth", "Cylanna"],
    // A surname with a demonym's ending that the English dictionary does not know is a name ("Le Drian" is no "-ian" adjective).
    ["Le ministre des Affaires étrangères, Jean-Noël Barrot, a appelé mardi à un cessez-le-feu au Soudan.",
      "Foreign Minister Jean-Yves Le Drian on Tuesday called for a ceasefire in Sudan.", "Barrot", "Drian"],
  ])("flags %j rendered with another name", (source, target, sourceName, targetName) => {
    expectOnlyFinding("entity-mismatch", source, target, sourceName, targetName);
  });
});

describe("entity-mismatch on names the French adapts", () => {
  it.each([
    // Compounds run together and translated part by part.
    ["Nous venons d'affronter ses forces à Aiguenoire.", "We have come from fighting her forces at Blackwater."],
    ["Haldric et ses troupes se trouvent au cœur de la forêt de Vieuxbosc.", "Haldric’s band finds itself at the heart of the Oldwood Forest."],
    ["Pour le peuple du port d'Aigueclaire !", "For the people of Clearwater Port!"],
    // A hyphenated calque, with a creature the French names in lower case opening the English.
    ["Des griffons et des hommes des bois bien sélectionnés furent envoyés cette nuit là, et réussirent, moins de deux jours plus tard, à tendre une embuscade à un messager orc sur la route de Castel-Amer.",
      "Gryphons and a picked force of human woodsmen were sent out that very night, and less than two days later managed to ambush an orcish messenger on the road out of Bitterhold."],
    // A dictionary word of a name, translated beside its linked neighbour.
    ["Votre respiration soulève cette poussière qui était restée intacte depuis l'Âge Primaire.", "Your breath stirs dust that has lain untouched since the Primal Aeon."],
    ["Les derniers fidèles de Landar furent épargnés mais furent bannis dans la forêt de Gitamoth, connue depuis sous le nom de Forêt du Silence.",
      "Landar’s remaining followers’ lives were spared, but they were banished to Gitamoth forest, henceforth known as Silent Forest."],
    // Cries and hisses drawn out.
    ["(lâchant un torrent de feu en direction de Konrad et Li'sar...) Aaaah...", "(releasing a torrent of fire towards Konrad and Li’sar) Soooo..."],
    ["Ainsssi humains, vous revenez nous causer du tort.", "Ssso humansss, you’ve come to trouble usss again."],
  ])("stays silent on %j → %j", (source, target) => {
    expect(findingsOf("entity-mismatch", source, target)).toEqual([]);
  });

  it("still flags a calqued place rendered by another place", () => {
    expectOnlyFinding("entity-mismatch", "Nous venons d'affronter ses forces à Aiguenoire.", "We have come from fighting her forces at Weldyn.", "Aiguenoire", "Weldyn");
  });

  it("reads a name run together in camel case as rendered by its words", () => {
    const source = "Un bébé panda est né au ZooParc de Beauval, le troisième en France depuis 2017.";
    expect(findingsOf("content-omission", source, "A baby panda has been born at Beauval zoo, the third in France since 2017.")).toEqual([]);
  });
});
