/**
 * Verb inflections reduced to the forms dictionaries list: French conjugated forms to candidate
 * infinitives (FreeDict files infinitives), English irregular pasts to their base form (the Porter
 * stemmer already folds -s, -ed, -ing). Candidates are guesses by rule; the lexicon keeps only those
 * it lists, so "devis" never becomes a verb. Input is folded: lowercase, accents stripped.
 */

/** The forms of "être" (folded), its participle "été" included: passives, copulas, the negation's "ce ne sera pas sans". */
export const FRENCH_ETRE = /^(?:etre|suis|es|est|sommes|etes|sont|etai[st]?|etaient|etions|etiez|ser(?:ai|as|a|ons|ez|ont|ais|ait|ions|iez|aient)|fus|fut|furent|soi[st]?|soient|soyons|soyez|ete)$/;
/** The forms of "avoir" (folded) that carry a participle or stand alone: "a", "ont", "aurait", "eurent". */
export const FRENCH_AVOIR = /^(?:a|ai|as|avons|avez|ont|avait|avais|avions|aviez|avaient|aura|aurai|auras|aurons|aurez|auront|aurait|aurais|aurions|auriez|auraient|eut|eurent)$/;

type Rule = { endings: string[]; infinitive: string };

// Longest endings first, so "eraient" is tried before "ent".
const byLength = (text: string) => text.split(" ").sort((a, b) => b.length - a.length);

const REGULAR: Rule[] = [
  // parler: parle parlent parlait parlera parlerait parlé(e)(s) parlant parla parlèrent parlions
  { endings: byLength("e es ent ons ez ais ait aient ions iez ant ai as a ames ates erent asse assent erai eras era erons erez eront erais erait erions eriez eraient ee ees"), infinitive: "er" },
  // finir: finis finit finissons finissent finissait finira fini(e)(s) finissant finirent finisse
  { endings: byLength("is it issons issez issent issais issait issaient issions issiez issant isse isses i ie ies irent irai iras ira irons irez iront irais irait irions iriez iraient"), infinitive: "ir" },
  // partir, sortir, courir, ouvrir: part partent partait; ouvre ouvrent
  { endings: byLength("s t ons ez ent ais ait aient ant e es"), infinitive: "ir" },
  // vendre, rendre, battre: vend vendent vendait vendra vendu(e)(s) vendit; détruire: détruis-ent, détruit
  { endings: byLength("s t ons ez ent ais ait aient ions iez ant u ue us ues it irent rai ras ra rons rez ront rais rait rions riez raient e es"), infinitive: "re" },
];

