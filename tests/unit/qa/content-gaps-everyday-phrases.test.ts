import { describe, expect, it } from "vitest";
import { findingsOf } from "./helpers";

// Issue 12: everyday phrases of speech and story ("une bonne fois pour toutes", "combien de temps") that
// the news lexicon and FreeDict do not render, read as left out when they are only said otherwise.

describe("content-omission on everyday phrases", () => {
  it.each([
    ["Nous allons en finir avec eux une bonne fois pour toutes.", "We are going to end them once and for all."],
    ["Depuis combien de temps êtes-vous ici ?", "How long have you been here?"],
    ["Depuis combien de temps êtes-vous dans cette ville ?", "How long have you been in this town?"],
  ])("is quiet on %s", (source, target) => {
    expect(findingsOf("content-omission", source, target)).toEqual([]);
  });

  it("still reports a question of time the English leaves out", () => {
    expect(findingsOf("content-omission", "Depuis combien de temps êtes-vous dans cette ville ?", "Are you in this town?")).not.toEqual([]);
  });
});
