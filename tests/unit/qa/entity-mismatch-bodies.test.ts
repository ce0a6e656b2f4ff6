import { describe, expect, it } from "vitest";
import { expectOnlyFinding, findingsOf, itAcceptsEach, itFlagsEach } from "./helpers";
import { isShouted } from "@/lib/qa/names/name-phrases";

// Newsroom pairs written for the names of bodies, places and companies (education, transport, agriculture,
// science, business, economy, politics, health), each swap checked both ways where it reads naturally.
describe("entity-mismatch on the names of bodies", () => {
  it.each([
    // A name's head rendered, its distinguishing word replaced: ministries, councils, institutes, commissions.
    ["Le ministère de l'Éducation nationale a annoncé la suppression de 4 000 postes d'enseignants.", "The Agriculture Ministry announced that 4,000 teaching posts would be cut.", "ministère de l'Éducation nationale", "Agriculture Ministry"],
    ["Le ministère de l'Agriculture a annoncé une aide de 400 millions d'euros aux éleveurs.", "The Education Ministry announced 400 million euros in aid for livestock farmers.", "ministère de l'Agriculture", "Education Ministry"],
    ["Le Conseil d'État a suspendu l'arrêté municipal interdisant la circulation des trottinettes.", "The Constitutional Council suspended the municipal order banning e-scooters.", "Conseil d'État", "Constitutional Council"],
    ["L'Autorité de la concurrence a infligé une amende de 150 millions d'euros au groupe.", "The Financial Markets Authority fined the group 150 million euros.", "Autorité de la concurrence", "Financial Markets Authority"],
    ["Les chercheurs de l'Institut Pasteur ont mis au point un test rapide.", "Researchers at the Curie Institute have developed a rapid test.", "Institut Pasteur", "Curie Institute"],
    ["Une équipe de l'Institut Curie a publié ces résultats dans Nature.", "A team from the Pasteur Institute published the findings in Nature.", "Institut Curie", "Pasteur Institute"],
    ["Le ministère des Armées a commandé 42 nouveaux avions de transport.", "The Foreign Ministry ordered 42 new transport aircraft.", "ministère des Armées", "Foreign Ministry"],
    ["La Commission européenne a validé le rachat de la compagnie aérienne.", "The European Parliament approved the airline takeover.", "Commission européenne", "European Parliament"],
    // A body, place or company with nothing of it in the other's place; acronyms and place names included.
    ["Le texte a été adopté par le Sénat dans la nuit de mardi à mercredi.", "The bill was passed by the National Assembly overnight on Tuesday.", "Sénat", "National Assembly"],
    ["Le projet de loi sera examiné par l'Assemblée nationale à partir de lundi.", "The bill will be debated in the Senate from Monday.", "Assemblée nationale", "Senate"],
    ["La Banque centrale européenne a relevé ses taux d'un quart de point.", "The IMF raised its rates by a quarter of a point.", "Banque centrale européenne", "IMF"],
    ["Selon l'OMS, le nombre de cas de rougeole a doublé en un an.", "According to UNICEF, the number of measles cases doubled in a year.", "OMS", "UNICEF"],
    ["Le FMI a relevé sa prévision de croissance mondiale.", "The World Bank raised its global growth forecast.", "FMI", "World Bank"],
    ["Les exportations de vin vers la Chine ont chuté de 20 %.", "Wine exports to Japan fell by 20%.", "Chine", "Japan"],
    ["Les exportations de cognac vers le Japon ont progressé.", "Cognac exports to China rose.", "Japon", "China"],
    ["Selon une étude du CNRS, les abeilles sauvages déclinent rapidement.", "According to an Inserm study, wild bees are declining fast.", "CNRS", "Inserm"],
    ["L'Agence spatiale européenne lancera le satellite depuis la Guyane.", "NASA will launch the satellite from French Guiana.", "Agence spatiale européenne", "NASA"],
    ["La SNCF a annoncé la suppression de 30 trains par jour sur la ligne.", "The RATP announced that 30 trains a day on the line would be cut.", "SNCF", "RATP"],
    ["La RATP prévoit un trafic perturbé sur le métro parisien jeudi.", "The SNCF expects disrupted traffic on the Paris metro on Thursday.", "RATP", "SNCF"],
    ["La Cour des comptes juge le coût du programme « hors de contrôle ».", "The Council of State says the programme's cost is \"out of control\".", "Cour des comptes", "Council of State"],
    ["La FNSEA appelle les agriculteurs à bloquer les routes vendredi.", "The Confédération paysanne called on farmers to block roads on Friday.", "FNSEA", "Confédération"],
    ["Le déficit dépasse la limite de 3 % fixée par Bruxelles.", "The deficit exceeds the IMF's 3% limit.", "Bruxelles", "IMF"],
    // Another country's house, or another UN body.
    ["Le texte a été adopté jeudi par le Sénat australien.", "The bill was passed on Thursday by Australia's House of Representatives.", "Sénat", "House of Representatives"],
    ["Le Conseil de sécurité de l'ONU se réunira lundi à la demande de la France.", "The UN General Assembly will meet on Monday at France's request.", "Conseil de sécurité de l'ONU", "UN General Assembly"],
    // A place the French does not give, added to a body it names in full.
    ["L'Agence du numérique a publié un rapport sur les écoles connectées.", "The European Digital Agency published a report on connected schools.", "Agence du numérique", "European Digital Agency"],
    ["L'Institut de l'élevage recommande de rentrer les troupeaux.", "The Belgian Livestock Institute recommends bringing herds indoors.", "Institut de l'élevage", "Belgian Livestock Institute"],
    // A court told apart by its adjective of rank: "suprême" belongs to the name.
    ["La Cour suprême des États-Unis a bloqué vendredi l'expulsion de migrants vénézuéliens vers le Salvador.", "The US Court of Appeals on Friday blocked the deportation of Venezuelan migrants to El Salvador.", "Cour suprême des États-Unis", "Court of Appeals"],
  ])("flags %j rendered %j", (source, target, sourceName, targetName) => {
    const finding = expectOnlyFinding("entity-mismatch", source, target, sourceName, targetName);
    expect(finding.severity).toBe("major");
  });

  it.each([
    // The name translated, in English word order or with "of".
    ["Le ministère de l'Éducation nationale a annoncé la suppression de 4 000 postes d'enseignants.", "The Education Ministry announced that 4,000 teaching posts would be cut."],
    ["Le ministère de l'Agriculture a annoncé une aide de 400 millions d'euros aux éleveurs.", "The Agriculture Ministry announced 400 million euros in aid for livestock farmers."],
    ["Le ministère de l'Agriculture a annoncé une aide de 400 millions d'euros aux éleveurs.", "The Ministry of Agriculture announced 400 million euros in aid for livestock farmers."],
    ["Le projet de loi sera examiné par l'Assemblée nationale à partir de lundi.", "The bill will be debated in the National Assembly from Monday."],
    ["Le Conseil d'État a suspendu l'arrêté municipal interdisant la circulation des trottinettes.", "The Council of State suspended the municipal order banning e-scooters."],
    ["La Banque de France a abaissé sa prévision de croissance à 0,9 %.", "The Bank of France cut its growth forecast to 0.9%."],
    ["La Banque centrale européenne a relevé ses taux d'un quart de point.", "The European Central Bank raised its rates by a quarter of a point."],
    ["Le FMI a relevé sa prévision de croissance mondiale.", "The International Monetary Fund raised its global growth forecast."],
    ["Les exportations de vin vers la Chine ont chuté de 20 %.", "Wine exports to China fell by 20%."],
    ["L'Autorité de la concurrence a infligé une amende de 150 millions d'euros au groupe.", "The Competition Authority fined the group 150 million euros."],
    ["Les chercheurs de l'Institut Pasteur ont mis au point un test rapide.", "Researchers at the Pasteur Institute have developed a rapid test."],
    ["L'Agence spatiale européenne lancera le satellite depuis la Guyane.", "The European Space Agency will launch the satellite from French Guiana."],
    ["La Cour des comptes juge le coût du programme « hors de contrôle ».", "The Court of Audit says the programme's cost is \"out of control\"."],
    ["Le ministère des Armées a commandé 42 nouveaux avions de transport.", "The Armed Forces Ministry ordered 42 new transport aircraft."],
    ["La Commission européenne a validé le rachat de la compagnie aérienne.", "The European Commission approved the airline takeover."],
    ["Le ministère de l'Intérieur a publié les chiffres de la délinquance.", "The Ministry of the Interior published the crime figures."],
    // A house named by its rank: "lower house" and "upper house" name no one house.
    ["La Chambre des représentants a adopté le texte jeudi.", "The lower house passed the bill on Thursday."],
    ["La Chambre des communes a adopté le texte jeudi.", "The Commons passed the bill on Thursday."],
    ["Le Sénat australien a adopté le texte jeudi.", "Australia's upper house passed the bill on Thursday."],
    // An acronym against its expansion, either way round.
    ["La Banque centrale européenne a relevé ses taux d'un quart de point.", "The ECB raised its rates by a quarter of a point."],
    ["Selon l'OMS, le nombre de cas de rougeole a doublé en un an.", "According to the WHO, the number of measles cases doubled in a year."],
    ["Selon l'OMS, le nombre de cas de rougeole a doublé en un an.", "According to the World Health Organization, the number of measles cases doubled in a year."],
    ["Selon l'Organisation mondiale de la santé, le nombre de cas de rougeole a doublé.", "According to the WHO, the number of measles cases has doubled."],
    ["Le FMI a relevé sa prévision de croissance mondiale.", "The IMF raised its global growth forecast."],
    ["Selon une étude du CNRS, les abeilles sauvages déclinent rapidement.", "According to a CNRS study, wild bees are declining fast."],
    ["Selon une étude du CNRS, les abeilles sauvages déclinent rapidement.", "According to a study by France's National Centre for Scientific Research, wild bees are declining fast."],
    ["L'Agence spatiale européenne lancera le satellite depuis la Guyane.", "ESA will launch the satellite from French Guiana."],
    // The French name kept in French, a gloss beside it, a name left implicit or recast in lower case.
    ["Le texte a été adopté par le Sénat dans la nuit de mardi à mercredi.", "The bill was passed by the Senate, the upper house, overnight on Tuesday."],
    ["Le projet de loi sera examiné par l'Assemblée nationale à partir de lundi.", "The bill will be debated in the Assemblée nationale, France's lower house, from Monday."],
    ["Le Conseil d'État a suspendu l'arrêté municipal interdisant la circulation des trottinettes.", "The Conseil d'Etat, France's top administrative court, suspended the municipal order banning e-scooters."],
    ["L'Autorité de la concurrence a infligé une amende de 150 millions d'euros au groupe.", "France's competition authority fined the group 150 million euros."],
    ["Les chercheurs de l'Institut Pasteur ont mis au point un test rapide.", "Researchers at the Institut Pasteur in Paris have developed a rapid test."],
    ["La SNCF a annoncé la suppression de 30 trains par jour sur la ligne.", "French rail operator SNCF announced that 30 trains a day on the line would be cut."],
    ["La Cour des comptes juge le coût du programme « hors de contrôle ».", "The public audit office says the programme's cost is \"out of control\"."],
    ["Le ministère des Armées a commandé 42 nouveaux avions de transport.", "The Defence Ministry ordered 42 new transport aircraft."],
    ["La FNSEA appelle les agriculteurs à bloquer les routes vendredi.", "The FNSEA, the main farmers' union, called on farmers to block roads on Friday."],
    ["La Commission européenne a validé le rachat de la compagnie aérienne.", "The EU's executive approved the airline takeover."],
    ["Le déficit dépasse la limite de 3 % fixée par Bruxelles.", "The deficit exceeds the EU's 3% limit."],
    ["L'Insee a revu à la baisse sa prévision de croissance.", "Statistics agency INSEE revised down its growth forecast."],
    ["Le patron de la SNCF a démissionné.", "The head of state railway SNCF has resigned."],
    // The setting the French leaves implicit, spelt out.
    ["L'Agence du numérique a publié un rapport sur les écoles connectées.", "The Digital Agency published a report on connected schools."],
    ["L'Agence du numérique a publié un rapport sur les écoles connectées.", "France's digital agency published a report on connected schools."],
    ["L'Institut de l'élevage recommande de rentrer les troupeaux.", "The French Livestock Institute recommends bringing herds indoors."],
    // A "national" body is the country's: the English glosses it with the country's name.
    ["L'Agence nationale de sécurité du médicament rappelle que le tramadol ne doit jamais être associé à l'alcool.",
      "The ANSM, France's medicines regulator, stressed that tramadol must never be taken with alcohol."],
    ["Le Centre national d'études spatiales (CNES) a sélectionné une start-up toulousaine.", "France's space agency CNES has picked a Toulouse start-up."],
    ["La Cour suprême des États-Unis a bloqué vendredi l'expulsion de migrants vénézuéliens vers le Salvador.", "The US Supreme Court on Friday blocked the deportation of Venezuelan migrants to El Salvador."],
    ["La Cour suprême du Brésil a validé jeudi la loi sur la délimitation des terres indigènes.", "Brazil's top court on Thursday upheld the law on demarcating indigenous lands."],
    ["Le Conseil supérieur de la magistrature a rendu un avis défavorable à la nomination.", "The High Council of the Judiciary gave an unfavourable opinion on the appointment."],
  ])("stays silent on %j → %j", (source, target) => {
    expect(findingsOf("entity-mismatch", source, target)).toEqual([]);
  });
});

