import { describe } from "vitest";
import { itAcceptsEach } from "./helpers";

// "en" and "y" stand among the auxiliaries as clitics ("il en a parlé"), but "en" is also a
// preposition: in "l'approvisionnement en gaz" the noun before it is no subject of "gaz", and the
// English compound "gas supplies" reverses nothing.
describe("role-reversal: a noun after the preposition en", () => {
  itAcceptsEach("role-reversal", [
    ["La Hongrie bloque l'accord en raison de ses inquiétudes sur l'approvisionnement en gaz.", "Hungary is blocking the deal over concerns about gas supplies."],
    ["L'Italie s'inquiète de son approvisionnement en électricité cet hiver.", "Italy is worried about its electricity supply this winter."],
  ]);
});
