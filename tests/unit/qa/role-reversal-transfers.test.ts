import { describe } from "vitest";
import { itAcceptsEach, itFlagsEach } from "./helpers";

describe("role-reversal: what the French sends to someone (à) the English takes from them (from)", () => {
  itFlagsEach("role-reversal", [
    ["Le Japon a accordé à l'Indonésie un prêt de 500 millions de dollars pour ses routes.", "Japan has borrowed $500 million from Indonesia for its roads.", /from Indonesia/],
    ["Le Louvre a restitué aux descendants d'un marchand d'art un dessin de Degas.", "The Louvre has acquired a Degas drawing from the descendants of an art dealer.", /from the descendants/],
  ]);
  itAcceptsEach("role-reversal", [
    ["Le Japon a accordé à l'Indonésie un prêt de 500 millions de dollars pour ses routes.", "Japan has lent Indonesia $500 million for its roads."],
    ["Le Japon a accordé à l'Indonésie un prêt de 500 millions de dollars pour ses routes.", "Japan has granted a $500 million loan to Indonesia for its roads."],
    ["Le Louvre a restitué aux descendants d'un marchand d'art un dessin de Degas.", "The Louvre has returned a Degas drawing to the descendants of an art dealer."],
    // "à" says the source with these verbs, which the English verb renders.
    ["Le Japon a acheté à l'Indonésie deux millions de tonnes de charbon.", "Japan has bought two million tonnes of coal from Indonesia."],
    ["La commune a emprunté aux banques locales 20 millions d'euros.", "The town has borrowed 20 million euros from local banks."],
  ]);
});

describe("role-reversal: a contest's verb with \"from\" is not a transfer turned round", () => {
  itAcceptsEach("role-reversal", [
    ["Le Japon a ravi à la Chine le titre mondial.", "Japan won the world title from China."],
  ]);
});

describe("role-reversal: an action noun's possessive is its giver when the noun has a recipient", () => {
  itFlagsEach("role-reversal", [
    ["Moscou dénonce la livraison par Washington à Kiev de missiles à longue portée.", "Moscow condemns Kyiv's delivery to Washington of long-range missiles.", /Kyiv's delivery to Washington/],
    ["Le Kremlin a protesté contre la vente par la Suède à la Pologne de deux avions radar.", "The Kremlin protested against Poland's sale to Sweden of two radar planes.", /Poland's sale to Sweden/],
  ]);
  itAcceptsEach("role-reversal", [
    ["Moscou dénonce la livraison par Washington à Kiev de missiles à longue portée.", "Moscow condemns Washington's delivery to Kyiv of long-range missiles."],
    ["Le Kremlin a protesté contre la vente par la Suède à la Pologne de deux avions radar.", "The Kremlin protested against Sweden's sale to Poland of two radar planes."],
    // A "by" agent beside the possessive: the possessive is what the noun acts upon.
    ["L'expulsion des squatteurs par la préfecture vers un gymnase a eu lieu mardi.", "The squatters' eviction by the prefecture to a gymnasium took place on Tuesday."],
  ]);
});
