import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf } from "./helpers";

// A sentence's last phrase or clause left out, the English stopping at the word before it: a tail
// after which the target says nothing more has no rendering anywhere, however short it is.

/** French, English that stops short, the tail it drops, a faithful English. */
const CUT_TAILS: Array<[string, string, string, string]> = [
  ["La Commission a ouvert une enquête contre le groupe, soupçonné de pratiques anticoncurrentielles, ce que l'entreprise conteste fermement.",
    "The Commission has opened an investigation into the group over suspected anti-competitive practices.", "ce que l'entreprise conteste fermement",
    "The Commission has opened an investigation into the group over suspected anti-competitive practices, which the company firmly denies."],
  // "since" renders "depuis": the English has no word for the cause.
  ["Deux services d'urgences pédiatriques de la région sont fermés la nuit depuis septembre faute de médecins.",
    "Two paediatric emergency departments have been closed at night since September.", "faute de médecins",
    "Two paediatric emergency departments in the region have been closed at night since September for lack of doctors."],
  // A member joined by "et" that ends the sentence: the English stops at the member before it.
  ["Les éclaireurs les plus courageux avaient trouvé des traces de nombreux trolls et de créatures plus diaboliques encore.",
    "The bravest of the scouts had found traces of many trolls.", "et de créatures plus diaboliques",
    "The bravest of the scouts had found traces of many trolls and of creatures more evil still."],
  ["La tempête a privé d'électricité des milliers de foyers en Bretagne et plusieurs hôpitaux normands.",
    "The storm left thousands of homes in Brittany without power.", "et plusieurs hôpitaux normands",
    "The storm left thousands of homes in Brittany and several Normandy hospitals without power."],
  // A relative clause ending the sentence, none of whose words the English renders, even in an English longer than usual.
  ["Le maire sortant a été battu au second tour par son ancien adjoint Marc Vidal, qui conteste les résultats.",
    "The outgoing mayor, who has held office since the last century, was beaten in the run-off by his former deputy Marc Vidal.", "qui conteste les résultats",
    "The outgoing mayor was beaten in the run-off by his former deputy Marc Vidal, who is contesting the results."],
  ["Le navire a été arraisonné au large de la Crète par les garde-côtes grecs, dont les vedettes patrouillaient depuis l'aube.",
    "The vessel, a cargo ship flying the flag of Togo, was boarded off Crete by the Greek coastguard.", "dont les vedettes patrouillaient depuis l'aube",
    "The vessel was boarded off Crete by the Greek coastguard, whose patrol boats had been out since dawn."],
];

describe("content-omission of a sentence's tail", () => {
  it.each(CUT_TAILS)("reports the tail after which the English says nothing: %s", (source, target, tail) => {
    const found = findingsOf("content-omission", source, target);
    expect(found.map((finding) => sourceTextOf(finding, source))).toContain(tail);
  });

  it.each(CUT_TAILS)("is quiet when the English renders the tail: %s", (source, _target, _tail, faithful) => {
    expect(findingsOf("content-omission", source, faithful)).toEqual([]);
  });
});
