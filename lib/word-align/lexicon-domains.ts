/**
 * Everyday vocabulary of news stories across many domains (housing, farming, defence, migration,
 * schools, work, transport, energy, local government, science, religion, business, the arts, health),
 * with the usual English renderings an agency uses, written for Recto and shipped under its licence
 * (decision 011), loaded beside COMMON_LEXICON in the same format: "french forms = english words",
 * one rendering per English word, both sides stemmed on load; plurals, feminines and conjugated forms
 * are found from the forms listed here. Multi-word units are in DOMAIN_PHRASES. A line gives only
 * the renderings SHIPPED_LEXICON and COMMON_LEXICON lack for its words: the headword itself may
 * stand there too ("loyer = rent" there, "loyer = rental" here), and the built lexicon is their union.
 */

/** Housing and planning. */
const HOUSING_WORDS = `
logement logements = housing home homes accommodation dwelling flat
loyer = rental
locataire = renter occupant
propriétaire = proprietor homeowner
bailleur = landlord lessor
bail = lease tenancy
louer location = rent let hire lease rental
immeuble = tower
pavillon = house detached bungalow pavilion
quartier = quarter
banlieue = outskirts
périphérie = outskirts periphery edge fringe
agglomération = city conurbation town urban area
centre-ville = centre center downtown town
reloger relogement = rehouse rehousing relocate
héberger hébergement = shelter lodging
abri = shelter
insalubre = unfit squalid unsanitary unhealthy
vétuste = dilapidated run-down rundown decrepit old outdated
réhabiliter réhabilitation = refurbish renovate rehabilitate restore refurbishment renovation
rénover rénovation = renovate refurbish renovation refurbishment upgrade
isoler isolation = insulate isolate insulation isolation
chauffage = heating heater
chantier = works building
permis = permit licence license
copropriété = condominium co-ownership building
hlm = social council public housing
foyer = household home hostel shelter
ménage = family
abordable = affordable
squat squatter = squat squatter
promoteur = developer promoter
urbanisme = planning urbanism
terrain = plot site
déménager déménagement = move relocate removal
charges = charges bills costs
`;

/** Farming, fishing and food. */
const AGRICULTURE_WORDS = `
laiterie = dairy creamery
agriculteur = grower
éleveur = rancher herder
exploitant = farmer operator grower
exploitation = holding
élevage = farming rearing farm
fermier = farmer
récolte récolter = harvest crop yield reap
moisson = harvest
semer semis = sow sowing seed
culture cultiver = crop cultivation grow cultivate farm culture
céréale = cereal grain
blé = wheat
orge = barley
colza = rapeseed
betterave = beet beetroot
vigne vignoble = vine vineyard vineyards
vigneron viticulteur = winegrower winemaker grower
caféiculteur cacaoculteur oléiculteur betteravier = grower farmer
ostréiculteur conchyliculteur mytiliculteur pisciculteur aquaculteur = farmer
riziculteur céréalier céréaliculteur = farmer grower
arboriculteur horticulteur = grower
maraîcher = gardener grower
apiculteur = beekeeper
apiculture = beekeeping
pisciculture aquaculture = aquaculture farming
ostréiculture conchyliculture riziculture oléiculture = farming growing
sylviculteur = forester
vendange = harvest grape vintage
bétail cheptel = livestock cattle herd
vache bovin = cow cattle bovine
porc porcin = pig pork hog
volaille = poultry chicken fowl
poulet = chicken
mouton ovin = sheep ovine
lait laitier = milk dairy
fromage = cheese
abattage abattre = slaughter culling cull slaughtering
abattoir = slaughterhouse abattoir
engrais = fertiliser fertilizer
pesticide phytosanitaire = pesticide
irrigation irriguer = irrigation irrigate
sécheresse = dry
grêle = hail hailstorm
gel geler = frost
grippe = flu influenza
aviaire = avian bird
débouché = outlet market opening
arracher = uproot tear pull snatch
hectare = hectare
parcelle = plot parcel
tracteur = tractor
bio biologique = organic
indemniser indemnisation indemnité = indemnity
filière = sector industry chain
interprofession interprofessionnel = body industry trade
coopérative = cooperative co-op
`;

