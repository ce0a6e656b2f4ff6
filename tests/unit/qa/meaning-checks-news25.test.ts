import { describe, it } from "vitest";
import { expectOnlyFinding, itAcceptsEach, itFlagsEach } from "./helpers";

// Readings added after news25, a blind batch on twenty new domains, read once news26 had been written.
describe("role-reversal: the states of Central Asia, the Gulf and the Pacific are countries too", () => {
  itFlagsEach("role-reversal", [
    ["Le Kirghizstan a restitué au Tadjikistan trois gardes-frontières capturés en septembre, a annoncé dimanche le comité d'État pour la sécurité nationale.",
      "Tajikistan has returned three border guards captured in September to Kyrgyzstan, the State Committee for National Security announced on Sunday.", /Tajikistan/],
    ["Le Bhoutan vendra à l'Inde l'intégralité de l'électricité produite par la centrale de Punatsangchhu-II, inaugurée samedi.",
      "India will sell Bhutan all the electricity produced by the Punatsangchhu-II plant, inaugurated on Saturday.", /Bhutan/],
  ]);
  itAcceptsEach("role-reversal", [
    ["Le Kirghizstan a restitué au Tadjikistan trois gardes-frontières capturés en septembre, a annoncé dimanche le comité d'État pour la sécurité nationale.",
      "Kyrgyzstan has returned three border guards captured in September to Tajikistan, the State Committee for National Security announced on Sunday."],
    ["Le Bhoutan vendra à l'Inde l'intégralité de l'électricité produite par la centrale de Punatsangchhu-II, inaugurée samedi.",
      "Bhutan will sell India all the electricity produced by the Punatsangchhu-II plant, inaugurated on Saturday."],
  ]);
});

describe("entity-mismatch: a people's adjective of the Pacific put in another's place", () => {
  itFlagsEach("entity-mismatch", [
    ["Le match a été marqué par l'expulsion du pilier samoan Iosefa Leiataua à la 30e minute.",
      "The match was marked by the sending-off of Tongan prop Iosefa Leiataua in the 30th minute.", /^Tongan$/],
  ]);
  itAcceptsEach("entity-mismatch", [
    ["Le match a été marqué par l'expulsion du pilier samoan Iosefa Leiataua à la 30e minute.",
      "The match was marked by the sending-off of Samoan prop Iosefa Leiataua in the 30th minute."],
  ]);
});

describe("negation-mismatch: a word of a name says no nothing", () => {
  const source = "Le port de Djibouti n'a enregistré aucune baisse de son trafic conteneurs au premier semestre, a assuré lundi le président de l'Autorité des ports et des zones franches, Aboubaker Omar Hadi.";
  itFlagsEach("negation-mismatch", [
    // "Free" of "Free Zones Authority" renders "franches", not the negation of "aucune".
    [source, "Djibouti's port recorded a fall in container traffic in the first half of the year, Aboubaker Omar Hadi, chairman of the Ports and Free Zones Authority, said on Monday.", /recorded/],
  ]);
  // "Independent" of the commission's name says no lack: "Faute d'accord" rendered "Following an agreement" is still reversed.
  it("flags a lack turned into a presence beside a name that looks negative", () => {
    expectOnlyFinding("negation-mismatch", "Faute d'accord, la Commission électorale indépendante a reporté la publication des résultats.",
      "Following an agreement, the Independent Electoral Commission postponed the publication of the results.", "Faute d'accord", null);
  });
  itAcceptsEach("negation-mismatch", [
    [source, "Djibouti's port recorded no fall in container traffic in the first half of the year, Aboubaker Omar Hadi, chairman of the Ports and Free Zones Authority, said on Monday."],
  ]);
});

