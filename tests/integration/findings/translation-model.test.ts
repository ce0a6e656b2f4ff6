import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { trainStoredTranslationModel } from "@/lib/findings/translation-model";
import { createDocument } from "@/tests/factories/documents";

// "grenouille" is in no shipped lexicon: only the stored segments can teach it.
const SEGMENTS = [
  { source: "La grenouille chante dans le jardin.", target: "The frog sings in the garden." },
  { source: "Une grenouille verte dort.", target: "A green frog sleeps." },
  { source: "La grenouille saute haut.", target: "The frog jumps high." },
  { source: "Le jardin est calme.", target: "The garden is quiet." },
];

describe("the translation model trained on stored segments", () => {
  it("learns a word pair from published texts and counts approved corrections", async () => {
    const document = await createDocument({ segments: SEGMENTS });
    const before = await trainStoredTranslationModel();
    expect(before.model.table.get("grenouill")?.get("frog")).toBeGreaterThan(0.3);
    expect(before.model.table.get("grenouill")?.has("toad")).toBe(false);

    // An approved correction: the current English differs from the published one, and both are learnt from.
    await getPrisma().segment.update({ where: { id: document.segments[3].id }, data: { sourceText: "La grenouille est calme.", currentText: "The toad is quiet." } });
    const after = await trainStoredTranslationModel();
    expect(after.model.table.get("grenouill")?.get("frog")).toBeGreaterThan(0.3);
    expect(after.segmentCount).toBe(before.segmentCount);
    expect(after.model.pairCount).toBe(before.model.pairCount + 1);
  });
});
