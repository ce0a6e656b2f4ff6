import { describe } from "vitest";
import { itAcceptsEach, itFlagsEach } from "./helpers";

// The news puts the day between the verb and its object: "a accusé mardi le préfet", "was accused on Tuesday by".
describe("role-reversal: a day between the verb and its participant", () => {
  itFlagsEach("role-reversal", [
    ["Le maire de Lyon a accusé mardi le préfet du Rhône de bloquer le projet.", "The mayor of Lyon was accused on Tuesday by the Rhône prefect of blocking the project.", /mayor of Lyon was accused/],
  ]);
  itAcceptsEach("role-reversal", [
    ["Le maire de Lyon a accusé mardi le préfet du Rhône de bloquer le projet.", "The mayor of Lyon on Tuesday accused the Rhône prefect of blocking the project."],
    ["Le maire de Lyon a accusé mardi le préfet du Rhône de bloquer le projet.", "The mayor of Lyon accused the Rhône prefect on Tuesday of blocking the project."],
    // A bare participle after a noun is a reduced relative: the study is what was published.
    ["Selon une étude publiée lundi par l'Insee, les prix ont baissé.", "According to a study published on Monday by Insee, prices fell."],
  ]);
});

describe("role-reversal: a date between the verb and its participant", () => {
  itFlagsEach("role-reversal", [
    ["L'Allemand Klaus Weber succédera le 1er mars à la Suédoise Anna Lind à la présidence de l'agence.", "Germany's Klaus Weber will be succeeded by Sweden's Anna Lind as head of the agency on March 1.", /Weber will be succeeded by Sweden's Anna/],
  ]);
  itAcceptsEach("role-reversal", [
    ["L'Allemand Klaus Weber succédera le 1er mars à la Suédoise Anna Lind à la présidence de l'agence.", "Germany's Klaus Weber will succeed Sweden's Anna Lind as head of the agency on March 1."],
    ["L'Allemand Klaus Weber succédera le 1er mars à la Suédoise Anna Lind à la présidence de l'agence.", "Sweden's Anna Lind will be succeeded on March 1 by Germany's Klaus Weber as head of the agency."],
  ]);
});

describe("role-reversal: a day between an English subject and its verb", () => {
  itFlagsEach("role-reversal", [
    ["L'hôpital de Nantes a reçu jeudi cinq tonnes de matériel envoyées par le CHU de Brest.", "Nantes hospital on Thursday sent five tonnes of equipment to the Brest university hospital.", /hospital on Thursday sent|sent five tonnes of equipment to the Brest/],
  ]);
  itAcceptsEach("role-reversal", [
    ["L'hôpital de Nantes a reçu jeudi cinq tonnes de matériel envoyées par le CHU de Brest.", "Nantes hospital on Thursday received five tonnes of equipment sent by the Brest university hospital."],
  ]);
});