/** Armed forces and defence. */
const DEFENCE_WORDS = `
armée = forces
militaire = soldier serviceman
soldat = troop
frégate = frigate
sous-marin = submarine
porte-avions = carrier
avion = aeroplane
chasseur = fighter hunter
obus = shells
arme = gun
blindé = armoured armored
programmation = planning programming
exercice = drill
effectif = staff strength workforce numbers personnel
réserviste = reservist
caserne = barracks
surveillance surveiller = monitoring
dissuasion = deterrence deterrent
`;

/** Migration and asylum. */
const MIGRATION_WORDS = `
émigrer émigration = emigrate emigration
demandeur = applicant seeker claimant
exilé = exiled
embarcation = boat vessel craft dinghy
bateau = boat ship vessel
pneumatique = inflatable dinghy tyre
passeur = smuggler trafficker
naufrage = shipwreck sinking capsized
secourir secours sauvetage = help aid relief
garde-côte = coastguard
rétention = detention retention
accueil accueillir = reception hospitality
régularisation régulariser = regularisation regularization
titre = permit document
séjour = residence stay
regroupement = reunification grouping
naturalisation = naturalisation naturalization citizenship
nationalité = citizenship
`;

/** Schools and universities. */
const EDUCATION_WORDS = `
écolier = pupil schoolchild
collégien = pupil schoolchild student
lycée = college
lycéen = pupil student
université universitaire = college
enseignant = lecturer
instituteur = teacher
classe = form
examen = test
baccalauréat bac = baccalaureate
épreuve = test exam ordeal event trial
rentrée = term start return school year
scolaire = academic
scolarité = schooling education
inscrire inscription = enrolment
harcèlement harceler = bullying bully
cantine = canteen
manuel = textbook manual
apprentissage apprenti = apprenticeship apprentice learning
formation = education course
recteur rectorat = rector authority education
`;

/** Work, jobs and unions. */
const LABOUR_WORDS = `
emploi = work
embauche embaucher = recruit
licencier licenciement = lay sack
employé = clerk
employeur patronat patron = employer employers boss
syndicat syndicaliste syndical = unions
grève gréviste = strikers
grévistes = strikers
salaire salarial = wages
rémunération rémunérer = pay remuneration salary pay
prime = bonus premium
revalorisation revaloriser = increase rise raise upgrade
cotisation cotiser = contributions
intérim intérimaire = temporary agency temp
travailleur = labourer
main-d'œuvre = labour labor workforce manpower
livreur = courier rider deliveryman driver
entrepôt = warehouse depot
usine = works
atelier = workshop
plan = scheme
télétravail = remote teleworking homeworking
`;

/** Transport and traffic. */
const TRANSPORT_WORDS = `
voie = line
rail ferroviaire = rail railway
tramway tram = tram tramway
métro = metro underground subway tube
bus autobus autocar = bus coach
billet = ticket note
abonnement = subscription season pass
circulation circuler = traffic circulation run
embouteillage bouchon = jam congestion tailback
route routier = route highway
chaussée = road carriageway roadway pavement
péage = toll
camion-citerne = tanker
conducteur chauffeur = driver
rouler = drive driving travel
rocade = ring bypass
piéton = pedestrian
compagnie = firm
contrôleur = controller inspector
passager voyageur = passenger traveller traveler
accident = accident crash collision
collision percuter = collision crash hit
renverser = knock
dérailler déraillement = derail derailment
panne = breakdown failure outage cut fault
retard = late lateness behind
ligne = route
navette = shuttle
`;

/** Energy and utilities. */
const ENERGY_WORDS = `
électricité électrique = power
gaz gazier = gas
gazole diesel = diesel
raffinerie = refinery
réacteur = reactor
centrale = plant station
panneau = panel sign
photovoltaïque = photovoltaic solar
barrage = dam barrage
consommation consommer = use
économie économiser = economy saving savings save
compteur = meter
réseau = grid
coupure = cut outage
hydrogène = hydrogen
rejeter rejet = release discharge dump emission emissions
`;

