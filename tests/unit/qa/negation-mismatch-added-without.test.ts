import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf } from "./helpers";

// A "without" phrase the English adds, linked to nothing French, does not say the French negation it
// stands beside (bench/meaning/news/dev7.json: "n'aurait pas recours à l'article 49.3" → "would use
// Article 49.3 … through parliament without a vote").
describe("negation-mismatch beside an added “without” phrase", () => {
  it.each([
    ["La ministre a affirmé mardi que le gouvernement n'utiliserait pas les ordonnances pour réformer l'assurance chômage.",
      "The minister said on Tuesday that the government would use executive orders to reform unemployment insurance without a parliamentary debate.", "n'utiliserait pas"],
  ])("flags “%s” rendered affirmative as “%s”", (source, target, negator) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(finding && sourceTextOf(finding, source)).toBe(negator);
  });
});
