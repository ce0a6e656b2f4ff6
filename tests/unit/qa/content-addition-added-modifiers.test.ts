import { describe } from "vitest";
import { itAcceptsEach, itFlagsEach } from "./helpers";

// A modifier the target puts before a rendered noun ("the immediate closure" for "la fermeture"): one
// word, too short for an added phrase, but a claim nothing in the French makes.

describe("content-addition on a modifier added before a rendered noun", () => {
  itFlagsEach("content-addition", [
    ["La préfecture a ordonné mardi la fermeture de plusieurs plages après une pollution.",
      "The prefecture on Tuesday ordered the immediate closure of several beaches after a pollution incident.", /^immediate$/],
    ["Le gouvernement colombien a annoncé la suspension des négociations avec les rebelles après une attaque contre une caserne.",
      "The Colombian government announced the indefinite suspension of negotiations with the rebels after an attack on a barracks.", /^indefinite$/],
  ]);
});

describe("content-addition on a modifier the French says", () => {
  itAcceptsEach("content-addition", [
    ["La préfecture a ordonné mardi la fermeture immédiate de plusieurs plages après une pollution.",
      "The prefecture on Tuesday ordered the immediate closure of several beaches after a pollution incident."],
    // Said by a relative clause: "un montant qui n'a pas été dévoilé".
    ["Le groupe a racheté une participation majoritaire dans la start-up pour un montant qui n'a pas été dévoilé.",
      "The group bought a majority stake in the start-up for an undisclosed amount."],
    // A French noun English renders with a compound: "lycée", "secondary school".
    ["L'auteure de 34 ans enseigne le français dans un lycée de Dunkerque.", "The 34-year-old author teaches French at a secondary school in Dunkirk."],
  ]);
});
