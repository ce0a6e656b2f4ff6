import { describe } from "vitest";
import { itAcceptsEach } from "./helpers";

// A news desk's one-word turns for a French word or two (bench/meaning/news/dev9.json): a qualifier
// said by the English noun, a verb of stopping said by "to halt".
describe("content-omission: a qualifier said by the English noun", () => {
  itAcceptsEach("content-omission", [
    ["Le Rassemblement national a remporté dimanche la législative partielle dans la 2e circonscription de l'Aube, avec 58 % des suffrages exprimés.",
      "The National Rally won Sunday's by-election in the Aube's 2nd constituency with 58% of the votes cast."],
    ["Une élection municipale partielle aura lieu en mars à Grenoble après la démission du conseil.",
      "A municipal by-election will be held in Grenoble in March after the council resigned."],
  ]);
});

describe("content-addition: a verb of stopping rendered by \"to halt\"", () => {
  itAcceptsEach("content-addition", [
    ["Amnesty International a exhorté les autorités iraniennes à suspendre l'exécution d'un jeune manifestant condamné à mort en octobre.",
      "Amnesty International urged the Iranian authorities to halt the execution of a young protester sentenced to death in October."],
  ]);
});

describe("content-addition: a gloss saying what a body does, for foreign readers", () => {
  itAcceptsEach("content-addition", [
    ["Le SNPL a appelé à la grève pour le week-end de Pâques.", "The SNPL, the union representing airline pilots, called a strike for the Easter weekend."],
    ["L'ASN a ordonné l'arrêt du réacteur de Flamanville.", "The ASN, the agency overseeing nuclear safety, ordered the Flamanville reactor shut down."],
  ]);
});
