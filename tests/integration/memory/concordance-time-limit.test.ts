import { describe, expect, it } from "vitest";
import { searchConcordance } from "@/lib/memory/queries";
import { createDocument } from "@/tests/factories/documents";
import { createUser } from "@/tests/factories/users";

// Its own file (so its own database): the filler segments would change other memory tests' results.
describe("a short concordance query whose fuzzy look-up runs out of time", () => {
  it("answers from full text alone instead of making the user wait", async () => {
    const editor = await createUser({ role: "editor", name: "Eddie Editor" });
    // Thousands of segments holding nearly every trigram of the query, scattered (word similarity
    // 0.37): the trigram index yields each and pg_trgm rechecks each, far beyond a 1 ms limit.
    const filler = Array.from({ length: 3_000 }, (_, i) => ({
      source: `Il pleuvait, numéro ${i}.`,
      target: `It rained. Nothing happened for years, long days. Then doors closed with a bang, to everyone's relief, number ${i}.`,
    }));
    const document = await createDocument({
      title: "Nothing much",
      segments: [{ source: "Rien à voir.", target: "Nothing to do with it." }, { source: "Rien, dit Doo.", target: "Nothing, said Doo." }, ...filler],
    });
    const [fuzzyOnly, fullText] = document.segments;
    const query = { viewer: editor.viewer, input: { q: "Nothing to doo with it" } };

    const inTime = (await searchConcordance(query)).map((hit) => hit.segmentId);
    expect(inTime).toEqual(expect.arrayContaining([fuzzyOnly.id, fullText.id]));

    const outOfTime = (await searchConcordance({ ...query, shortFuzzyTimeoutMs: 1 })).map((hit) => hit.segmentId);
    expect(outOfTime).toContain(fullText.id);
    expect(outOfTime).not.toContain(fuzzyOnly.id);
  });
});
