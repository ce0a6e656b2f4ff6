/**
 * The one table of countries news names, each with the names French and English give it
 * (accent-folded) and its people's adjective. A country whose name holds another's ("République
 * démocratique du Congo", "Guinée-Bissau", "Corée du Nord", "Soudan du Sud", "Irlande du Nord") is its
 * own entry: English that drops the distinguishing word names the other country. So are the pairs
 * that differ by a few letters (Niger/Nigeria, Autriche/Australie, Iran/Irak, Slovaquie/Slovénie).
 * A name shared by two countries ("le Congo", "Korean", "congolais") is left out: it names neither.
 *
 * Each row: French names / French adjectives (masculine singular; the other forms are derived) /
 * English names / English adjectives (plural derived for "-an" and "-i": "Israelis"), then after "|"
 * the capitals and seats of power, French / English. Those are kept apart: news says "Moscou" for
 * the state, but "l'archevêque de Paris" is a city's, and a nationality read into it is a false swap.
 */
const ROWS = `
allemagne, outre-rhin / allemand / germany / german | berlin / berlin
autriche / autrichien / austria / austrian | vienne / vienna
belgique / belge / belgium / belgian
bulgarie / bulgare / bulgaria / bulgarian | sofia /
croatie / croate / croatia / croatian | zagreb /
chypre / chypriote / cyprus / cypriot | nicosie / nicosia
danemark / danois / denmark / danish, dane | copenhague / copenhagen
espagne / espagnol / spain / spanish, spaniard | madrid / madrid
estonie / estonien / estonia / estonian | tallinn / tallinn
finlande / finlandais / finland / finnish, finn | helsinki / helsinki
france, hexagone, bleus, bleues / francais / france / french, frenchman, frenchmen, frenchwoman | paris / paris
grece / grec / greece / greek | athenes / athens
hongrie / hongrois / hungary / hungarian | budapest / budapest
irlande / irlandais / ireland, republic of ireland / irish | dublin / dublin
irlande du nord / nord-irlandais, irlandais du nord / northern ireland, ulster / northern irish | belfast / belfast
italie / italien / italy / italian | rome / rome
lettonie / / latvia / latvian | riga / riga
lituanie / lituanien / lithuania / lithuanian | vilnius / vilnius
luxembourg / luxembourgeois / luxembourg / luxembourger
malte / maltais / malta / maltese | la valette / valletta
pays-bas, hollande / neerlandais / netherlands, holland / dutch, dutchman, dutchmen, dutchwoman | la haye / the hague
pologne / polonais / poland / polish | varsovie / warsaw
portugal / portugais / portugal / portuguese | lisbonne / lisbon
roumanie / roumain / romania / romanian | bucarest / bucharest
royaume-uni, grande-bretagne, angleterre, outre-manche / britannique, anglais / united kingdom, UK, britain, great britain, england / british, english, briton | londres, downing street / london, downing street
slovaquie / slovaque / slovakia / slovak, slovakian | bratislava / bratislava
slovenie / slovene / slovenia / slovenian, slovene | ljubljana / ljubljana
suede / suedois / sweden / swedish, swede | stockholm / stockholm
suisse / suisse / switzerland / swiss | berne / bern
norvege / norvegien / norway / norwegian | oslo / oslo
islande / islandais / iceland / icelandic | reykjavik / reykjavik
tchequie, republique tcheque / tcheque / czech republic, czechia / czech | prague / prague
serbie / serbe / serbia / serbian, serb | belgrade / belgrade
bosnie, bosnie-herzegovine / bosnien / bosnia, bosnia and herzegovina / bosnian | sarajevo / sarajevo
kosovo / kosovar / kosovo / kosovar | pristina / pristina
albanie / albanais / albania / albanian | tirana / tirana
moldavie / moldave / moldova / moldovan | chisinau / chisinau
ukraine / ukrainien / ukraine / ukrainian | kiev, kyiv / kyiv, kiev
bielorussie / bielorusse / belarus / belarusian | minsk / minsk
russie / russe / russia / russian | moscou, kremlin / moscow, kremlin
georgie / georgien / georgia / georgian | tbilissi / tbilisi
armenie / armenien / armenia / armenian | erevan / yerevan
azerbaidjan / azerbaidjanais / azerbaijan / azerbaijani, azeri | bakou / baku
turquie / turc / turkey, turkiye / turkish, turk | ankara / ankara
israel / israelien / israel / israeli
palestine, gaza, cisjordanie, territoires palestiniens / palestinien, gazaoui / palestine, gaza, west bank, palestinian territories / palestinian, gazan
liban / libanais / lebanon / lebanese | beyrouth / beirut
syrie / syrien / syria / syrian | damas / damascus
jordanie / jordanien / jordan / jordanian | amman / amman
irak / irakien / iraq / iraqi | bagdad / baghdad
iran / iranien / iran / iranian | teheran / tehran
arabie saoudite / saoudien / saudi arabia / saudi | riyad / riyadh
emirats arabes unis, emirats / emirati / united arab emirates, UAE, emirates / emirati | abou dhabi / abu dhabi
qatar / qatari / qatar / qatari | doha / doha
koweit / koweitien / kuwait / kuwaiti
yemen / yemenite / yemen / yemeni | sanaa / sanaa
egypte / egyptien / egypt / egyptian | le caire / cairo
maroc / marocain / morocco / moroccan | rabat / rabat
algerie / algerien / algeria / algerian | alger / algiers
tunisie / tunisien / tunisia / tunisian | tunis / tunis
libye / libyen / libya / libyan
soudan / soudanais / sudan / sudanese | khartoum / khartoum
soudan du sud / sud-soudanais, soudanais du sud / south sudan / south sudanese | juba / juba
ethiopie / ethiopien / ethiopia / ethiopian | addis-abeba / addis ababa
erythree / erythreen / eritrea / eritrean | asmara / asmara
somalie / somalien / somalia / somali, somalian | mogadiscio / mogadishu
kenya / kenyan / kenya / kenyan | nairobi / nairobi
ouganda / ougandais / uganda / ugandan | kampala / kampala
rwanda / rwandais / rwanda / rwandan | kigali / kigali
burundi / burundais / burundi / burundian
tanzanie / tanzanien / tanzania / tanzanian | dodoma / dodoma
republique democratique du congo, RDC, congo-kinshasa / / democratic republic of congo, democratic republic of the congo, DRC, DR congo, congo-kinshasa / | kinshasa / kinshasa
republique du congo, congo-brazzaville / / republic of congo, republic of the congo, congo republic, congo-brazzaville / | brazzaville / brazzaville
gabon / gabonais / gabon / gabonese | libreville / libreville
cameroun / camerounais / cameroon / cameroonian | yaounde / yaounde
nigeria / nigerian / nigeria / nigerian | abuja / abuja
niger / nigerien / niger / nigerien | niamey / niamey
tchad / tchadien / chad / chadian | ndjamena / ndjamena
mali / malien / mali / malian | bamako / bamako
burkina faso, burkina / burkinabe / burkina faso, burkina / burkinabe | ouagadougou / ouagadougou
senegal / senegalais / senegal / senegalese | dakar / dakar
mauritanie / mauritanien / mauritania / mauritanian | nouakchott / nouakchott
guinee / guineen / guinea / guinean | conakry / conakry
guinee-bissau / bissau-guineen / guinea-bissau / bissau-guinean | bissau / bissau
guinee equatoriale / equato-guineen / equatorial guinea / equatorial guinean, equatoguinean | malabo / malabo
papouasie-nouvelle-guinee / papouan / papua new guinea / papua new guinean
cote d'ivoire / ivoirien / ivory coast, cote d'ivoire / ivorian | abidjan / abidjan
ghana / ghaneen / ghana / ghanaian | accra / accra
togo / togolais / togo / togolese | lome / lome
centrafrique, republique centrafricaine / centrafricain / central african republic / central african | bangui / bangui
angola / angolais / angola / angolan | luanda / luanda
zambie / zambien / zambia / zambian | lusaka / lusaka
gambie / gambien / gambia / gambian | banjul / banjul
zimbabwe / zimbabween / zimbabwe / zimbabwean | harare / harare
mozambique / mozambicain / mozambique / mozambican | maputo / maputo
afrique du sud / sud-africain / south africa / south african | pretoria / pretoria
madagascar / malgache / madagascar / malagasy | antananarivo / antananarivo
malawi / malawite / malawi / malawian | lilongwe / lilongwe
namibie / namibien / namibia / namibian | windhoek / windhoek
chine / chinois / china / chinese | pekin / beijing
taiwan / taiwanais / taiwan / taiwanese | taipei / taipei
japon / japonais / japan / japanese | tokyo / tokyo
coree du nord / nord-coreen, coreen du nord / north korea / north korean | pyongyang / pyongyang
coree du sud / sud-coreen, coreen du sud / south korea / south korean | seoul / seoul
inde / indien / india / indian | new delhi / new delhi
pakistan / pakistanais / pakistan / pakistani | islamabad / islamabad
afghanistan / afghan / afghanistan / afghan | kaboul / kabul
bangladesh / bangladais / bangladesh / bangladeshi | dacca / dhaka
sri lanka / sri-lankais / sri lanka / sri lankan | colombo / colombo
nepal / nepalais / nepal / nepalese, nepali | katmandou / kathmandu
birmanie, myanmar / birman / myanmar, burma / burmese | naypyidaw / naypyidaw
thailande / thailandais / thailand / thai | bangkok / bangkok
vietnam, viet nam / vietnamien / vietnam, viet nam / vietnamese | hanoi / hanoi
cambodge / cambodgien / cambodia / cambodian | phnom penh / phnom penh
malaisie / malaisien / malaysia / malaysian | kuala lumpur / kuala lumpur
indonesie / indonesien / indonesia / indonesian | jakarta / jakarta
philippines / philippin / philippines / filipino, philippine | manille / manila
kazakhstan / kazakh / kazakhstan / kazakh | astana / astana
etats-unis, USA / americain / united states, US, U.S., USA / american | washington, maison blanche / washington, white house
canada / canadien / canada / canadian | ottawa / ottawa
mexique / mexicain / mexico / mexican | mexico / mexico city
cuba / cubain / cuba / cuban | la havane / havana
haiti / haitien / haiti / haitian | port-au-prince / port-au-prince
republique dominicaine / dominicain / dominican republic / dominican | saint-domingue / santo domingo
porto rico / portoricain / puerto rico / puerto rican | san juan / san juan
jamaique / jamaicain / jamaica / jamaican | kingston / kingston
costa rica / costaricien / costa rica / costa rican
guatemala / guatemalteque / guatemala / guatemalan
honduras / hondurien / honduras / honduran | tegucigalpa / tegucigalpa
el salvador / salvadorien / el salvador / salvadoran, salvadorean
nicaragua / nicaraguayen / nicaragua / nicaraguan | managua / managua
paraguay / paraguayen / paraguay / paraguayan | asuncion / asuncion
colombie / colombien / colombia / colombian | bogota / bogota
venezuela / venezuelien / venezuela / venezuelan | caracas / caracas
equateur / equatorien / ecuador / ecuadorian | quito / quito
perou / peruvien / peru / peruvian | lima / lima
bolivie / bolivien / bolivia / bolivian | la paz / la paz
bresil / bresilien / brazil / brazilian | brasilia / brasilia
chili / chilien / chile / chilean | santiago / santiago
argentine / argentin / argentina / argentine, argentinian | buenos aires / buenos aires
uruguay / uruguayen / uruguay / uruguayan | montevideo / montevideo
kirghizstan, kirghizistan / kirghiz / kyrgyzstan / kyrgyz | bichkek / bishkek
tadjikistan / tadjik / tajikistan / tajik | douchanbe / dushanbe
ouzbekistan / ouzbeke / uzbekistan / uzbek | tachkent / tashkent
turkmenistan / turkmene / turkmenistan / turkmen | achgabat / ashgabat
mongolie / mongol / mongolia / mongolian | oulan-bator / ulaanbaatar, ulan bator
bhoutan / bhoutanais / bhutan / bhutanese | thimphou / thimphu
maldives / maldivien / maldives / maldivian
laos / laotien / laos / laotian
singapour / singapourien / singapore / singaporean
brunei / bruneien / brunei / bruneian
timor oriental, timor-leste / est-timorais / east timor, timor-leste / east timorese | dili / dili
bahrein / bahreini / bahrain / bahraini | manama / manama
oman / omanais / oman / omani | mascate / muscat
djibouti / djiboutien / djibouti / djiboutian
benin / beninois / benin / beninese | porto-novo / porto-novo
sierra leone / sierra-leonais / sierra leone / sierra leonean | freetown / freetown
liberia / liberien / liberia / liberian | monrovia / monrovia
cap-vert / cap-verdien / cape verde, cabo verde / cape verdean | praia / praia
sao tome-et-principe / santomeen / sao tome and principe /
comores / comorien / comoros / comoran, comorian | moroni / moroni
ile maurice / mauricien / mauritius / mauritian | port-louis / port louis
seychelles / seychellois / seychelles / seychellois
eswatini, swaziland / swazi / eswatini, swaziland / swazi | mbabane / mbabane
lesotho / / lesotho / | maseru / maseru
botswana / botswanais / botswana / botswanan | gaborone / gaborone
macedoine du nord / macedonien / north macedonia / macedonian | skopje / skopje
montenegro / montenegrin / montenegro / montenegrin | podgorica / podgorica
andorre / andorran / andorra / andorran
monaco / monegasque / monaco / monegasque
saint-marin / saint-marinais / san marino / sammarinese
liechtenstein / liechtensteinois / liechtenstein / liechtensteiner | vaduz / vaduz
belize / belizien / belize / belizean
panama / panameen / panama / panamanian
trinite-et-tobago / trinidadien / trinidad and tobago / trinidadian
barbade / barbadien / barbados / barbadian | bridgetown / bridgetown
bahamas / bahameen / bahamas / bahamian | nassau / nassau
guyana / guyanien / guyana / guyanese
suriname / surinamais / suriname / surinamese | paramaribo / paramaribo
sainte-lucie / saint-lucien / saint lucia / saint lucian
fidji / fidjien / fiji / fijian | suva / suva
tonga / tongien / tonga / tongan | nuku'alofa / nuku'alofa
samoa / samoan / samoa / samoan | apia / apia
vanuatu / vanuatais / vanuatu / | port-vila / port vila
iles salomon / salomonais / solomon islands / | honiara / honiara
kiribati / / kiribati /
tuvalu / tuvaluan / tuvalu / tuvaluan
nauru / nauruan / nauru / nauruan
australie / australien / australia / australian, aussie | canberra / canberra
nouvelle-zelande / neo-zelandais / new zealand / new zealander | wellington / wellington
`;