/** Irregular verbs: infinitive, then its forms that the rules above miss. Compounds (re-, com-, per-…) share them. */
const IRREGULAR = `
etre: suis es est sommes etes sont etais etait etions etiez etaient serai seras sera serons serez seront serais serait serions seriez seraient fus fut fumes furent sois soit soyons soyez soient ete etant
avoir: ai as a avons avez ont avais avait avions aviez avaient aurai auras aura aurons aurez auront aurais aurait aurions auriez auraient eus eut eumes eurent aie aies ait ayons ayez aient eu eue eues ayant
faire: fais fait faisons faites font faisais faisait faisions faisiez faisaient ferai feras fera ferons ferez feront ferais ferait ferions feriez feraient fis fit fimes firent fasse fasses fassions fassiez fassent faite faits faites faisant
aller: vais vas va vont irai iras ira irons irez iront irais irait irions iriez iraient aille ailles aillent
pouvoir: peux peut pouvons pouvez peuvent pouvais pouvait pouvions pouviez pouvaient pourrai pourras pourra pourrons pourrez pourront pourrais pourrait pourrions pourriez pourraient pus put purent puisse puisses puissions puissiez puissent pu pouvant
vouloir: veux veut voulons voulez veulent voulais voulait voulions vouliez voulaient voudrai voudras voudra voudrons voudrez voudront voudrais voudrait voudrions voudriez voudraient voulut voulurent veuille veuillent voulu voulant
devoir: dois doit devons devez doivent devais devait devions deviez devaient devrai devras devra devrons devrez devront devrais devrait devrions devriez devraient dut durent doive doives doivent due dus dues devant
prendre: prends prend prenons prenez prennent prenais prenait prenions preniez prenaient prendrai prendras prendra prendrons prendrez prendront prendrais prendrait prendrions prendriez prendraient pris prit prirent prise prises prenne prennes prenant
mettre: mets met mettons mettez mettent mettais mettait mettaient mettrai mettra mettront mettrait mettraient mis mit mirent mise mises mette mettant
dire: dis dit disons dites disent disais disait disaient dirai dira diront dirait diraient dirent dise disant
voir: vois voit voyons voyez voient voyais voyait voyaient verrai verras verra verrons verrez verront verrais verrait verraient vis vit virent vu vue vus vues voie voyant
venir: viens vient venons venez viennent venais venait venaient viendrai viendras viendra viendrons viendrez viendront viendrais viendrait viendraient vins vint vinrent venu venue venus venues vienne viennent venant
tenir: tiens tient tenons tenez tiennent tenais tenait tenaient tiendrai tiendra tiendront tiendrait tiendraient tins tint tinrent tenu tenue tenus tenues tienne tenant
savoir: sais sait savons savez savent savais savait savaient saurai saura sauront saurait sauraient sus sut surent su sue sache sachent sachant
falloir: faut fallait faudra faudrait fallut faille
croire: crois croit croyons croyez croient croyais croyait croyaient croira croiront croirait cru crue crut crurent croie croyant
connaitre: connais connait connaissons connaissez connaissent connaissais connaissait connaissaient connaitra connaitront connaitrait connu connue connus connues connut connurent connaisse connaissant
paraitre: parais parait paraissons paraissent paraissait paraissaient paraitra paraitrait paru parue parut parurent paraisse paraissant
mourir: meurs meurt mourons mourez meurent mourais mourait mouraient mourra mourront mourrait mort morte morts mortes mourut moururent meure mourant
naitre: nais nait naissent naissait naquit naquirent ne nee nes nees naissant
vivre: vis vit vivons vivez vivent vivais vivait vivaient vivra vivront vivrait vecu vecue vecut vecurent vive vivant
suivre: suis suit suivons suivez suivent suivais suivait suivaient suivra suivront suivrait suivi suivie suivis suivies suivit suivirent suive suivant
ecrire: ecris ecrit ecrivons ecrivez ecrivent ecrivais ecrivait ecrivaient ecrira ecriront ecrirait ecrite ecrits ecrites ecrivit ecrivirent ecrive ecrivant
lire: lis lit lisons lisez lisent lisais lisait lisaient lira liront lirait lu lue lus lues lut lurent lise lisant
boire: bois boit buvons buvez boivent buvais buvait buvaient boira boirait bu bue but burent boive buvant
recevoir: recois recoit recevons recevez recoivent recevais recevait recevaient recevra recevront recevrait recu recue recus recues recut recurent recoive recevant
ouvrir: ouvert ouverte ouverts ouvertes ouvrit ouvrirent
offrir: offert offerte offerts offertes offrit offrirent
courir: cours court courons courez courent courais courait couraient courra courront courrait couru courut coururent coure courant
acquerir: acquiers acquiert acquerons acquierent acquerait acquerra acquis acquise acquises acquit acquirent
fuir: fuis fuit fuyons fuyez fuient fuyait fuyaient fuira fui fuirent fuie fuyant
battre: bats bat battons battez battent battait battaient battra battu battue battus battit battirent batte battant
vaincre: vaincs vainc vainquons vainquez vainquent vainquait vaincra vaincu vaincue vaincus vainquit vainquirent vainque vainquant
craindre: crains craint craignons craignez craignent craignait craignaient craindra craindrait crainte craignit craignirent craigne craignant
peindre: peins peint peignons peignent peignait peindra peinte peignit peigne peignant
joindre: joins joint joignons joignent joignait joindra jointe joignit joigne joignant
resoudre: resous resout resolvons resolvent resolvait resoudra resolu resolue resolut resolurent
plaire: plais plait plaisons plaisent plaisait plaira plu plut
conclure: conclus conclut concluons concluez concluent concluait concluaient conclura concluront conclurait conclu conclue conclues conclurent conclue concluant
exclure: exclus exclut excluons excluent excluait exclura exclurait exclu exclue exclues exclurent excluant
inclure: inclus inclut incluons incluent incluait inclura inclurait inclue incluses inclurent incluant
`;

/** Form (or form ending, for compounds) → infinitives. */
const IRREGULAR_FORMS = new Map<string, string[]>();
for (const line of IRREGULAR.trim().split("\n")) {
  const [infinitive, forms] = line.split(": ");
  for (const form of forms.split(" ")) {
    const infinitives = IRREGULAR_FORMS.get(form) ?? [];
    IRREGULAR_FORMS.set(form, [...infinitives, infinitive]);
  }
}

/** Longest prefix a compound adds to an irregular verb ("entre" + "prend", "sur" + "vit", "main" + "tient"). */
const MAX_PREFIX = 6;

