import { describe } from "vitest";
import { itAcceptsEach, itFlagsEach } from "./helpers";

describe("role-reversal: the source's subject made a side party while another participant takes its place", () => {
  itFlagsEach("role-reversal", [
    ["Le groupe Vivendi a retiré son offre sur Lagardère, invoquant les conditions du régulateur.", "Lagardère withdrew its offer for Vivendi, citing the regulator's conditions.", /withdrew its offer for Vivendi/],
    ["Sanofi a retiré son offre publique d'achat sur la biotech Ablynx, invoquant les conditions du régulateur.", "Ablynx withdrew its takeover bid for Sanofi, citing the regulator's conditions.", /for Sanofi/],
    ["Le Qatar a suspendu ses livraisons de gaz vers la Belgique, invoquant des raisons de sécurité.", "Belgium suspended its gas deliveries to Qatar, citing security reasons.", /to Qatar/],
  ]);
  itAcceptsEach("role-reversal", [
    ["Le groupe Vivendi a retiré son offre sur Lagardère, invoquant les conditions du régulateur.", "Vivendi withdrew its offer for Lagardère, citing the regulator's conditions."],
    ["Le groupe Vivendi a retiré son offre sur Lagardère, invoquant les conditions du régulateur.", "The Vivendi group withdrew its bid for Lagardère, citing the regulator's conditions."],
  ]);
});
