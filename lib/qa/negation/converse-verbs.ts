import type { WordAlignment } from "@/lib/word-align/types";
import { foldedAt } from "@/lib/word-align/words";
import { isNegatedAt, type Negator } from "./negators";
import { FOLDED_CALENDAR_NAMES } from "@/lib/text/calendar-words";
import { hasClauseBoundaryBetween } from "../clause-boundaries";

/**
 * Verbs (and their nouns) of refusal, denial, prohibition, rejection, failure, defeat, weakening and
 * lifting, the words of exception, and the opposites news turns round (a rise or a fall, before or
 * after, public or private …), each with its converse, on both sides (folded forms): "a refusé de
 * fournir" rendered "agreed to hand", "le chômage a reculé" rendered "unemployment rose" reverse the
 * sentence without any "not".
 */
type ConverseClass = {
  frenchNegative: RegExp; frenchPositive: RegExp; englishNegative: RegExp; englishPositive: RegExp;
  /** A French word (folded) after which the class's French words mean something else: "d'après" is "according to". */
  frenchNotAfter?: RegExp;
  /** A French word (folded) before which they do: "privé de" is "deprived of". */
  frenchNotBefore?: RegExp;
  /**
   * An English word (folded) before which the class's English words mean something else: "after all" is "tout de même";
   * "a royal funeral, after which he was buried" turns "des funérailles avant d'être enseveli" round.
   */
  englishNotBefore?: RegExp;
  /** The French words (folded, the next two joined by a space) without which the class's French words say something else: "contre l'avis", not any "contre". */
  frenchOnlyBefore?: RegExp;
};
const CONVERSE_CLASSES: readonly ConverseClass[] = [
  {
    frenchNegative: /^refus/,
    frenchPositive: /^(?:accept|consent)/,
    englishNegative: /^(?:refus\w*|declin(?:e|es|ed|ing)|reject\w*)$/,
    englishPositive: /^(?:agree|agrees|agreed|agreeing|accept|accepts|accepted|accepting|consent\w*)$/,
  },
  {
    frenchNegative: /^(?:dement(?:i|ir|is|it|ie|ies|ent|ait|aient|ira)|ni(?:e|er|es|ee|ees|ent|ait|aient|era|erait))$/,
    frenchPositive: /^(?:confirm|admet|admis|avou)/,
    englishNegative: /^(?:deny|denies|denied|denying|denial|denials|refut\w*)$/,
    englishPositive: /^(?:confirm|confirms|confirmed|confirming|confirmation|admit|admits|admitted|admitting|acknowledg\w*)$/,
  },
  {
    // A denial said as an announcement: "a démenti toute fermeture" → "announced a closure". A class of its own: an
    // announcement elsewhere in the sentence ("a annoncé son équipe") says nothing of a confirmation.
    frenchNegative: /^(?:dement(?:i|ir|is|it|ie|ies|ent|ait|aient|ira))$/,
    frenchPositive: /^annon[cç]/,
    englishNegative: /^(?:deny|denies|denied|denying|denial|denials)$/,
    englishPositive: /^(?:announc\w*)$/,
  },
  {
    // "permis" is also the driving licence ("retrait de permis" → "driving ban"): only the verb "permettre" counts.
    frenchNegative: /^(?:interdi|prohib|proscri)/,
    frenchPositive: /^(?:autoris|permett)/,
    englishNegative: /^(?:ban|bans|banned|banning|bar|bars|barred|barring|forb\w*|prohibit\w*|outlaw\w*)$/,
    englishPositive: /^(?:allow|allows|allowed|allowing|permit|permits|permitted|permitting|authori[sz]\w*|legali[sz]\w*)$/,
  },
  {
    // A bill "voted through" or "passed" is adopted ("voted down" is vote-directions').
    frenchNegative: /^(?:rejet|rejett|repouss|retoqu)/,
    frenchPositive: /^(?:approuv|adopt|enterin)/,
    englishNegative: /^(?:reject\w*|scupper\w*)$/,
    englishPositive: /^(?:approv\w*|adopt\w*|endors\w*|uph[eo]ld\w*|passed|through)$/,
  },
  {
    frenchNegative: /^(?:echou|echec)/,
    frenchPositive: /^(?:reussi|reussir|reussit|reussissent|reussira|succes)/,
    englishNegative: /^(?:fail|fails|failed|failing|failure|failures)$/,
    englishPositive: /^(?:succeed\w*|success\w*)$/,
  },
  {
    frenchNegative: /^(?:perd(?:u|ue|us|ues|re|ra|ront|ait|aient|ent)?|perte|pertes|defaite|defaites)$/,
    frenchPositive: /^(?:gagn|remport|victoire)/,
    // Not "defeat": its subject is the winner ("ont gagné" → "defeat you").
    englishNegative: /^(?:lose|loses|lost|losing|loss|losses)$/,
    englishPositive: /^(?:win|wins|won|winning|victory|victories)$/,
  },
  {
    // Giving up a plan of one's own against deciding on it: "a renoncé à diffuser" → "decided to broadcast".
    // Only words of giving up on the English side: "a décidé de supprimer" may well be "scrapped".
    frenchNegative: /^(?:renon[cç]\w*|abandon\w*)$/,
    frenchPositive: /^(?:decid(?:e|er|es|ent|ait|aient|era|eront)|choisi(?:r|t|ssent)?)$/,
    englishNegative: /^(?:renounc\w*|forgo\w*|forwent|abandon\w*)$/,
    englishPositive: /^(?:decide|decides|decided|deciding|chose|choose|chooses|choosing|opted|pressed|pressing|proceed\w*|forged)$/,
  },
  {
    // A case or a position weakened against strengthened: "fragilisant l'accusation" → "strengthening the case".
    frenchNegative: /^(?:fragilis|affaibl)/,
    frenchPositive: /^(?:renforc|consolid|confort)/,
    englishNegative: /^(?:weaken\w*|undermin\w*|fragili[sz]\w*|undercut\w*)$/,
    englishPositive: /^(?:strengthen\w*|bolster\w*|reinforc\w*|consolidat\w*|shore|shored|shoring)$/,
  },
  {
    // A ban or an alert lifted against kept or imposed: "a levé l'alerte au tsunami" → "had maintained the tsunami alert", "a levé l'interdiction" → "imposed a ban".
    frenchNegative: /^(?:lev(?:e|ee|ees|es|er|ent|ait|aient|era|eront|a|ant)|levee|levees)$/,
    frenchPositive: /^(?:mainten\w*|maintien\w*|maintient|impos\w*|instaur\w*)$/,
    englishNegative: /^(?:lift|lifts|lifted|lifting|rescind\w*|revok\w*)$/,
    englishPositive: /^(?:maintain\w*|kept|keep|keeps|keeping|impos\w*|reimpos\w*|upheld|uphold|upholds|upholding)$/,
  },
  {
    // Left out against taken in: "sauf pour les forces de l'ordre" → "including for law enforcement".
    frenchNegative: /^(?:sauf|excepte|hormis|exception)$/,
    frenchPositive: /^(?:compris|inclus)$/,
    englishNegative: /^(?:except|excepting|excluding|exempt\w*)$/,
    englishPositive: /^(?:including|included|includes)$/,
  },
  {
    // A claim contradicted or confirmed: "contrairement à ce qu'affirmait le ministre" → "as the minister had claimed".
    // English says the contrast many ways ("despite", "whereas", "although"): any of them keeps it.
    frenchNegative: /^(?:contrairement|contraire)$/,
    frenchPositive: /^(?:comme|conformement)$/,
    englishNegative: /^(?:contrary|unlike|despite|whereas|although|though|however|otherwise|contradict\w*|opposed|counter|differently)$/,
    englishPositive: /^(?:as|like)$/,
  },
  // Cleared against convicted: "a été relaxé par le tribunal" → "was convicted by the court".
  {
    frenchNegative: /^(?:acquitt\w*|relax(?:e|ee|es|ees|er|ent|ait|aient|era)|innocente?s?|blanchie?s?)$/,
    frenchPositive: /^(?:condamn\w*|coupables?)$/,
    englishNegative: /^(?:acquit|acquits|acquitted|acquittal|acquittals|acquitting|cleared|innocent)$/,
    englishPositive: /^(?:convict|convicts|convicted|convicting|conviction|convictions|guilty|sentenced|sentencing)$/,
  },
  // A ruling quashed against upheld: "la cour d'appel a annulé la condamnation" → "the appeals court upheld the conviction".
  {
    frenchNegative: /^(?:annul\w*|invalid\w*|casse|cassee|cassees|casses|casser|cassation)$/,
    frenchPositive: /^(?:valid(?:e|ee|es|ees|er|ent|ait|aient|era|ation)|confirm\w*)$/,
    englishNegative: /^(?:annul\w*|invalidat\w*|overturn\w*|quash\w*|void\w*|struck|overrul\w*)$/,
    englishPositive: /^(?:upheld|uphold\w*|validat\w*|confirm\w*)$/,
  },
  // Backed against opposed: "a soutenu le projet" → "opposed the plan". ("against" is left out: it says where as often as who.)
  {
    frenchNegative: /^(?:oppos(?:e|é|ée|és|ées|er|ent|ait|aient|era|eront|ant|ition|itions))$/,
    frenchPositive: /^(?:soutien\w*|soutenu\w*|souten\w*|soutint|appui\w*|appuy\w*|favorables?)$/,
    englishNegative: /^(?:oppose|opposes|opposed|opposing|opposition)$/,
    // Not a bare "back": "pushed back against", "came back".
    englishPositive: /^(?:support|supports|supported|supporting|backs|backed|backing|endors\w*|favour\w*|favor\w*)$/,
  },
  // Opened against closed: "a rouvert sa frontière" → "closed its border". Bare "open" and "close" are adjectives as often ("an open letter", "close ties").
  {
    frenchNegative: /^(?:ferm(?:e|é|ée|és|ées|er|ent|ait|aient|era|eront|ant|eture|etures)|referm\w*)$/,
    frenchPositive: /^(?:ouvr\w*|ouvert(?:e|s|es|ure|ures)?|rouvr\w*|rouvert\w*|reouvert\w*)$/,
    englishNegative: /^(?:closed|closes|closing|closure|closures|shut|shuts|shutting|shutdown)$/,
    englishPositive: /^(?:opened|opens|opening|reopen|reopens|reopened|reopening)$/,
  },
  // A figure that fell against one that rose: "le chômage a reculé" → "unemployment rose", "en hausse de 20 %" → "down 20 percent".
  // Not "relever" ("a relevé que", noted) nor "plonger" ("a plongé dans la Seine", jumped), nor English "up", "down", "higher" and
  // "lower", which say where as often as which way; "bigger" says a rise ("en baisse de 30 %" → "30% bigger").
  {
    frenchNegative: /^(?:baiss\w*|diminu\w*|recul\w*|chut\w*|repli\w*|declin\w*|decroi\w*|decru\w*|degringol\w*|reduction|reductions)$/,
    frenchPositive: /^(?:augment\w*|hausses?|progress\w*|croissance|accru\w*|accroi\w*|grimp\w*|bondi\w*|envol\w*)$/,
    englishNegative: /^(?:decreas\w*|fall|falls|fell|fallen|falling|declin\w*|drop|drops|dropped|dropping|shrank|shrunk|shrink\w*|slump\w*|plung\w*|slid|slide|slides|sliding|dip|dips|dipped|dipping|tumbl\w*|reduc\w*)$/,
    englishPositive: /^(?:increas\w*|rise|rises|rose|risen|rising|grew|grow|grows|growing|grown|growth|climb\w*|jump\w*|surg\w*|soar\w*|rais\w*|boost\w*|hike|hikes|hiked|bigger)$/,
  },
  // A rule made stricter against eased: "a durci les règles" → "relaxed the rules".
  {
    frenchNegative: /^(?:assoupl\w*|allege\w*|allegement\w*|relach\w*)$/,
    frenchPositive: /^(?:durc\w*|durcissement\w*|resserr\w*|renforc\w*)$/,
    englishNegative: /^(?:ease|eases|eased|easing|relax\w*|loosen\w*)$/,
    englishPositive: /^(?:tighten\w*|tougher|toughen\w*|stricter|harden\w*|strengthen\w*|reinforc\w*|bolster\w*|step|steps|stepped|stepping)$/,
  },
  // Staff taken on against laid off: "a embauché 200 salariés" → "laid off 200 employees".
  {
    frenchNegative: /^(?:licenci\w*)$/,
    frenchPositive: /^(?:embauch\w*|recrut\w*)$/,
    englishNegative: /^(?:laid|layoffs?|sack|sacks|sacked|sacking|fired|firing|dismiss\w*|redundanc\w*)$/,
    englishPositive: /^(?:hire|hires|hired|hiring|recruit\w*)$/,
  },
  // A service restored against suspended: "le trafic a été rétabli" → "traffic was suspended".
  {
    frenchNegative: /^(?:suspen\w*|interromp\w*|interruption\w*)$/,
    frenchPositive: /^(?:retabl\w*)$/,
    englishNegative: /^(?:suspend\w*|suspension\w*|halt|halts|halted|halting|interrupt\w*)$/,
    englishPositive: /^(?:restor\w*|resum\w*)$/,
  },
  // Doubled against halved: "le nombre a doublé" → "the number has halved".
  {
    frenchNegative: /^(?:moitie)$/,
    frenchPositive: /^(?:doubl(?:e|ee|es|ees|er|ent|ait|aient|era|ement))$/,
    englishNegative: /^(?:halv\w*|half)$/,
    englishPositive: /^(?:doubl\w*)$/,
  },
  // Before against after: "avant les élections" → "after the elections" ("d'après" is "according to").
  {
    frenchNegative: /^apres$/,
    frenchPositive: /^(?:avant|auparavant)$/,
    englishNegative: /^(?:after|afterwards|afterward)$/,
    englishPositive: /^(?:before|prior|ahead|beforehand)$/,
    frenchNotAfter: /^(?:d'|d’|l'|l’|en|au|et)$/,
    englishNotBefore: /^(?:all|which|whom)$/,
  },
  // Late against early: "s'est formée plus tard que d'habitude" → "formed earlier than usual". Not a bare "late" in English ("the late
  // president", "late on Thursday"), only its comparatives.
  {
    frenchNegative: /^(?:tard|tardive|tardives|tardif|tardifs|tardivement)$/,
    frenchPositive: /^(?:tot|precoce|precoces|precocement)$/,
    englishNegative: /^(?:later|latest|belated|belatedly|tardy)$/,
    englishPositive: /^(?:earlier|earliest|sooner|soonest|early|premature|prematurely)$/,
  },
  // More against less: "sont plus fréquents" → "are less frequent". Not "de plus" (moreover), "en plus", "non plus", "au plus", "des moins de 30 ans",
  // "au moins" (at least), "à moins" (unless), nor a "plus" of "ne … plus". Not English "least": "le plus petit" is "the least".
  {
    frenchNegative: /^moins$/,
    frenchPositive: /^(?:plus|davantage)$/,
    englishNegative: /^(?:less|fewer)$/,
    englishPositive: /^(?:more|most)$/,
    // "des moins de 30 ans" are the under-30s.
    frenchNotAfter: /^(?:de|d'|d’|en|non|au|a|ne|n'|n’|sans|ni|des)$/,
  },
  // A sharp change against a slight one: "une forte hausse" → "a slight rise".
  {
    frenchNegative: /^(?:leger|legere|legers|legeres|legerement|modeste|modestes|modestement)$/,
    frenchPositive: /^(?:forte|fortes|fortement|nettement|vive|vives|vivement|massive|massives|massivement|brutale|brutales|brutalement)$/,
    englishNegative: /^(?:slight|slightly|modest|modestly|marginal|marginally|mild|mildly)$/,
    englishPositive: /^(?:sharp|sharply|steep|steeply|strong|strongly|significant|significantly|massive|massively|heavy|heavily|dramatic|dramatically)$/,
  },
  // Public against private or secret: "le secteur public" → "the private sector", "rendus publics" → "kept secret" ("privé de" is "deprived of").
  {
    frenchNegative: /^(?:prive|privee|prives|privees|secret|secrete|secrets|secretes|confidentiel\w*)$/,
    frenchPositive: /^(?:public|publique|publics|publiques)$/,
    englishNegative: /^(?:private|secret|confidential|classified)$/,
    englishPositive: /^(?:public|state|state-run|state-owned)$/,
    frenchNotBefore: /^(?:de|d'|d’|du|des)$/,
  },
  // First against last: "pour la dernière fois" → "for the first time".
  {
    frenchNegative: /^(?:dernier|derniere|derniers|dernieres)$/,
    frenchPositive: /^(?:premier|premiere|premiers|premieres)$/,
    englishNegative: /^(?:last|latest|final)$/,
    englishPositive: /^first$/,
  },
  // Above against below: "un taux supérieur à 36 %" → "a rate below 36 percent". Not a bare "dessus": "avait pris le dessus" → "had gained the upper hand".
  {
    frenchNegative: /^(?:inferieur|inferieure|inferieurs|inferieures|au-dessous)$/,
    frenchPositive: /^(?:superieur|superieure|superieurs|superieures|au-dessus)$/,
    englishNegative: /^(?:below|lower|under|beneath)$/,
    englishPositive: /^(?:above|higher|over|exceed|exceeds|exceeded|exceeding|more)$/,
  },
  // A majority against a minority (not "most": "seule une minorité y parvient" → "most are falling short" says it twice turned).
  {
    frenchNegative: /^(?:minorite|minorites|minoritaire|minoritaires)$/,
    frenchPositive: /^(?:majorite|majorites|majoritaire|majoritaires)$/,
    englishNegative: /^(?:minority|minorities)$/,
    englishPositive: /^(?:majority|majorities)$/,
  },
  // Allies against rivals ("unités amies" are "allied units").
  {
    frenchNegative: /^(?:ennemi\w*|adversaire\w*|rival|rivale|rivales|rivaux)$/,
    frenchPositive: /^(?:allie|alliee|allies|alliees|ami|amie|amis|amies)$/,
    englishNegative: /^(?:enemy|enemies|rival|rivals|adversary|adversaries|foe|foes|opponent|opponents)$/,
    englishPositive: /^(?:ally|allies|allied|friend|friends|friendly)$/,
  },
  // Hopeful against gloomy, easy against hard, dear against cheap, rich against poor.
  {
    frenchNegative: /^pessimis\w*$/,
    frenchPositive: /^optimis\w*$/,
    englishNegative: /^pessimis\w*$/,
    englishPositive: /^optimis\w*$/,
  },
  {
    frenchNegative: /^(?:difficile|difficiles|difficilement)$/,
    frenchPositive: /^(?:facile|faciles|facilement)$/,
    englishNegative: /^(?:difficult|hard|harder|hardest)$/,
    englishPositive: /^(?:easy|easier|easiest|easily)$/,
  },
  {
    frenchNegative: /^(?:abordable\w*|bon|bons)$/,
    frenchPositive: /^(?:cher|chere|chers|cheres|couteu\w*|onereu\w*)$/,
    englishNegative: /^(?:cheap|cheaper|cheapest|cheaply|affordable|inexpensive)$/,
    englishPositive: /^(?:expensive|costly|pricey|pricier|dear|dearer)$/,
  },
  {
    frenchNegative: /^(?:pauvre|pauvres|pauvrete)$/,
    frenchPositive: /^(?:riche|riches|richesse|richesses)$/,
    englishNegative: /^(?:poor|poorer|poorest|poverty)$/,
    englishPositive: /^(?:rich|richer|richest|wealth|wealthy|wealthier|wealthiest)$/,
  },
  // Required against optional, free against paying, alive against dead, present against absent.
  {
    frenchNegative: /^(?:facultati\w*|optionnel\w*|volontaire|volontaires)$/,
    frenchPositive: /^(?:obligatoire|obligatoires|obligatoirement)$/,
    englishNegative: /^(?:optional|voluntary|voluntarily)$/,
    englishPositive: /^(?:mandatory|compulsory|obligatory|required)$/,
  },
  {
    frenchNegative: /^(?:payant|payante|payants|payantes)$/,
    frenchPositive: /^(?:gratuit|gratuite|gratuits|gratuites|gratuitement|gratuite)$/,
    englishNegative: /^(?:paying|paid|fee-paying|chargeable)$/,
    englishPositive: /^(?:free|freely)$/,
  },
  {
    frenchNegative: /^(?:mort|morte|morts|mortes|decede|decedee|decedes|decedees)$/,
    frenchPositive: /^(?:vivant|vivante|vivants|vivantes)$/,
    englishNegative: /^(?:dead|deceased|lifeless)$/,
    englishPositive: /^(?:alive|living)$/,
  },
  {
    frenchNegative: /^(?:absent|absente|absents|absentes|absence)$/,
    frenchPositive: /^(?:present|presente|presents|presentes|presence)$/,
    englishNegative: /^(?:absent|absence|missing)$/,
    englishPositive: /^(?:present|presence|attended|attending|attendance)$/,
  },
  // Many against few: "de plus en plus nombreux" → "increasingly scarce". Not "few": "quite a few" is many.
  {
    frenchNegative: /^(?:rare|rares|rarement)$/,
    frenchPositive: /^(?:nombreux|nombreuse|nombreuses)$/,
    englishNegative: /^(?:scarce|scarcer|rare|rarely)$/,
    englishPositive: /^(?:numerous|many|plentiful|abundant)$/,
  },
  // Praise against criticism: "a salué l'accord" → "criticised the agreement" (not "salut", salvation).
  {
    frenchNegative: /^(?:critiqu\w*|denonc\w*|fustig\w*|condamn\w*)$/,
    frenchPositive: /^(?:salue|saluee|salues|saluees|saluer|saluent|saluait|saluaient|saluera|saluant|felicit\w*|salu)$/,
    englishNegative: /^(?:criticis\w*|criticiz\w*|condemn\w*|denounc\w*|slam|slams|slammed|blast|blasts|blasted)$/,
    englishPositive: /^(?:welcom\w*|hail\w*|prais\w*|applaud\w*|commend\w*|congratulat\w*)$/,
  },
  // In line with a rule against in breach of it: "jugé conforme à la Constitution" → "in breach of the Constitution".
  {
    frenchNegative: /^(?:contraire|contraires|inconstitutionnel\w*|illegal\w*)$/,
    frenchPositive: /^(?:conforme|conformes|conformite|constitutionnel|constitutionnelle|constitutionnels|constitutionnelles)$/,
    englishNegative: /^(?:breach|breaches|breached|breaching|violat\w*|contrary|incompatible|unconstitutional|unlawful|illegal)$/,
    englishPositive: /^(?:conform\w*|compliant|compliance|consistent|compatible|constitutional|lawful|legal)$/,
  },
  // Against someone's wishes against with their backing: "contre l'avis du gouvernement" → "with the government's backing".
  {
    frenchNegative: /^contre$/,
    frenchOnlyBefore: /^(?:l' avis|la volonte|le gre|l' opposition)$/,
    frenchPositive: /^(?:soutien|appui|aval|benediction|approbation|feu)$/,
    englishNegative: /^(?:against|despite|defiance|objections?|opposition)$/,
    englishPositive: /^(?:backing|support|blessing|approval|consent|endorsement)$/,
  },
  // A law signed against vetoed: "a promulgué une loi" → "vetoed a measure".
  {
    frenchNegative: /^vetos?$/,
    frenchPositive: /^(?:promulgu\w*|ratifi\w*)$/,
    englishNegative: /^(?:veto|vetoes|vetoed|vetoing)$/,
    englishPositive: /^(?:enact\w*|promulgat\w*|ratif\w*|signed|signs|sign|signing)$/,
  },
];

/** French words of degree that turn the word after them round: "moins cher" (cheaper), "peu coûteux" (cheap). */
const FRENCH_TURNING_DEGREE = /^(?:moins|peu)$/;

/** Any French word of any class, either way: the classes' patterns joined (each keeps its anchors). */
const ANY_FRENCH_CONVERSE = new RegExp(CONVERSE_CLASSES.flatMap((converse) => [converse.frenchNegative, converse.frenchPositive]).map((pattern) => `(?:${pattern.source})`).join("|"));

/** English words that put a converse back under a negation: "did not agree", "failed to confirm". */
/** How far from the French word its linked neighbours may stand to place it in the English. */
const ANCHOR_REACH = 6;

/**
 * Where the French words on one side of `index`, within reach, end (before it) or start (after it)
 * in the English: the furthest English of the words before, the nearest of the words after. Not the
 * nearest word's alone: English moves a modifier to the front ("La junte nigérienne a refusé" →
 * "Niger's junta agreed"), and the noun it qualifies still stands before the verb.
 */
function anchor(alignment: WordAlignment, index: number, step: 1 | -1, isNear: (other: number) => boolean): number | null {
  const targets = alignment.links
    .filter((link) => (link.source - index) * step > 0 && Math.abs(link.source - index) <= ANCHOR_REACH && isNear(link.source))
    .map((link) => link.target);
  if (targets.length === 0) return null;
  return step === -1 ? Math.max(...targets) : Math.min(...targets);
}

/**
 * Whether the English word at `at` stands where the French word at `index` is rendered: linked to
 * it, or unlinked between the English of its nearest linked neighbours when the two keep their order
 * ("Telegram a refusé de fournir aux enquêteurs" → "Telegram agreed to hand French investigators"),
 * or just after the next one's.
 */
export function standsAt(source: string, alignment: WordAlignment, index: number, at: number): boolean {
  if (standsBetween(alignment, index, at, () => true)) return true;
  // Or read within its clause only, past its dates: a phrase set off at the front ("Par 82 voix contre 61, le Landtag a rejeté") may
  // close the English sentence, and English moves a day before the verb ("s'est opposé jeudi à" → "on Thursday came out against").
  const [word, words] = [alignment.source[index], alignment.source];
  // A neighbour past a punctuation mark may stand anywhere in the English.
  const isNear = (other: number) => !FOLDED_CALENDAR_NAMES.has(foldedAt(words, other, "source")) && !hasClauseBoundaryBetween(source, words[other], word);
  return words.some((_, other) => other !== index && Math.abs(other - index) <= ANCHOR_REACH && !isNear(other)) && standsBetween(alignment, index, at, isNear);
}

/** standsAt's reading, with the French neighbours `isNear` allows as anchors. */
function standsBetween(alignment: WordAlignment, index: number, at: number, isNear: (other: number) => boolean): boolean {
  const links = alignment.links.filter((link) => link.target === at);
  if (links.length > 0) return links.some((link) => link.source === index);
  // Both open their sentence: "Comme l'avait annoncé le gouvernement" → "Contrary to what the government had announced".
  if (index === 0 && at === 0) return true;
  // An adjective after its noun in French stands before it in English: "le secteur public" → "the private sector".
  if (index > 0 && alignment.links.some((link) => link.source === index - 1 && link.target === at + 1 && alignment.target[link.target].isContent)) return true;
  const [before, after] = [anchor(alignment, index, -1, isNear), anchor(alignment, index, 1, isNear)];
  // Anchors out of order are a swap of the clause's roles ("OM a perdu contre Brest" → "Brest beat Marseille"), where a converse is faithful.
  // English may put a time word first ("a démenti mardi" → "on Tuesday denied"): the verb may follow the next neighbour's English by two.
  if (before !== null && after !== null) return before < after && at > before && at <= after + 2;
  if (before !== null) return at > before && at - before <= 2;
  // No French word before it is linked ("Le Conseil d'État a refusé mercredi" → "France's highest court on Wednesday agreed"): within two of the next one's English.
  return after !== null && at !== after && Math.abs(at - after) <= 2;
}

export type ConverseHit = { source: number; target: number };

/**
 * Both sides of a class in the French, and the English saying one side more often than the French and the other less:
 * "a progressé de 3,1 %, … un recul des transactions" → "fell 3.1%, … a drop in sales". The English word shown is the one
 * of the excess side whose place in its sentence is nearest the French word's in its own.
 */
function countedOutOfBalance(
  alignment: WordAlignment, says: number[], keeps: number[], target: string[], englishSays: RegExp, sourceNegators: Negator[], targetNegators: Negator[],
): ConverseHit | null {
  // Content words only: "plus" and "moins" count and compare as often as they say a rise ("des moins de 30 ans" → "under 30").
  const saying = says.filter((index) => alignment.source[index].isContent && !isNegatedAt(alignment.source, index, "source", sourceNegators));
  const keeping = keeps.filter((index) => !isNegatedAt(alignment.source, index, "source", sourceNegators));
  const englishSaying = target.flatMap((word, k) => (englishSays.test(word) && alignment.target[k].isContent && !isNegatedAt(alignment.target, k, "target", targetNegators) ? [k] : []));
  if (saying.length === 0 || keeping.length === 0 || englishSaying.length <= keeping.length) return null;
  const place = (k: number) => Math.abs(k / Math.max(1, target.length) - saying[0] / Math.max(1, alignment.source.length));
  const at = englishSaying.reduce((best, k) => (place(k) < place(best) ? k : best));
  return { source: saying[0], target: at };
}

/**
 * A word of a class rendered by its converse, or the reverse ("a démenti tout projet" → "confirmed a
 * plan", "a accepté" → "refused", "a augmenté" → "fell"): neither word negated, the English standing
 * where the French word is rendered, and the English saying nothing of the French word's own side of
 * the class anywhere; a French word of the English word's side excuses it only when nothing else
 * renders that word. Or both sides in the French and one side too often in the English (countedOutOfBalance).
 */
export function findConverseVerb(sourceText: string, alignment: WordAlignment, sourceNegators: Negator[], targetNegators: Negator[]): ConverseHit | null {
  const source = alignment.source.map((_, index) => foldedAt(alignment.source, index, "source"));
  // Many sentences have no word of any class: one pass over the French before the classes.
  if (!source.some((word) => ANY_FRENCH_CONVERSE.test(word))) return null;
  // "turned down the offer" refuses it as "refused" does: the verb is read as the word it stands for.
  const target = alignment.target.map((_, index) => {
    const folded = foldedAt(alignment.target, index, "target");
    return /^turn(?:s|ed|ing)?$/.test(folded) && foldedAt(alignment.target, index + 1, "target") === "down" ? "refused" : folded;
  });
  for (const converse of CONVERSE_CLASSES) {
    for (const [frenchSays, englishKeeps, englishSays, frenchKeeps] of [
      [converse.frenchNegative, converse.englishNegative, converse.englishPositive, converse.frenchPositive],
      [converse.frenchPositive, converse.englishPositive, converse.englishNegative, converse.frenchNegative],
    ] as const) {
      // The French word first: most classes have none in a sentence, and the English is then never read for them.
      // "moins cher" is "cheaper", "peu coûteux" "cheap": a word of degree before the French word turns it round.
      const says = source.flatMap((word, index) => (frenchSays.test(word) && !converse.frenchNotAfter?.test(source[index - 1] ?? "") && !FRENCH_TURNING_DEGREE.test(source[index - 1] ?? "") &&
        !converse.frenchNotBefore?.test(source[index + 1] ?? "") && (!converse.frenchOnlyBefore || converse.frenchOnlyBefore.test(source.slice(index + 1, index + 3).join(" "))) ? [index] : []));
      if (says.length === 0 || target.some((word) => englishKeeps.test(word))) continue;
      const keeps = source.flatMap((word, index) => (frenchKeeps.test(word) ? [index] : []));
      for (const index of says) {
        if (isNegatedAt(alignment.source, index, "source", sourceNegators)) continue;
        const at = target.findIndex((word, k) => englishSays.test(word) && !converse.englishNotBefore?.test(target[k + 1] ?? "") && !isNegatedAt(alignment.target, k, "target", targetNegators) && standsAt(sourceText, alignment, index, k));
        if (at < 0) continue;
        // A French word of the English word's side may be what it renders, unless that one is rendered elsewhere.
        const isRenderedElsewhere = (keep: number) =>
          alignment.links.some((link) => link.source === keep && link.target !== at && !englishSays.test(target[link.target])) ||
          target.some((word, k) => k !== at && englishSays.test(word) && standsAt(sourceText, alignment, keep, k));
        if (keeps.every(isRenderedElsewhere)) return { source: index, target: at };
      }
      const counted = countedOutOfBalance(alignment, says, keeps, target, englishSays, sourceNegators, targetNegators);
      if (counted !== null) return counted;
    }
  }
  return null;
}