/**
 * A French adjective's four forms from its masculine singular: "israélien" → "israélienne", "grec" → "grecque".
 * A people's noun with its complement inflects its first word: "irlandais du nord" → "irlandaise du nord".
 */
export function inflectFrench(masculine: string): string[] {
  const space = masculine.indexOf(" ");
  if (space > 0) return inflectFrench(masculine.slice(0, space)).map((form) => `${form}${masculine.slice(space)}`);
  if (/(?:en|on)$/.test(masculine)) return [masculine, `${masculine}s`, `${masculine}ne`, `${masculine}nes`];
  if (/[sx]$/.test(masculine)) return [masculine, `${masculine}e`, `${masculine}es`];
  if (/e$/.test(masculine)) return [masculine, `${masculine}s`];
  if (/c$/.test(masculine)) return [masculine, `${masculine}s`, `${masculine}que`, `${masculine}ques`];
  return [masculine, `${masculine}e`, `${masculine}s`, `${masculine}es`];
}

/** The names of a row's field, comma-separated: "france, hexagone" → ["france", "hexagone"]. */
export const listOf = (field = "") => field.split(",").map((name) => name.trim()).filter((name) => name.length > 0);

/** One country: its names and adjectives in both languages (all forms), and apart from them its capitals and seats of power. */
export type Country = {
  /** Its first English name: the one key both languages' words of this country share. */
  key: string;
  french: string[];
  frenchAdjectives: string[];
  english: string[];
  englishAdjectives: string[];
  seats: { french: string[]; english: string[] };
};

export const COUNTRIES: Country[] = ROWS.trim().split("\n").map((row) => {
  const [own, seats = ""] = row.split("|");
  const [french, adjectives, english, demonyms] = own.split("/").map((field) => field.trim());
  const [frenchSeats, englishSeats] = seats.split("/");
  return {
    key: listOf(english)[0].toLowerCase(),
    french: listOf(french), frenchAdjectives: listOf(adjectives).flatMap(inflectFrench),
    english: listOf(english), englishAdjectives: listOf(demonyms).flatMap((word) => (/(?:an|i)$/.test(word) ? [word, `${word}s`] : [word])),
    seats: { french: listOf(frenchSeats), english: listOf(englishSeats) },
  };
});