function regularCandidates(word: string, candidates: Set<string>): void {
  for (const rule of REGULAR) {
    for (const ending of rule.endings) {
      if (!word.endsWith(ending)) continue;
      const stem = word.slice(0, word.length - ending.length);
      if (stem.length < 2) continue;
      candidates.add(stem + rule.infinitive);
      if (rule.infinitive === "er") {
        // mangeons → manger, appellent → appeler, emploient → employer
        if (stem.endsWith("ge")) candidates.add(stem.slice(0, -1) + "er");
        if (/([lt])\1$/.test(stem)) candidates.add(stem.slice(0, -1) + "er");
        if (stem.endsWith("i")) candidates.add(stem.slice(0, -1) + "yer");
      }
      if (rule.infinitive === "re") {
        // détruisent → détruire, écrivent → écrire, craint → craindre
        if (/[sv]$/.test(stem) && stem.length > 3) candidates.add(stem.slice(0, -1) + "re");
        if (/[aeo]in$/.test(stem)) candidates.add(stem + "dre");
      }
      if (rule.infinitive === "ir" && ending.length <= 2) candidates.add(word + "ir"); // sort → sortir
    }
  }
}

const lemmaCache = new Map<string, readonly string[]>();

/**
 * Infinitives a folded French word form may be a conjugation of, most likely first, without the
 * word itself. Unchecked guesses: callers keep those their dictionary lists. Memoised per form.
 */
export function frenchVerbLemmas(word: string): readonly string[] {
  let lemmas = lemmaCache.get(word);
  if (lemmas === undefined) {
    const candidates = new Set<string>();
    if (word.length >= 2 && /^[a-z]+$/.test(word)) {
      for (let prefix = 0; prefix <= MAX_PREFIX && prefix < word.length - 1; prefix += 1) {
        for (const infinitive of IRREGULAR_FORMS.get(word.slice(prefix)) ?? []) candidates.add(word.slice(0, prefix) + infinitive);
      }
      if (word.length >= 4) regularCandidates(word, candidates);
    }
    candidates.delete(word);
    lemmas = [...candidates];
    if (lemmaCache.size > 200_000) lemmaCache.clear();
    lemmaCache.set(word, lemmas);
  }
  return lemmas;
}

/** English irregular pasts and past participles, "base: forms". Regular inflections are the stemmer's. */
const ENGLISH_IRREGULAR = `
arise: arose arisen
awake: awoke awoken
bear: bore borne
beat: beat beaten
become: became
begin: began begun
bend: bent
bid: bade
bind: bound
bite: bit bitten
bleed: bled
blow: blew blown
break: broke broken
breed: bred
bring: brought
build: built
burn: burnt
buy: bought
catch: caught
choose: chose chosen
cling: clung
come: came
creep: crept
deal: dealt
die: died
dig: dug
do: did done
draw: drew drawn
dream: dreamt
drink: drank drunk
drive: drove driven
eat: ate eaten
fall: fell fallen
feed: fed
feel: felt
fight: fought
find: found
flee: fled
fly: flew flown
forbid: forbade forbidden
forget: forgot forgotten
forgive: forgave forgiven
freeze: froze frozen
get: got gotten
give: gave given
go: went gone
grind: ground
grow: grew grown
hang: hung
have: had
hear: heard
hide: hid hidden
hold: held
keep: kept
kneel: knelt
know: knew known
lay: laid
lead: led
leap: leapt
leave: left
lend: lent
lie: lay lain lied
light: lit
lose: lost
make: made
mean: meant
meet: met
pay: paid
ride: rode ridden
ring: rang rung
rise: rose risen
run: ran
say: said
see: saw seen
seek: sought
sell: sold
send: sent
shake: shook shaken
shine: shone
shoot: shot
show: shown
shrink: shrank shrunk
sing: sang sung
sink: sank sunk
sit: sat
slay: slew slain
sleep: slept
slide: slid
speak: spoke spoken
spend: spent
spin: spun
stand: stood
steal: stole stolen
stick: stuck
sting: stung
strike: struck stricken
strive: strove striven
sue: sued
swear: swore sworn
sweep: swept
swim: swam swum
swing: swung
take: took taken
teach: taught
tear: tore torn
tell: told
think: thought
throw: threw thrown
tie: tied
tread: trod trodden
understand: understood
vie: vied
wake: woke woken
wear: wore worn
weep: wept
win: won
wind: wound
withdraw: withdrew withdrawn
write: wrote written
`;

const ENGLISH_BASES = new Map<string, string>();
for (const line of ENGLISH_IRREGULAR.trim().split("\n")) {
  const [base, forms] = line.split(": ");
  for (const form of forms.split(" ")) ENGLISH_BASES.set(form, base);
}

/** The base form of an irregular English past or participle ("fought" → "fight", "undertook" → "undertake"), else undefined. */
export function englishVerbBase(word: string): string | undefined {
  const base = ENGLISH_BASES.get(word);
  if (base !== undefined) return base;
  // Prefixed compounds: overthrew, undertook, foresaw, withheld, overcame, rebuilt.
  const prefix = /^(?:over|under|with|fore|out|re|mis|up|be)(?=[a-z]{3})/.exec(word)?.[0];
  const rest = prefix ? ENGLISH_BASES.get(word.slice(prefix.length)) : undefined;
  return rest === undefined ? undefined : prefix + rest;
}