/** Local government. */
const LOCAL_WORDS = `
municipalité = municipality
mairie = town hall city council
commune communal = village local
département départemental = departmental
région régional = region regional
préfet préfecture = authorities
préfecture = headquarters
collectivité = council
riverain = resident neighbour neighbor local
pétition = petition
gratuit gratuité = free free-of-charge
éclairage = lighting
poste = office
piscine = pool
parc = fleet farm
`;

/** Science and research. */
const SCIENCE_WORDS = `
chercheur = scientist
laboratoire labo = laboratory lab
étude étudier = studies
télescope = telescope
galaxie = galaxy
satellite = satellite
fusée = rocket
archéologue archéologique = archaeologist archaeological archaeology
fouille = excavation dig
vestige = remains ruins vestiges traces
fossile = fossil
cellule = cell unit
gène génétique = gene genetic
mesure mesurer = measurement
grenouille = frog
forêt = woods
`;

/** Religion and faiths. */
const RELIGION_WORDS = `
cathédrale = cathedral
basilique = basilica
chapelle = chapel
temple = temple
archevêque = archbishop
pasteur = pastor minister
fidèle = faithful believer worshipper follower loyal
pèlerin pèlerinage = pilgrim pilgrimage
messe = mass service
prière prier = prayer pray
baptême baptiser = baptism baptise baptize
diocèse = diocese
culte = religion
protestant = protestant
`;

/** Companies and markets. */
const BUSINESS_WORDS = `
groupe = company
chiffre = turnover
bénéfice = earnings
déficit déficitaire = loss-making loss
semestre semestriel = half semester
actionnaire = stockholder
investisseur investir = investor invest
faillite = collapse
redressement = receivership recovery turnaround
distribution distributeur = retail distribution distributor retailer
hypermarché supermarché = hypermarket supermarket
géant = giant
constructeur = maker manufacturer builder carmaker automaker planemaker
automobile = motor automotive
vendre = sales
céder cession = sell sale sold divest
participation = stake holding
PDG = CEO chief boss
propagation = spread spreading
avionneur = planemaker aircraftmaker manufacturer maker
dirigeant = executive manager boss
patron = head
`;

/** Arts, heritage and books. */
const CULTURE_WORDS = `
tableau = picture
galerie = gallery
collectionneur collection = collector collection
spectateur = spectator viewer audience
concert = gig
récit = story account narrative
prix = fare fee cost
réalisateur = filmmaker
restauration restaurer = restoration restore
`;

/** Health care. */
const HEALTH_WORDS = `
soignant soin = caregiver
vaccin vaccination vacciner = jab
rougeole = measles
pharmacie pharmacien = chemist
antibiotique = antibiotic
prescrire ordonnance = prescribe prescription
ehpad = home care nursing
`;

/** Quantities, time and people, everyday words of any story. */
const GENERAL_WORDS = `
faute = lack error foul shortage
manque manquer = missing
quarantaine = forty quarantine
vingtaine = twenty
vingt-sept vingt-huit vingt-cinq = bloc member states eu
trentaine = thirty
parmi = among
moins = least lower
mort = died
an ans = old aged
enfant = children kid boy girl
homme = men
durée = period
supérieur = higher upper superior
bas = lower bottom
saluer = tribute commend
réunir = held convened
préférer = prefer choose chose favour favor opt
attaquer = sue challenge take tackle
dénoncer = report
présumé présumée = suspected alleged presumed
`;

/** Everyday words of speech and story that the news lexicon and FreeDict miss. */
const EVERYDAY_WORDS = `
mieux = better best
sûreté = safety
quelqu'un = someone somebody anyone anybody
tard = later late
digne dignes = worthy
cavalier cavaliers = rider horseman horsemen
`;

export const DOMAIN_LEXICON = [HOUSING_WORDS, AGRICULTURE_WORDS, DEFENCE_WORDS, MIGRATION_WORDS, EDUCATION_WORDS, LABOUR_WORDS, TRANSPORT_WORDS, ENERGY_WORDS, LOCAL_WORDS, SCIENCE_WORDS, RELIGION_WORDS, BUSINESS_WORDS, CULTURE_WORDS, HEALTH_WORDS, GENERAL_WORDS, EVERYDAY_WORDS].join("");

