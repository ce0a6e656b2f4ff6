import { describe } from "vitest";
import { itAcceptsEach, itFlagsEach } from "./helpers";

describe("role-reversal: a modal before the verb (\"va racheter\", \"is to be bought\") keeps the subject the verb's", () => {
  itFlagsEach("role-reversal", [
    ["Le groupe suédois Electrolux va racheter le fabricant italien Smeg pour 900 millions d'euros.", "Swedish group Electrolux is to be bought by Italian manufacturer Smeg for 900 million euros.", /Electrolux is to be bought/],
    ["Le constructeur Renault doit racheter la start-up Ampere avant la fin de l'année.", "Carmaker Renault has to be bought by the start-up Ampere before the end of the year.", /Renault has to be bought/],
  ]);
  itAcceptsEach("role-reversal", [
    ["Le groupe suédois Electrolux va racheter le fabricant italien Smeg pour 900 millions d'euros.", "Swedish group Electrolux is to buy Italian manufacturer Smeg for 900 million euros."],
    ["Le groupe suédois Electrolux va être racheté par le fabricant italien Smeg pour 900 millions d'euros.", "Swedish group Electrolux is to be bought by Italian manufacturer Smeg for 900 million euros."],
    ["Le constructeur Renault doit racheter la start-up Ampere avant la fin de l'année.", "Carmaker Renault is to buy the start-up Ampere before the end of the year."],
  ]);
});