describe("isShouted", () => {
  it("reads a text mostly in capitals, in any script, as shouted, and a name in capitals as not", () => {
    expect(isShouted("JE SUIS VENU PRENDRE VOTRE ÉPÉE !")).toBe(true);
    expect(isShouted("ΑΒΓΔΕΖΗΘ αβ")).toBe(true);
    expect(isShouted("La FNSEA appelle à manifester")).toBe(false);
    expect(isShouted("ÉTAT !")).toBe(false);
  });
});

describe("entity-mismatch on a body English names with its own kind of body", () => {
  const ONF = "L'Office national des forêts va abattre 2 000 arbres malades dans la forêt de Compiègne.";

  it("reads “National Forests Agency” as the “Office national des forêts”: only the body's noun differs", () => {
    expect(findingsOf("entity-mismatch", ONF, "The National Forests Agency will fell 2,000 diseased trees in the Compiègne forest.")).toEqual([]);
  });

  it("still reports another country glossing a national body", () => {
    expect(findingsOf("entity-mismatch", "L'Agence nationale de sécurité du médicament a suspendu le lot.", "Germany's medicines regulator has suspended the batch.")).toHaveLength(1);
  });

  it("still reports a body whose own words differ", () => {
    expect(findingsOf("entity-mismatch", ONF, "The National Parks Agency will fell 2,000 diseased trees in the Compiègne forest.")).toHaveLength(1);
  });
});

