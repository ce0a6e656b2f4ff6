/**
 * French institutions, offices, agencies, parties, unions and regions that news names often, with
 * the names English gives them (accent-folded; a name in capitals, an acronym, is matched in
 * capitals only: "WHO", not "who"). An entity's English names include the French when English
 * copies it ("FNSEA", "Sciences Po"); its French names include the English that French copies.
 * Two entities of one list that share a word ("Conseil d'État", "Conseil de l'Europe") are told
 * apart by the whole name, which the word-by-word pairing does not see.
 */
export type KnownBody = {
  french: string[];
  english: string[];
  /** The capitalised French words that alone name the body, for the word-by-word name checks ("Orsay" of "Quai d'Orsay"); see name-equivalents. */
  words?: string[];
};

export const KNOWN_BODIES: ReadonlyArray<KnownBody> = [
  // Courts and councils of the State.
  { french: ["conseil d'etat"], english: ["council of state", "conseil d'etat", "state council", "highest administrative court"] },
  { french: ["conseil constitutionnel"], english: ["constitutional council", "constitutional court"] },
  { french: ["cour des comptes"], english: ["court of audit", "court of auditors", "audit court", "audit office", "cour des comptes", "public auditor"] },
  { french: ["cour de cassation"], english: ["court of cassation", "cour de cassation", "supreme court", "highest appeals court"] },
  { french: ["conseil des ministres"], english: ["council of ministers", "cabinet meeting"] },
  { french: ["senat", "senateurs", "chambre haute"], english: ["senate", "senators"] },
  { french: ["assemblee nationale", "deputes", "chambre basse"], english: ["national assembly"] },
  // Other countries' houses and offices that French names in French: one house is not the other.
  { french: ["chambre des representants"], english: ["house of representatives"] },
  { french: ["chambre des communes"], english: ["house of commons", "commons"] },
  { french: ["chambre des lords"], english: ["house of lords", "lords"] },
  { french: ["congres americain", "congres des etats-unis"], english: ["congress", "us congress"] },
  { french: ["conseil de securite"], english: ["security council"] },
  { french: ["assemblee generale"], english: ["general assembly"] },
  { french: ["pentagone"], english: ["pentagon", "defense department", "department of defense"] },
  { french: ["departement d'etat"], english: ["state department", "department of state"] },
  // Seats and offices: the Élysée is the presidency, Matignon the prime minister (Italy's "président du Conseil" and Spain's "président du gouvernement" are prime ministers too), Bercy the economy ministry.
  { words: ["elysee"], french: ["elysee", "president", "presidente", "presidence", "chef de l'etat"], english: ["elysee", "president", "presidency", "presidential", "head of state"] },
  { words: ["matignon"], french: ["matignon", "premier ministre", "premiere ministre", "president du conseil italien", "presidente du conseil italien", "president du gouvernement espagnol", "presidente du gouvernement espagnol"], english: ["matignon", "prime minister", "PM"] },
  { words: ["bercy"], french: ["bercy", "ministere de l'economie", "ministre de l'economie", "ministere des finances", "ministre des finances", "ministere des comptes publics"],
    english: ["bercy", "economy ministry", "finance ministry", "ministry of the economy", "ministry of finance", "economy minister", "finance minister", "minister of the economy", "minister of finance", "treasury"] },
  { words: ["beauvau"], french: ["beauvau", "ministere de l'interieur", "ministre de l'interieur"], english: ["beauvau", "interior ministry", "interior minister", "ministry of the interior", "minister of the interior", "home office", "home secretary"] },
  { words: ["orsay"], french: ["quai d'orsay", "ministere des affaires etrangeres", "ministre des affaires etrangeres"],
    english: ["quai d'orsay", "foreign ministry", "foreign minister", "ministry of foreign affairs", "minister of foreign affairs", "foreign affairs minister", "foreign office"] },
  // European and international bodies.
  { french: ["conseil de l'europe"], english: ["council of europe"] },
  { french: ["conseil europeen"], english: ["european council", "eu summit", "eu leaders"] },
  { french: ["commission europeenne", "bruxelles"], english: ["european commission", "brussels"] },
  { french: ["parlement europeen", "eurodeputes"], english: ["european parliament", "meps"] },
  { french: ["cour de justice de l'union europeenne", "CJUE"], english: ["european court of justice", "court of justice of the european union", "ECJ", "CJEU", "eu court", "eu's top court"] },
  { french: ["cour europeenne des droits de l'homme", "CEDH"], english: ["european court of human rights", "ECHR", "strasbourg court"] },
  { french: ["europol"], english: ["europol"] },
  { french: ["interpol"], english: ["interpol"] },
  { french: ["frontex"], english: ["frontex"] },
  { french: ["otan", "alliance atlantique"], english: ["nato", "atlantic alliance"] },
  { french: ["agence internationale de l'energie atomique", "AIEA"], english: ["international atomic energy agency", "IAEA", "nuclear watchdog"] },
  { french: ["organisation mondiale du commerce", "OMC"], english: ["world trade organization", "world trade organisation", "WTO"] },
  { french: ["OCDE"], english: ["OECD", "organisation for economic co-operation and development"] },
  // Regional and UN bodies whose French acronym differs from the English one ("la Cedeao" is "ECOWAS", "the West African bloc").
  { french: ["cedeao", "communaute economique des etats de l'afrique de l'ouest"], english: ["ecowas", "economic community of west african states", "west african bloc", "west african regional bloc"] },
  { french: ["union africaine", "UA"], english: ["african union", "AU"] },
  { french: ["ligue arabe"], english: ["arab league"] },
  { french: ["opep", "organisation des pays exportateurs de petrole"], english: ["opec", "organization of the petroleum exporting countries"] },
  { french: ["osce"], english: ["osce", "organization for security and co-operation in europe"] },
  { french: ["haut-commissariat des nations unies pour les refugies", "HCR"], english: ["unhcr", "un refugee agency", "un refugee agency's", "united nations high commissioner for refugees"] },
  { french: ["programme alimentaire mondial", "PAM"], english: ["world food programme", "world food program", "WFP"] },
  { french: ["organisation internationale du travail", "OIT"], english: ["international labour organization", "international labour organisation", "ILO"] },
  { french: ["cour internationale de justice", "CIJ"], english: ["international court of justice", "ICJ", "world court"] },
  { french: ["agence internationale de l'energie", "AIE"], english: ["international energy agency", "IEA"] },
  { french: ["banque europeenne d'investissement", "BEI"], english: ["european investment bank", "EIB"] },
  // Armed groups and movements, often named in French by a lower-case adjective ("un drone houthi", "les combattants talibans").
  { french: ["houthi", "houthis", "houthie", "houthies"], english: ["houthi", "houthis"] },
  { french: ["hezbollah"], english: ["hezbollah"] },
  { french: ["hamas"], english: ["hamas"] },
  { french: ["taliban", "talibans", "talibane", "talibanes"], english: ["taliban", "talibans"] },
  { french: ["etat islamique", "EI", "daech", "daesh"], english: ["islamic state", "IS", "ISIS", "ISIL", "daesh"] },
  { french: ["al-qaida", "al-qaeda", "aqmi"], english: ["al-qaeda", "al-qaida", "al qaeda", "aqim"] },
  { french: ["boko haram"], english: ["boko haram"] },
  { french: ["PKK"], english: ["PKK", "kurdistan workers' party"] },
  { french: ["cour penale internationale", "CPI"], english: ["international criminal court", "ICC"] },
  { french: ["organisation mondiale de la sante", "OMS"], english: ["world health organization", "world health organisation", "WHO"] },
  { french: ["fonds monetaire international", "FMI"], english: ["international monetary fund", "IMF"] },
  { french: ["banque mondiale"], english: ["world bank"] },
  { french: ["banque centrale europeenne", "BCE"], english: ["european central bank", "ECB"] },
  { french: ["banque de france"], english: ["banque de france", "bank of france", "french central bank"] },
  { french: ["agence spatiale europeenne", "ESA"], english: ["european space agency", "ESA"] },
  { french: ["centre national d'etudes spatiales", "CNES"], english: ["CNES", "french space agency", "national centre for space studies", "national center for space studies"] },
  // National agencies, institutes and schools.
  { french: ["haute autorite de sante", "HAS"], english: ["haute autorite de sante", "national authority for health", "high authority for health", "health authority", "HAS"] },
  { french: ["CNRS", "centre national de la recherche scientifique"], english: ["CNRS", "national centre for scientific research", "national center for scientific research"] },
  { french: ["inserm"], english: ["inserm", "national institute of health and medical research"] },
  { french: ["insee"], english: ["insee", "statistics office", "statistics agency", "national statistics"] },
  { french: ["institut pasteur"], english: ["pasteur institute", "institut pasteur"] },
  { french: ["institut curie"], english: ["curie institute", "institut curie"] },
  { french: ["sciences po"], english: ["sciences po", "paris institute of political studies"] },
  { french: ["ecole normale superieure", "normale sup"], english: ["ecole normale superieure", "ENS"] },
  { french: ["polytechnique"], english: ["polytechnique"] },
  { french: ["sorbonne"], english: ["sorbonne"] },
  { french: ["academie francaise"], english: ["academie francaise", "french academy"] },
  { french: ["academie goncourt", "prix goncourt"], english: ["academie goncourt", "goncourt"] },
  { french: ["bibliotheque nationale de france", "BnF"], english: ["national library of france", "bibliotheque nationale", "french national library", "BnF"] },
  { french: ["louvre"], english: ["louvre"] },
  { french: ["centre pompidou", "beaubourg"], english: ["pompidou", "beaubourg"] },
  { french: ["musee d'orsay"], english: ["musee d'orsay", "orsay museum"] },
  { french: ["comedie-francaise"], english: ["comedie-francaise", "comedie francaise"] },
  { french: ["autorite des marches financiers", "AMF", "gendarme de la bourse"], english: ["AMF", "financial markets regulator", "financial markets authority", "stock market regulator"] },
  // Regulators and prosecutors English names by what they do.
  { french: ["autorite de la concurrence"], english: ["competition authority", "competition regulator", "competition watchdog", "antitrust authority", "antitrust regulator", "antitrust watchdog"] },
  { french: ["arcom", "CSA"], english: ["arcom", "broadcasting regulator", "audiovisual regulator", "media regulator", "broadcasting watchdog", "media watchdog"] },
  { french: ["ANSM", "agence nationale de securite du medicament"], english: ["ANSM", "medicines regulator", "medicines agency", "drug regulator", "drugs regulator", "medicines watchdog", "drug safety agency"] },
  { french: ["sante publique france"], english: ["sante publique france", "public health france", "public health agency", "national public health agency"] },
  { french: ["parquet national financier", "PNF"], english: ["PNF", "national financial prosecutor's office", "financial prosecutor's office", "financial prosecutors", "national financial prosecutors"] },
  { french: ["parquet national antiterroriste", "PNAT"], english: ["PNAT", "national anti-terrorism prosecutor's office", "anti-terrorism prosecutor's office", "anti-terror prosecutors", "anti-terrorism prosecutors", "national anti-terrorism prosecutors"] },
  // Agencies and associations news names in French.
  { french: ["agence france-presse", "AFP"], english: ["agence france-presse", "AFP"] },
  { french: ["croix-rouge"], english: ["red cross"] },
  { french: ["medecins sans frontieres", "MSF"], english: ["doctors without borders", "medecins sans frontieres", "MSF"] },
  { french: ["reporters sans frontieres", "RSF"], english: ["reporters without borders", "reporters sans frontieres", "RSF"] },
  // "the Fed": the article keeps "fed" (fed up, well fed) out.
  { french: ["reserve federale", "la fed"], english: ["federal reserve", "the fed"] },
  // Unions, employers and parties.
  { french: ["CGT"], english: ["CGT", "general confederation of labour"] },
  { french: ["CFDT"], english: ["CFDT"] },
  { french: ["force ouvriere"], english: ["force ouvriere", "workers' force"] },
  { french: ["FNSEA"], english: ["FNSEA", "largest farmers' union", "main farmers' union"] },
  { french: ["confederation paysanne"], english: ["confederation paysanne", "peasant confederation"] },
  { french: ["medef", "patronat"], english: ["medef", "employers' federation", "employers' association", "employers' organisation"] },
  { french: ["rassemblement national", "RN"], english: ["national rally", "rassemblement national", "RN"] },
  { french: ["france insoumise", "LFI", "insoumis"], english: ["france unbowed", "france insoumise", "LFI"] },
  { french: ["parti socialiste", "PS", "socialistes"], english: ["socialist party", "PS", "socialists"] },
  { french: ["les republicains", "LR"], english: ["the republicans", "les republicains", "LR"] },
  { french: ["parti communiste", "PCF", "communistes"], english: ["communist party", "PCF", "communists"] },
  { french: ["europe ecologie-les verts", "EELV", "ecologistes", "les verts"], english: ["EELV", "green party", "greens", "ecologists", "environmentalists"] },
  // Regions: a name that differs only by a neighbour's is another region.
  { french: ["occitanie"], english: ["occitanie", "occitania"] },
  { french: ["nouvelle-aquitaine"], english: ["nouvelle-aquitaine", "new aquitaine"] },
  { french: ["auvergne-rhone-alpes"], english: ["auvergne-rhone-alpes"] },
  { french: ["hauts-de-france"], english: ["hauts-de-france"] },
  { french: ["grand est"], english: ["grand est"] },
  { words: ["provence-alpes-cote"], french: ["provence-alpes-cote d'azur", "PACA"], english: ["provence-alpes-cote d'azur", "PACA", "provence", "riviera"] },
  { words: ["ile-de-france"], french: ["ile-de-france"], english: ["ile-de-france", "paris region", "greater paris"] },
  { french: ["antilles"], english: ["antilles", "caribbean", "west indies"] },
  { french: ["bretagne"], english: ["brittany", "bretagne"] },
  { french: ["normandie"], english: ["normandy", "normandie"] },
  { french: ["pays de la loire"], english: ["pays de la loire", "loire region"] },
  { words: ["bourgogne-franche-comte", "bourgogne"], french: ["bourgogne-franche-comte", "bourgogne"], english: ["bourgogne-franche-comte", "burgundy"] },
  { french: ["centre-val de loire"], english: ["centre-val de loire", "loire valley"] },
  { words: ["guyane"], french: ["guyane"], english: ["french guiana", "guiana", "guyane"] },
];
