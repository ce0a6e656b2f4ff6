import { describe, expect, it } from "vitest";
import { computeDocumentStats, contentLength } from "@/lib/qa/gaps/length-ratio";
import { runChecks } from "@/lib/qa/run-checks";
import { findingsOf, targetTextOf } from "./helpers";

describe("untranslated", () => {
  it.each([
    ["Craig Mokhiber", "Craig Mokhiber"],
    ["Gaza, 28 octobre 2023", "Gaza, October 28, 2023"],
    ["Il a été entendu par la commission.", "He was heard by the committee, a fait accompli."],
    ["Il dénonce un coup d'État, l'élite du régime et une impression de déjà-vu.", "He denounces a coup d'état, the regime's élite and its déjà-vu."],
    ["Il a lu Le Monde.", "He read Le Monde and Libération."],
    // French names English news keeps as they are, and the French administrative words it keeps.
    ["Le PSG s'est incliné au Parc des Princes.", "PSG lost at the Parc des Princes."],
    ["Santé publique France recommande la vaccination.", "Santé publique France, the public health agency, recommends vaccination."],
    ["Il a versé 15 000 euros à l'association Eau et Rivières de Bretagne.", "He paid €15,000 to the environmental group Eau et Rivières de Bretagne."],
    ["Le trafic est interrompu entre Gare du Nord et Roissy.", "Services are suspended between Gare du Nord and Roissy."],
    ["L'Académie française a élu Amin Maalouf.", "The Académie française has elected Amin Maalouf."],
    ["Le prix a été décerné pour « La Maison des digues ».", "The prize went to her novel 'La Maison des digues'."],
    ["Douze départements sont en vigilance rouge.", "Twelve départements are on red alert."],
  ])("accepts text that is translated or legitimately French: %j", (source, target) => {
    expect(findingsOf("untranslated", source, target)).toEqual([]);
  });

  it("flags a target identical to its French source", () => {
    const source = "Prendre ses distances avec l'ONU";
    const [finding] = findingsOf("untranslated", source, source);
    expect(finding.message).toBe("The target is identical to the source “Prendre ses distances avec l'ONU”.");
  });

  it("flags a French clause left in the English", () => {
    const target = "He resigned at the end of October. Il dénonce les bombardements israéliens sur Gaza et la complicité des gouvernements.";
    const [finding] = findingsOf("untranslated", "Il a démissionné fin octobre. Il dénonce les bombardements.", target);
    expect(targetTextOf(finding, target)).toBe("Il dénonce les bombardements israéliens sur Gaza et la complicité des gouvernements");
  });

  it.each([
    ["La région moderne de Lombardie doit son nom aux Lombards.", "The modern region of Lombardy doit son nom aux Lombards.", "doit son nom aux Lombards"],
    ["La frontière entre les deux nations fluctua encore et encore.", "The border between the two nations fluctua encore et encore.", "nations fluctua encore et encore"],
    // Capitalised because it opens the sentence, not because it is a name.
    ["Selon le ministre, la campagne commence lundi.", "Selon le ministre, the campaign starts on Monday.", "Selon le ministre"],
  ])("flags a passage copied from the French: %j", (source, target, copied) => {
    const [finding] = findingsOf("untranslated", source, target);
    expect(targetTextOf(finding, target)).toBe(copied);
  });

  it("flags a French word copied from the source", () => {
    const target = "He points out the complicité of Western governments.";
    const [finding] = findingsOf("untranslated", "Il pointe la complicité des gouvernements occidentaux.", target);
    expect(targetTextOf(finding, target)).toBe("complicité");
  });
});

const SOURCE = "Craig Mokhiber a démissionné fin octobre pour dénoncer les bombardements israéliens sur Gaza.";
const TARGET = "Craig Mokhiber resigned at the end of October to denounce the Israeli bombings of Gaza.";

describe("omission and addition", () => {
  it.each([
    ["omission", { id: "s", source: SOURCE, target: "", kind: "1-0" }],
    ["addition", { id: "s", source: "", target: TARGET, kind: "0-1" }],
    ["omission", { id: "s", source: SOURCE, target: "Craig Mokhiber resigned." }],
    ["addition", { id: "s", source: "Craig Mokhiber a démissionné.", target: TARGET }],
    ["addition", { id: "s", source: "Ils vivaient dans les états américains de Géorgie et d'Alabama.", target: "They lived in the U.S. states of Georgia and Alabama. Vermont is famous for maple syrup." }],
  ] as const)("flags %s in %j", (checkId, pair) => {
    const findings = runChecks([pair]).filter((finding) => finding.checkId === "omission" || finding.checkId === "addition");
    expect(findings.map((finding) => finding.checkId)).toEqual([checkId]);
  });

  it.each([
    ["a faithful translation", TARGET],
    ["a somewhat freer translation", "Mokhiber quit in late October, denouncing Israel's bombing of the Gaza Strip."],
  ])("accepts %s", (_, target) => {
    expect(findingsOf("omission", SOURCE, target)).toEqual([]);
    expect(findingsOf("addition", SOURCE, target)).toEqual([]);
  });

  it("measures the spread from the document itself", () => {
    const pairs = Array.from({ length: 30 }, (_, i) => ({ id: String(i), source: SOURCE, target: i % 2 ? TARGET : `${TARGET} Yes.` }));
    const stats = computeDocumentStats(pairs);
    expect(stats.count).toBe(30);
    expect(Math.exp(stats.medianLogRatio)).toBeCloseTo(0.93, 1);
  });
});

describe("contentLength", () => {
  it("counts letters and numbers in any script, as UTF-16 units, and nothing else", () => {
    expect(contentLength("L'ONU prend ses distances — 12 000 €.")).toBe(26);
    expect(contentLength("« Ça va ? » ½ ٣ Ⅻ")).toBe(7);
    expect(contentLength("𝐀bc 𝟏 漢字")).toBe(8);
    expect(contentLength(" ,;—…")).toBe(0);
  });
});
