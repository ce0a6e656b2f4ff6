import { describe, expect, it } from "vitest";
import { logRatio } from "@/lib/qa/gaps/length-ratio";
import { findingsOf, targetTextOf } from "./helpers";

// A member coordinated before a rendered word ("[asbestos removal] and renovation work") whose
// French counterpart stands alone ("travaux de rénovation"): added, as a member after "and" is.
describe("content-addition on a member coordinated before a rendered word", () => {
  it.each([
    ["Le musée restera fermé pendant deux ans pour des travaux de rénovation.",
      "The museum will stay closed for two years for asbestos removal and renovation work.", "asbestos removal"],
    ["La Commission européenne a ouvert mercredi une enquête sur les subventions accordées aux constructeurs chinois.",
      "The European Commission opened an investigation on Wednesday into the import tariffs and subsidies granted to Chinese carmakers.", "import tariffs"],
  ])("flags “%s” rendered as “%s”", (source, target, added) => {
    const [finding, ...rest] = findingsOf("content-addition", source, target);
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toMatch(added);
  });

  it.each([
    ["Le musée restera fermé pendant deux ans pour des travaux de désamiantage et de rénovation.",
      "The museum will stay closed for two years for asbestos removal and renovation work."],
    // A phrase set off by commas is no member of what follows the "and".
    ["Nous avions décidé de, hem, mettre de côté nos différends avec les nains et de nous occuper de ce problème d'abord.",
      "We, erm, put our differences aside with the dwarves, for the moment, and decided to deal with this first."],
  ])("accepts “%s” rendered as “%s”", (source, target) => {
    // A document whose English runs as long as this one: the target is no longer than usual.
    const documentStats = { medianLogRatio: logRatio({ id: "x", source, target })!, madLogRatio: 0.1, count: 50 };
    expect(findingsOf("content-addition", source, target, { documentStats })).toEqual([]);
  });
});

// "in mice" renders "chez la souris" (an irregular plural): the member after it stands alone.
describe("content-addition on a member coordinated after an irregular plural", () => {
  it("flags the member the French does not have", () => {
    const source = "Des chercheurs ont identifié une molécule capable de bloquer la réplication du virus Zika chez la souris, selon une étude publiée mardi.";
    const target = "Researchers have identified a molecule that can block replication of the Zika virus in mice and in human cells, according to a study published on Tuesday.";
    const [finding, ...rest] = findingsOf("content-addition", source, target);
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toBe("and in human cells");
  });

  it("accepts the member the French has", () => {
    const source = "Des chercheurs ont identifié une molécule capable de bloquer la réplication du virus Zika chez la souris et dans des cellules humaines, selon une étude publiée mardi.";
    const target = "Researchers have identified a molecule that can block replication of the Zika virus in mice and in human cells, according to a study published on Tuesday.";
    expect(findingsOf("content-addition", source, target)).toEqual([]);
  });
});
