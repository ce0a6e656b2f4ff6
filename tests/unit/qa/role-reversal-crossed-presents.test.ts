import { describe } from "vitest";
import { itAcceptsEach, itFlagsEach } from "./helpers";

describe("role-reversal: participants crossed around a present tense", () => {
  itFlagsEach("role-reversal", [
    ["Les salariés de l'usine de Cordemais reprochent à la direction d'EDF d'avoir caché le plan social.", "EDF management accuses workers at the Cordemais plant of hiding the redundancy plan.", /accuses/],
  ]);
  itAcceptsEach("role-reversal", [
    ["Les salariés de l'usine de Cordemais reprochent à la direction d'EDF d'avoir caché le plan social.", "Workers at the Cordemais plant accuse EDF management of hiding the redundancy plan."],
    // A subject ends on its noun: "ten" is a figure, so "involves" is not read as the verb between them.
    ["L'usage du téléphone au volant est en cause dans un accident sur dix.", "One accident in ten involves a driver using a phone."],
  ]);
});