// A party named by its members: "les communistes" are the Communist Party's, "les écologistes" the Greens'.
describe("entity-mismatch on a party named by its members", () => {
  itFlagsEach("entity-mismatch", [
    ["Le maire de Lyon a annoncé qu'il briguerait un second mandat, avec le soutien des socialistes et des communistes.", "The mayor of Lyon has announced he will seek a second term, backed by the Socialists and France Unbowed.", /France Unbowed/],
  ]);
  itAcceptsEach("entity-mismatch", [
    ["Le maire de Lyon a annoncé qu'il briguerait un second mandat, avec le soutien des socialistes et des communistes.", "The mayor of Lyon has announced he will seek a second term, backed by the Socialists and the Communists."],
    ["Les écologistes ont quitté la majorité municipale.", "The Greens have left the council majority."],
    // Any country's "Cour suprême" is a supreme court; the "président" of a court is its chief justice, not a head of state.
    ["Le président de la Cour suprême brésilienne a suspendu le décret.", "The chief justice of Brazil's Supreme Court suspended the decree."],
  ]);
});

// Regulators, prosecutors and agencies English names by what they do, and another in their place.
describe("entity-mismatch on regulators and agencies named by what they do", () => {
  itFlagsEach("entity-mismatch", [
    ["L'Autorité de la concurrence a infligé une amende de 150 millions d'euros à Apple.", "France's financial markets regulator has fined Apple 150 million euros.", /financial markets regulator/],
    ["Le Parquet national financier a ouvert une enquête sur le financement de la campagne.", "The national anti-terrorism prosecutor's office has opened an investigation into the campaign's funding.", /anti-terrorism prosecutor's office/],
    ["La Réserve fédérale a laissé ses taux inchangés mercredi.", "The European Central Bank left its rates unchanged on Wednesday.", /European Central Bank/],
    ["Le Tribunal arbitral du sport a rejeté l'appel du club.", "The European Court of Human Rights rejected the club's appeal.", /European Court of Human Rights/],
    ["La Banque d'Angleterre a relevé son taux directeur.", "The Bank of Japan raised its key rate.", /Bank of Japan/],
  ]);
  itAcceptsEach("entity-mismatch", [
    ["L'Autorité de la concurrence a infligé une amende de 150 millions d'euros à Apple.", "France's competition authority has fined Apple 150 million euros."],
    ["Le Parquet national financier a ouvert une enquête sur le financement de la campagne.", "France's national financial prosecutor's office has opened an investigation into the campaign's funding."],
    ["La Réserve fédérale a laissé ses taux inchangés mercredi.", "The Fed left its rates unchanged on Wednesday."],
    ["Médecins sans frontières a dénoncé les bombardements sur l'hôpital.", "Doctors Without Borders condemned the bombing of the hospital."],
    ["Le Tribunal arbitral du sport a rejeté l'appel du club.", "The Court of Arbitration for Sport rejected the club's appeal."],
    ["La Banque d'Angleterre a relevé son taux directeur.", "The Bank of England raised its key rate."],
    ["La BNS a abaissé son taux directeur à zéro.", "The SNB cut its key rate to zero."],
    ["Le TAS a rejeté l'appel du club.", "The CAS rejected the club's appeal."],
    ["Le HCDH a dénoncé les exécutions.", "The OHCHR condemned the executions."],
    ["Les ouvriers, nourris et logés par l'entreprise, ont repris le travail.", "The workers, fed and housed by the company, went back to work."],
  ]);
});
