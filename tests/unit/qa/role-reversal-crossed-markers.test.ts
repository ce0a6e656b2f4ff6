import { describe } from "vitest";
import { itAcceptsEach, itFlagsEach } from "./helpers";

// Two names traded around a verb the reading used to miss: the verb stood past an adverb or in a tense
// it did not know, the English "of" or "from" was taken for a noun's complement, or the dative stood
// past the object.
const flags = (cases: Array<[string, string, RegExp]>) => itFlagsEach("role-reversal", cases);
const accepts = (cases: Array<[string, string]>) => itAcceptsEach("role-reversal", cases);

describe("role-reversal: verbs read past an adverb, in a conditional or after a name", () => {
  flags([
    ["Le Japon a de nouveau devancé la Chine au classement.", "China again finished ahead of Japan in the rankings.", /^China again finished ahead of Japan$/],
    ["Selon le sondage, Bardella devancerait Attal de six points.", "According to the poll, Attal would finish six points ahead of Bardella.", /^Attal would finish six points ahead of Bardella$/],
    ["Berlin réclame à Varsovie le remboursement des fonds.", "Warsaw is demanding repayment of the funds from Berlin.", /^Warsaw is demanding .* from Berlin$/],
  ]);
  accepts([
    ["Le Japon a de nouveau devancé la Chine au classement.", "Japan again finished ahead of China in the rankings."],
    ["Selon le sondage, Bardella devancerait Attal de six points.", "According to the poll, Bardella would finish six points ahead of Attal."],
    ["Berlin réclame à Varsovie le remboursement des fonds.", "Berlin is demanding repayment of the funds from Warsaw."],
  ]);
});

describe("role-reversal: a verb's source and dative are the verb's, not a noun's", () => {
  flags([
    // Read as crossed participants, or as the subject made the side party of the same verb ("bought Fiat from Stellantis").
    ["Stellantis a racheté Fiat à Exor.", "Exor bought Fiat from Stellantis.", /^(?:Exor )?bought Fiat from Stellantis$/],
    ["Orange a obtenu de l'Arcep un délai supplémentaire.", "Arcep obtained an extra delay from Orange.", /^Arcep obtained .* from Orange$/],
    ["L'université de Lille a obtenu de l'Agence nationale de la recherche un financement.", "The National Research Agency (ANR) has obtained funding from the University of Lille.", /\(ANR\) has obtained funding from the University$/],
    ["Le président Macron a remis la Légion d'honneur à Zelensky.", "President Zelensky presented the Legion of Honour to Macron.", /^Zelensky presented .* to Macron$/],
    ["Le PSG a prêté Hugo Ekitike à l'Eintracht Francfort.", "Eintracht Frankfurt loaned Hugo Ekitike to PSG.", /loaned Hugo Ekitike to PSG$/],
  ]);
  accepts([
    ["Stellantis a racheté Fiat à Exor.", "Stellantis bought Fiat from Exor."],
    ["Orange a obtenu de l'Arcep un délai supplémentaire.", "Orange obtained an extra delay from Arcep."],
    ["L'université de Lille a obtenu de l'Agence nationale de la recherche un financement.", "The University of Lille has obtained funding from the National Research Agency (ANR)."],
    ["Le président Macron a remis la Légion d'honneur à Zelensky.", "President Macron presented the Legion of Honour to Zelensky."],
    ["Le PSG a prêté Hugo Ekitike à l'Eintracht Francfort.", "PSG loaned Hugo Ekitike to Eintracht Frankfurt."],
    // A converse verb, not linked to the French one, moves the source faithfully.
    ["Le gouvernement a versé une aide aux agriculteurs.", "Farmers received aid from the government."],
    ["L'État a accordé à Renault un prêt de 5 milliards.", "Renault received a 5 billion loan from the State."],
  ]);
});