/**
 * Multi-word units common in news ("mettre en œuvre" → "implement", "faire face à" → "cope"): French folded
 * (lowercase, no accents, œ kept), an elided article a word of its own ("l' encontre"). A verb or noun may
 * be listed in its dictionary form: "mettre en œuvre" also matches "mettent en œuvre", "a mis en œuvre".
 */
export const DOMAIN_PHRASES = `
une bonne fois pour toutes = once all
une bonne fois pour toute = once all
combien de temps = long
plus tard = later
de toute facon = anyway anyhow
tout le monde = everyone everybody
mettre en oeuvre = implement implementation carry
mettre en œuvre = implement implementation carry
mise en œuvre = implementation implement
prendre en charge = handle care cover treat support
prise en charge = care treatment coverage support handling
face a = over facing faced against amid
faire face a = face cope tackle confront deal
faire face aux = face cope tackle confront deal
a l' encontre de = against
a l' encontre des = against
a l' encontre du = against
en faveur de = favour favor support
en faveur du = favour favor support
en faveur des = favour favor support
au profit de = benefit for
faute de = lack without shortage absence
a bord de = aboard board
a bord d' = aboard board
a contresens = wrong way
au large de = off
au large des = off
au large du = off
mettre au jour = unearth uncover discover reveal
mis au jour = unearthed uncovered discovered revealed
avoir lieu = take place held
donner lieu a = lead cause prompt
tenir compte de = account consider
en hausse = up rise rising higher increase
en baisse = down fall falling lower decrease
en moyenne = average
en tete = lead leading top ahead
heure de pointe = rush peak
heures de pointe = rush peak
ordre du jour = agenda
mouvement social = strike industrial action
mouvements sociaux = strikes industrial action
plan social = redundancy layoffs job
chef d' entreprise = business owner boss
grand public = public general
a l' instar de = like
en tant que = as
d' ici a = by
a la fois = both
sous peine de = or risk penalty
prendre l' eau = leak sink water
porter secours = help rescue
venir en aide = help assist aid
mettre a l' abri = shelter protect
hors de = outside out
en matiere d' = regarding terms
en vigueur = force effect
entrer en vigueur = force effect take
entre en vigueur = force effect
a l' echelle nationale = nationally national
a plusieurs reprises = repeatedly several times
a nouveau = again
de nouveau = again
au total = total all
en outre = also moreover
en revanche = however contrast
en particulier = particularly especially
tout au long de = throughout
au fil de = over through
le long de = along
au bord de = edge verge brink
dans l' ensemble = overall
a peu pres = about roughly almost
moins de = less fewer under
au moins = least
par rapport a = compared relative
par rapport au = compared relative
par rapport aux = compared relative
a l' egard des = towards regarding
mettre l' accent sur = emphasise emphasize stress focus
rendre public = publish release disclose
rendu public = published released
rendue publique = published released
mettre en service = commission launch open
mise en service = commissioning launch opening
mise a jour = update
mettre a jour = update
pris en compte = taken account considered
prendre en compte = take account consider
en retard = late behind delayed
en avance = early ahead
en panne = broken down failed
en service = service operating operation
en difficulte = difficulty struggling trouble
en difficultes = difficulty struggling trouble
a court terme = short term
a long terme = long term
a moyen terme = medium term
en plein air = outdoor open
main d' oeuvre = labour labor workforce
au chomage = unemployed jobless
en cours de = being under during
lutte contre = fight against
lutter contre = fight combat tackle
directeur general = chief executive director general managing boss head
directrice generale = chief executive director general managing boss head
directeurs generaux = chief executives directors general managing bosses heads
conference de presse = news conference press briefing
union nationale = national unity
porte a = raised increased brought lifted took
portee a = raised increased brought lifted took
portes a = raised increased brought lifted took
portees a = raised increased brought lifted took
porter a = raise increase bring lift take
`;
