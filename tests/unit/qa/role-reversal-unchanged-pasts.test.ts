import { describe } from "vitest";
import { itAcceptsEach, itFlagsEach } from "./helpers";

describe("role-reversal: English pasts spelt like their base", () => {
  itFlagsEach("role-reversal", [
    ["En finale, le Leinster a été battu par La Rochelle (27-26) samedi.", "Leinster beat La Rochelle 27-26 in the final on Saturday.", /beat/],
    ["Le Stade toulousain a été battu par le Racing 92 dimanche.", "Stade Toulousain beat Racing 92 on Sunday.", /beat/],
    // Read on the verb and its subject now that "beat" is one, before the pronoun reading.
    ["Nous avons battu l'équipe de Lyon dimanche.", "The Lyon team beat us on Sunday.", /^team beat$/],
  ]);
  itAcceptsEach("role-reversal", [
    ["En finale, le Leinster a battu La Rochelle (27-26) samedi.", "Leinster beat La Rochelle 27-26 in the final on Saturday."],
    ["Le Stade toulousain a été battu par le Racing 92 dimanche.", "Racing 92 beat Stade Toulousain on Sunday."],
  ]);
});
