import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf } from "./helpers";

// After a copula "non" negates the attribute, even one the aligner cannot place: "a été jugé non
// conforme" is a judgement, not a term such as "gazole non routier" (bench/meaning/news/dev9.json).
describe("negation-mismatch on “non” after a copula", () => {
  it.each([
    ["Le plan local d'urbanisme de la commune a été déclaré non conforme à la loi littoral par le tribunal administratif.",
      "The town's local development plan was declared compliant with the coastal protection law by the administrative court.", "non"],
  ])("flags “%s” rendered affirmative as “%s”", (source, target, negator) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(finding && sourceTextOf(finding, source)).toBe(negator);
  });
});
