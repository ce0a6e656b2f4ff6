import { describe } from "vitest";
import { itAcceptsEach, itFlagsEach } from "./helpers";

// Readings added after news24, a blind batch on twenty new domains, read once news25 had been written.
describe("negation-mismatch: a group none of whose members acts", () => {
  const source = "Aucun des 43 députés de l'opposition burundaise n'a pris part mardi au vote de la loi électorale, a indiqué le président de la chambre, qui a dénoncé un boycott « sans fondement ».";
  itAcceptsEach("negation-mismatch", [
    // "None" says "Aucun", "groundless" says "sans fondement": both negations rendered.
    [source, "None of Burundi's 43 opposition MPs took part in Tuesday's vote on the electoral law, said the speaker of the house, who denounced the boycott as groundless."],
    ["Aucune entreprise n'a répondu à l'appel d'offres lancé par la mairie, selon un conseiller municipal.", "No company answered the tender launched by the town hall, according to a local councillor."],
  ]);
  itFlagsEach("negation-mismatch", [
    [source, "Some of Burundi's 43 opposition MPs took part in Tuesday's vote on the electoral law, said the speaker of the house, who denounced the boycott as groundless.", /^Some of$/],
    [source, "All of Burundi's 43 opposition MPs took part in Tuesday's vote on the electoral law, said the speaker of the house, who denounced the boycott as groundless.", /^All of$/],
  ]);
});

describe("negation-mismatch: a case closed with no further action", () => {
  itAcceptsEach("negation-mismatch", [
    ["Le parquet a ordonné l'exhumation du corps afin de comparer son ADN aux traces prélevées sur les victimes, une affaire classée sans suite il y a vingt ans faute de suspect.",
      "Prosecutors ordered the exhumation of the body to compare his DNA with traces taken from the victims, a case that was closed twenty years ago for lack of a suspect."],
  ]);
});

describe("negation-mismatch: a word said by its converse", () => {
  itFlagsEach("negation-mismatch", [
    ["Aucune trace d'ADN exploitable n'a été retrouvée sur l'arme du crime, a reconnu mardi l'experte, fragilisant l'accusation contre Karim Benali.",
      "No usable DNA traces were found on the murder weapon, the expert acknowledged on Tuesday, strengthening the case against Karim Benali.", /^strengthening$/],
    ["Plusieurs églises ont été endommagées, a indiqué le Bureau national de gestion des catastrophes, qui a levé l'alerte au tsunami.",
      "Several churches were damaged, the National Emergency Management Office said, adding that it had maintained the tsunami alert.", /^maintained$/],
    ["Le survol de Paris par des drones sera interdit du 24 juillet au 11 août, sauf pour les forces de l'ordre et les diffuseurs accrédités, a annoncé mardi le préfet de police.",
      "Drone flights over Paris will be banned from July 24 to August 11, including for law enforcement and accredited broadcasters, the Paris police chief announced on Tuesday.", /^including$/],
  ]);
  itAcceptsEach("negation-mismatch", [
    ["Aucune trace d'ADN exploitable n'a été retrouvée sur l'arme du crime, a reconnu mardi l'experte, fragilisant l'accusation contre Karim Benali.",
      "No usable DNA traces were found on the murder weapon, the expert acknowledged on Tuesday, weakening the case against Karim Benali."],
    ["Plusieurs églises ont été endommagées, a indiqué le Bureau national de gestion des catastrophes, qui a levé l'alerte au tsunami.",
      "Several churches were damaged, the National Emergency Management Office said, adding that it had lifted the tsunami alert."],
    ["Le survol de Paris par des drones sera interdit du 24 juillet au 11 août, sauf pour les forces de l'ordre et les diffuseurs accrédités, a annoncé mardi le préfet de police.",
      "Drone flights over Paris will be banned from July 24 to August 11, except for law enforcement and accredited broadcasters, the Paris police chief announced on Tuesday."],
    // "y compris" is "including": nothing is turned round.
    ["Le survol de Paris par des drones sera interdit du 24 juillet au 11 août, y compris pour les forces de l'ordre, a annoncé mardi le préfet de police.",
      "Drone flights over Paris will be banned from July 24 to August 11, including for law enforcement, the Paris police chief announced on Tuesday."],
  ]);
});
