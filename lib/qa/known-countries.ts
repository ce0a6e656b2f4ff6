/**
 * Countries news names, each with the names French and English give it (accent-folded): the
 * country, its capital and seat of power where news uses them for the state ("Moscou", "la Maison
 * Blanche"), and its people's adjective. A country whose name holds another's ("République
 * démocratique du Congo", "Guinée-Bissau", "Corée du Nord", "Soudan du Sud", "Irlande du Nord") is its
 * own entry: English that drops the distinguishing word names the other country. So are the pairs
 * that differ by a few letters (Niger/Nigeria, Autriche/Australie, Iran/Irak, Slovaquie/Slovénie).
 * A name shared by two countries ("le Congo", "Korean", "congolais") is left out: it names neither.
 *
 * Each row: French names / French adjectives (masculine singular; the other forms are derived) /
 * English names / English adjectives (plural derived for "-an" and "-i": "Israelis").
 */
const ROWS = `
allemagne, berlin, outre-rhin / allemand / germany, berlin / german
autriche, vienne / autrichien / austria, vienna / austrian
belgique / belge / belgium / belgian
bulgarie, sofia / bulgare / bulgaria / bulgarian
croatie, zagreb / croate / croatia / croatian
chypre, nicosie / chypriote / cyprus, nicosia / cypriot
danemark, copenhague / danois / denmark, copenhagen / danish
espagne, madrid / espagnol / spain, madrid / spanish, spaniard
estonie / estonien / estonia / estonian
finlande, helsinki / finlandais / finland, helsinki / finnish
france, paris, hexagone, bleus, bleues / francais / france, paris / french, frenchman, frenchmen, frenchwoman
grece, athenes / grec / greece, athens / greek
hongrie, budapest / hongrois / hungary, budapest / hungarian
irlande, dublin / irlandais / ireland, republic of ireland, dublin / irish
irlande du nord, belfast / nord-irlandais / northern ireland, belfast, ulster / northern irish
italie, rome / italien / italy, rome / italian
lettonie / / latvia / latvian
lituanie / lituanien / lithuania / lithuanian
luxembourg / luxembourgeois / luxembourg / luxembourger
malte / maltais / malta / maltese
pays-bas, la haye, hollande / neerlandais / netherlands, the hague, holland / dutch
pologne, varsovie / polonais / poland, warsaw / polish
portugal, lisbonne / portugais / portugal, lisbon / portuguese
roumanie, bucarest / roumain / romania, bucharest / romanian
royaume-uni, grande-bretagne, angleterre, londres, downing street, outre-manche / britannique, anglais / united kingdom, UK, britain, great britain, england, london, downing street / british, english, briton
slovaquie, bratislava / slovaque / slovakia, bratislava / slovak, slovakian
slovenie, ljubljana / slovene / slovenia, ljubljana / slovenian, slovene
suede, stockholm / suedois / sweden, stockholm / swedish, swede
suisse, berne / suisse / switzerland, bern / swiss
norvege, oslo / norvegien / norway, oslo / norwegian
islande / islandais / iceland / icelandic
tchequie, republique tcheque / tcheque / czech republic, czechia / czech
serbie, belgrade / serbe / serbia, belgrade / serbian, serb
bosnie, bosnie-herzegovine / bosnien / bosnia, bosnia and herzegovina / bosnian
kosovo / kosovar / kosovo / kosovar
albanie / albanais / albania / albanian
moldavie / moldave / moldova / moldovan
ukraine, kiev, kyiv / ukrainien / ukraine, kyiv, kiev / ukrainian
bielorussie, minsk / bielorusse / belarus, minsk / belarusian
russie, moscou, kremlin / russe / russia, moscow, kremlin / russian
georgie, tbilissi / georgien / georgia, tbilisi / georgian
armenie, erevan / armenien / armenia, yerevan / armenian
azerbaidjan, bakou / azerbaidjanais / azerbaijan, baku / azerbaijani, azeri
turquie, ankara / turc / turkey, turkiye, ankara / turkish, turk
israel / israelien / israel / israeli
palestine, gaza, cisjordanie, territoires palestiniens / palestinien, gazaoui / palestine, gaza, west bank, palestinian territories / palestinian, gazan
liban, beyrouth / libanais / lebanon, beirut / lebanese
syrie, damas / syrien / syria, damascus / syrian
jordanie, amman / jordanien / jordan, amman / jordanian
irak, bagdad / irakien / iraq, baghdad / iraqi
iran, teheran / iranien / iran, tehran / iranian
arabie saoudite, riyad / saoudien / saudi arabia, riyadh / saudi
emirats arabes unis, emirats, abou dhabi, dubai / emirati / united arab emirates, UAE, emirates, abu dhabi, dubai / emirati
qatar, doha / qatari / qatar, doha / qatari
koweit / koweitien / kuwait / kuwaiti
yemen, sanaa / yemenite / yemen, sanaa / yemeni
egypte, le caire / egyptien / egypt, cairo / egyptian
maroc, rabat / marocain / morocco, rabat / moroccan
algerie, alger / algerien / algeria, algiers / algerian
tunisie, tunis / tunisien / tunisia, tunis / tunisian
libye / libyen / libya / libyan
soudan, khartoum / soudanais / sudan, khartoum / sudanese
soudan du sud, juba / sud-soudanais / south sudan, juba / south sudanese
ethiopie, addis-abeba / ethiopien / ethiopia, addis ababa / ethiopian
erythree / erythreen / eritrea / eritrean
somalie, mogadiscio / somalien / somalia, mogadishu / somali, somalian
kenya, nairobi / kenyan / kenya, nairobi / kenyan
ouganda, kampala / ougandais / uganda, kampala / ugandan
rwanda, kigali / rwandais / rwanda, kigali / rwandan
burundi / burundais / burundi / burundian
tanzanie / tanzanien / tanzania / tanzanian
republique democratique du congo, RDC, congo-kinshasa, kinshasa / / democratic republic of congo, democratic republic of the congo, DRC, DR congo, congo-kinshasa, kinshasa /
republique du congo, congo-brazzaville, brazzaville / / republic of congo, republic of the congo, congo republic, congo-brazzaville, brazzaville /
gabon, libreville / gabonais / gabon, libreville / gabonese
cameroun, yaounde / camerounais / cameroon, yaounde / cameroonian
nigeria, abuja, lagos / nigerian / nigeria, abuja, lagos / nigerian
niger, niamey / nigerien / niger, niamey / nigerien
tchad, ndjamena / tchadien / chad, ndjamena / chadian
mali, bamako / malien / mali, bamako / malian
burkina faso, burkina, ouagadougou / burkinabe / burkina faso, burkina, ouagadougou / burkinabe
senegal, dakar / senegalais / senegal, dakar / senegalese
mauritanie, nouakchott / mauritanien / mauritania, nouakchott / mauritanian
guinee, conakry / guineen / guinea, conakry / guinean
guinee-bissau, bissau / bissau-guineen / guinea-bissau, bissau / bissau-guinean
guinee equatoriale, malabo / equato-guineen / equatorial guinea, malabo / equatorial guinean, equatoguinean
papouasie-nouvelle-guinee / papouan / papua new guinea / papua new guinean
cote d'ivoire, abidjan / ivoirien / ivory coast, cote d'ivoire, abidjan / ivorian
ghana, accra / ghaneen / ghana, accra / ghanaian
togo, lome / togolais / togo, lome / togolese
centrafrique, republique centrafricaine, bangui / centrafricain / central african republic, bangui / central african
angola, luanda / angolais / angola, luanda / angolan
zambie, lusaka / zambien / zambia, lusaka / zambian
gambie, banjul / gambien / gambia, banjul / gambian
zimbabwe, harare / zimbabween / zimbabwe, harare / zimbabwean
mozambique, maputo / mozambicain / mozambique, maputo / mozambican
afrique du sud, pretoria / sud-africain / south africa, pretoria / south african
madagascar, antananarivo / malgache / madagascar, antananarivo / malagasy
malawi / malawite / malawi / malawian
namibie / namibien / namibia / namibian
chine, pekin / chinois / china, beijing / chinese
taiwan, taipei / taiwanais / taiwan, taipei / taiwanese
japon, tokyo / japonais / japan, tokyo / japanese
coree du nord, pyongyang / nord-coreen / north korea, pyongyang / north korean
coree du sud, seoul / sud-coreen / south korea, seoul / south korean
inde, new delhi / indien / india, new delhi / indian
pakistan, islamabad / pakistanais / pakistan, islamabad / pakistani
afghanistan, kaboul / afghan / afghanistan, kabul / afghan
bangladesh, dacca / bangladais / bangladesh, dhaka / bangladeshi
sri lanka / sri-lankais / sri lanka / sri lankan
nepal / nepalais / nepal / nepalese, nepali
birmanie, myanmar / birman / myanmar, burma / burmese
thailande, bangkok / thailandais / thailand, bangkok / thai
vietnam, viet nam, hanoi / vietnamien / vietnam, viet nam, hanoi / vietnamese
cambodge / cambodgien / cambodia / cambodian
malaisie / malaisien / malaysia / malaysian
indonesie, jakarta / indonesien / indonesia, jakarta / indonesian
philippines, manille / philippin / philippines, manila / filipino, philippine
kazakhstan / kazakh / kazakhstan / kazakh
etats-unis, USA, washington, maison blanche / americain / united states, US, U.S., USA, washington, white house / american
canada, ottawa / canadien / canada, ottawa / canadian
mexique, mexico / mexicain / mexico, mexico city / mexican
cuba, la havane / cubain / cuba, havana / cuban
haiti, port-au-prince / haitien / haiti, port-au-prince / haitian
republique dominicaine / dominicain / dominican republic / dominican
colombie, bogota / colombien / colombia, bogota / colombian
venezuela, caracas / venezuelien / venezuela, caracas / venezuelan
equateur, quito / equatorien / ecuador, quito / ecuadorian
perou / peruvien / peru / peruvian
bolivie / bolivien / bolivia / bolivian
bresil, brasilia / bresilien / brazil, brasilia / brazilian
chili / chilien / chile / chilean
argentine, buenos aires / argentin / argentina, buenos aires / argentine, argentinian
uruguay / uruguayen / uruguay / uruguayan
australie, canberra / australien / australia, canberra / australian, aussie
nouvelle-zelande, wellington / neo-zelandais / new zealand, wellington / new zealander
`;

