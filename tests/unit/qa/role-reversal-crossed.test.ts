import { describe } from "vitest";
import { itAcceptsEach, itFlagsEach } from "./helpers";

// Two participants on either side of a verb in both languages, in the opposite order in the target:
// read for any verb, with no verb list, so it holds on text the rules were not written for.
const flags = (cases: Array<[string, string, RegExp]>) => itFlagsEach("role-reversal", cases);
const accepts = (cases: Array<[string, string]>) => itAcceptsEach("role-reversal", cases);

describe("role-reversal: participants crossed around a verb in the same voice", () => {
  flags([
    ["Le Stade rennais s'est incliné 3-0 face à l'AS Monaco dimanche soir.", "AS Monaco lost 3-0 to Stade Rennais on Sunday night.", /Monaco lost 3-0 to Stade/],
    ["La France a accordé au Maroc un prêt de 300 millions d'euros.", "Morocco has lent France 300 million euros.", /Morocco has lent France/],
    // A participle after a comma takes its clause's subject; the pair named is the two subjects, not a place or the object between.
    ["La France a remporté samedi à Tokyo la finale en battant le Japon de trois points.", "Japan won the final in Tokyo on Saturday, beating France by three points.", /^Japan won the final in Tokyo on Saturday, beating France$/],
    ["Le Sénégal a décroché la Coupe d'Afrique en dominant l'Égypte aux tirs au but.", "Egypt clinched the Africa Cup of Nations, overcoming Senegal on penalties.", /^Egypt clinched the Africa Cup of Nations, overcoming Senegal$/],
  ]);
  accepts([
    ["Le Stade rennais s'est incliné 3-0 face à l'AS Monaco dimanche soir.", "Stade Rennais lost 3-0 to AS Monaco on Sunday night."],
    ["La France a accordé au Maroc un prêt de 300 millions d'euros.", "France has lent Morocco 300 million euros."],
    ["L'Allemagne a dépassé la France en 2022 comme premier producteur européen.", "Germany overtook France in 2022 as the leading European producer."],
    ["La France a remporté samedi à Tokyo la finale en battant le Japon de trois points.", "France won the final in Tokyo on Saturday, beating Japan by three points."],
    ["Le Sénégal a décroché la Coupe d'Afrique en dominant l'Égypte aux tirs au but.", "Senegal clinched the Africa Cup of Nations, overcoming Egypt on penalties."],
    // "plaire à" is rendered by its converse, "like": the participants cross faithfully, whatever verb follows.
    ["Nous pensons que ces mesures ne vont pas plaire aux agriculteurs.", "Farmers won't like us taking these measures."],
  ]);
});

describe("role-reversal: crossings a faithful rendering makes", () => {
  accepts([
    // The voice turned with the participants: the roles are kept.
    ["Des positions de l'armée malienne ont été visées par des drones du JNIM.", "JNIM drones targeted Malian army positions."],
    // A noun's complement or a source moves with a converse wording.
    ["Le maire de Nantes a reçu la visite du ministre de l'Intérieur.", "The interior minister visited the mayor of Nantes."],
    ["Le Maroc a obtenu un prêt de la France.", "France granted Morocco a loan."],
    // An English converse of the French verb crosses the participants faithfully.
    ["Airbus a racheté à Spirit AeroSystems ses usines de Belfast.", "Spirit AeroSystems sold its Belfast plants to Airbus."],
    ["La Chine a acheté à la Russie du pétrole pour 60 milliards de dollars.", "Russia sold China 60 billion dollars' worth of oil."],
    ["La Chine a dépassé le Japon comme premier exportateur.", "Japan fell behind China as the leading exporter."],
  ]);
});
