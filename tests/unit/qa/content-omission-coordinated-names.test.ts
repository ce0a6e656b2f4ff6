import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf } from "./helpers";

// Issue 12: a name that "et"/"ou" joins to another name or a noun ("Kalenz et Landar", "Tallin et ses hommes")
// is dropped, and the English keeps only the other one. Each error beside the faithful English, which keeps
// both and must stay quiet.

/** French, English that keeps one name only, the name it drops, English that keeps both. */
const DROPPED_PARTNERS: Array<[string, string, string, string]> = [
  ["Kalenz et Landar quittèrent la forêt à l'aube.", "Kalenz left the forest at dawn.", "Landar", "Kalenz and Landar left the forest at dawn."],
  ["Des orages violents ont frappé Lyon et Grenoble dimanche soir.", "Violent storms hit Lyon on Sunday evening.", "Grenoble",
    "Violent storms hit Lyon and Grenoble on Sunday evening."],
  ["Il faut que Delfador ou Kalenz mène l'armée vers le nord.", "Kalenz must lead the army north.", "Delfador", "Delfador or Kalenz must lead the army north."],
  ["La ministre a reçu les maires de Rennes et de Brest", "The minister received the mayors of Rennes", "Brest", "The minister received the mayors of Rennes and Brest"],
  // Joined to a noun the English keeps: "Tallin et ses hommes" → "his men".
  ["Après la bataille, Tallin et ses hommes rentrèrent aux mines.", "After the battle, his men returned to the mines.", "Tallin",
    "After the battle, Tallin and his men returned to the mines."],
];

describe("content-omission of a name joined to another", () => {
  it.each(DROPPED_PARTNERS)("reports the name the English drops from the pair: %s", (source, target, name) => {
    const found = findingsOf("content-omission", source, target);
    expect(found.map((finding) => sourceTextOf(finding, source))).toEqual([name]);
    expect(found[0].message).toMatch(/ in “\S+ (?:et|ou) .+”, but the target names it nowhere/);
  });

  it.each(DROPPED_PARTNERS)("is quiet when the English keeps both names: %s", (source, _target, _name, faithful) => {
    expect(findingsOf("content-omission", source, faithful)).toEqual([]);
  });

  it.each([
    // Both names rendered by a description: no name of the pair is kept, so none is reported as left out of it.
    ["Kalenz et Landar quittèrent la forêt à l'aube.", "The two elves left the forest at dawn."],
    // "et" joins the name to a noun the English does not keep either: rendered together ("the royal party"), not one dropped.
    ["Ce jour-là, le roi et Landar quittèrent la forêt à l'aube.", "That day the royal party left the forest at dawn."],
    // A punctuation mark ends the list: "et" opens a clause of its own.
    ["Landar partit avec Kalenz ; et Delfador resta.", "Landar left with Kalenz; and Delfador stayed."],
  ])("stays quiet on %j → %j", (source, target) => {
    expect(findingsOf("content-omission", source, target).map((finding) => sourceTextOf(finding, source))).not.toContain("Landar");
  });
});