describe("content-addition: a time of day or a larger undertaking the French does not give", () => {
  itFlagsEach("content-addition", [
    ["Deux hommes ont été interpellés lundi à Marseille dans le cadre de l'enquête sur le vol de bijoux au Louvre, a annoncé la procureure de Paris, Laure Beccuau.",
      "Two men were arrested in Marseille on Monday in a dawn raid as part of the investigation into the theft of jewels from the Louvre, Paris prosecutor Laure Beccuau announced.", /dawn raid/],
    ["Des pluies torrentielles ont provoqué des glissements de terrain dans le nord du pays, a indiqué mardi la protection civile, qui fait état de trois disparus.",
      "Torrential rain triggered landslides overnight in the north of the country, the civil protection agency said on Tuesday, reporting three people missing.", /^overnight$/],
    ["Le Kényan Eliud Kipchoge a annoncé mardi à Eldoret qu'il participerait en décembre au marathon de Honolulu, une course qu'il n'a encore jamais disputée.",
      "Kenya's Eliud Kipchoge announced in Eldoret on Tuesday that he would run the Honolulu Marathon in December as part of a world tour, a race he has never contested.", /as part of/],
  ]);
  itAcceptsEach("content-addition", [
    ["Deux hommes ont été interpellés lundi à l'aube à Marseille, a annoncé la procureure de Paris, Laure Beccuau.",
      "Two men were arrested in a dawn raid in Marseille on Monday, Paris prosecutor Laure Beccuau announced."],
    ["Des pluies torrentielles ont provoqué dans la nuit de lundi à mardi des glissements de terrain dans le nord du pays, a indiqué la protection civile.",
      "Torrential rain triggered landslides in the north of the country overnight from Monday to Tuesday, the civil protection agency said."],
    ["Le Kényan Eliud Kipchoge a annoncé qu'il participerait au marathon de Honolulu dans le cadre d'une tournée mondiale.",
      "Kenya's Eliud Kipchoge announced that he would run the Honolulu Marathon as part of a world tour."],
    // Freeciv's nation legends: "en tant que part de" says it, and so does the incorporation.
    ["En 1944, le pays fut incorporé à l'Union soviétique en tant que part de la République socialiste fédérative soviétique de Russie.",
      "In 1944 it was incorporated in the Soviet Union as a part of the Russian Soviet Federative Socialist Republic."],
    // "unie" is "unified": no qualifier is added to the nation.
    ["Au XVIIe siècle, le Bhoutan devint une nation unie sous Shabdrung Ngawang Namgyal, qui a repoussé une invasion mongole.",
      "In the 17th century Bhutan became a unified nation under Shabdrung Ngawang Namgyal, who repelled a Mongol invasion."],
  ]);
});

describe("role-reversal: participants far apart, an agent of a participle, a loan got", () => {
  const guards = "Le Kirghizstan a restitué au Tadjikistan trois gardes-frontières capturés lors des affrontements de septembre dans la province de Batken, a annoncé dimanche le comité d'État pour la sécurité nationale.";
  itFlagsEach("role-reversal", [
    // The recipient stands sixteen words after the subject, past the guards' own participle phrase.
    [guards, "Tajikistan has returned three border guards captured during September's clashes in Batken province to Kyrgyzstan, the State Committee for National Security announced on Sunday.", /Tajikistan/],
  ]);
  itAcceptsEach("role-reversal", [
    [guards, "Kyrgyzstan has returned three border guards captured during September's clashes in Batken province to Tajikistan, the State Committee for National Security announced on Sunday."],
    // "led by" is the consortium's participle, not a passive of "bought": the voice is turned with the roles, faithfully.
    ["La société britannique Dignity, l'un des principaux opérateurs de pompes funèbres du pays, a été rachetée par un consortium mené par le fonds Castelnau pour environ 281 millions de livres.",
      "A consortium led by investment fund Castelnau has bought Dignity, one of Britain's biggest funeral operators, for about 281 million pounds."],
    // To get a loan from someone is to be lent it: "lent" is the converse of "a obtenu … auprès de".
    ["Le fabricant jurassien de jouets Smoby a obtenu un prêt de 30 millions d'euros auprès de la banque publique Bpifrance pour moderniser son usine, a annoncé mercredi la direction.",
      "State-owned bank Bpifrance has lent 30 million euros to Jura-based toymaker Smoby to modernise its factory, the company's management said on Wednesday."],
  ]);
});

describe("negation-mismatch: a court's outcome said by its converse", () => {
  const cleared = "Le journaliste Julien Morel a été relaxé mercredi par le tribunal correctionnel de Paris dans la procédure en diffamation intentée contre lui par un ancien ministre.";
  const quashed = "La cour d'appel de Lyon a annulé mardi la condamnation de l'ancien maire pour favoritisme, a annoncé son avocat.";
  itFlagsEach("negation-mismatch", [
    [cleared, "Journalist Julien Morel was convicted on Wednesday by the Paris criminal court in the defamation case brought against him by a former minister.", /^convicted$/],
    [quashed, "The Lyon appeals court on Tuesday upheld the former mayor's conviction for favouritism, his lawyer announced.", /^upheld$/],
  ]);
  itAcceptsEach("negation-mismatch", [
    [cleared, "Journalist Julien Morel was acquitted on Wednesday by the Paris criminal court in the defamation case brought against him by a former minister."],
    [quashed, "The Lyon appeals court on Tuesday overturned the former mayor's conviction for favouritism, his lawyer announced."],
    // "annulé" is the concert's, "confirmed" the organiser's saying so: each renders its own word.
    ["Le concert prévu samedi a été annulé, a confirmé l'organisateur.", "Saturday's concert has been cancelled, the organiser confirmed."],
    ["Condamné en première instance, il a été relaxé en appel.", "Convicted at first instance, he was acquitted on appeal."],
  ]);
});