/** A French adjective's four forms from its masculine singular: "israélien" → "israélienne", "grec" → "grecque". */
function inflectFrench(masculine: string): string[] {
  if (/(?:en|on)$/.test(masculine)) return [masculine, `${masculine}s`, `${masculine}ne`, `${masculine}nes`];
  if (/[sx]$/.test(masculine)) return [masculine, `${masculine}e`, `${masculine}es`];
  if (/e$/.test(masculine)) return [masculine, `${masculine}s`];
  if (/c$/.test(masculine)) return [masculine, `${masculine}s`, `${masculine}que`, `${masculine}ques`];
  return [masculine, `${masculine}e`, `${masculine}s`, `${masculine}es`];
}

const listOf = (field: string) => field.split(",").map((name) => name.trim()).filter((name) => name.length > 0);

export type KnownCountry = { french: string[]; frenchAdjectives: string[]; english: string[] };

/** The table above, parsed: English adjectives join the English names (all are capitalised in English). */
export const KNOWN_COUNTRIES: KnownCountry[] = ROWS.trim().split("\n").map((row) => {
  const [french, adjectives, english, demonyms] = row.split("/").map((field) => field.trim());
  const englishAdjectives = listOf(demonyms ?? "").flatMap((word) => (/(?:an|i)$/.test(word) ? [word, `${word}s`] : [word]));
  return { french: listOf(french), frenchAdjectives: listOf(adjectives).flatMap(inflectFrench), english: [...listOf(english), ...englishAdjectives] };
});
