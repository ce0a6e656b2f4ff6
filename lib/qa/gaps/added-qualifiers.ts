import type { Span } from "@/lib/text/text";
import { FRENCH_COUNT, type QualifierClaim, unmatchedClaims } from "./qualifier-claims";

/**
 * An English claim a translation may slip in ("because of the strike", "the largest ever", "at least
 * 40", "reportedly"), and the French words that may say it. The mirror of dropped-qualifiers: a
 * word or two the gap rules never weigh alone, though it makes the English claim more.
 */

const NUMBER_AHEAD = String.raw`(?=\s+(?:\d|a (?:third|quarter|half|dozen|hundred|thousand|million)|half|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundred))`;

/** Not right after a figure or a multiple: "40% more than", "20 percent less than", "three times more than". */
const AFTER_NO_FIGURE = String.raw`(?<![\d%] )(?<!\bper ?cent )(?<!\btimes )`;

/** Not the particle of a verb of motion before "to": "will go back up to 90 km/h" says where it goes, not a bound. */
const NOT_A_PARTICLE = String.raw`(?<!\b(?:go|goes|going|gone|went|come|comes|coming|came|back|move[sd]?|moving|climb(?:s|ed|ing)?|step(?:s|ped|ping)?) )`;

/** French words or phrases, whole: "\\b" knows no accented letter ("à cause"). */
const frenchWords = (alternatives: string) => new RegExp(String.raw`(?<!\p{L})(?:${alternatives})(?!\p{L})`, "iu");

/** French words that say a record or a superlative. */
const RECORD_WORDS = String.raw`record|historique|jamais|inédite?s?|sans précédent|plus|moins|premi[eè]re?|meilleure?s?|pire|maximum|minimum|pic|sommet|plancher`;

const QUALIFIERS: readonly QualifierClaim[] = [
  // A cause: French says it in many ways, a verb ("a entraîné"), a participle or a preposition among them.
  { said: /\b(?:because of|owing to|as a result of|due to(?= (?:the|a|an|its|their|his|her|this|that|these|those|high|low|poor|bad|heavy|strong|severe|rising|falling|lack|concerns?|fears?|security|health|technical|budget|financial|weather)\b))\b/i,
    carriedBy: frenchWords(String.raw`(?:entraîn|provoqu|caus|pouss|motiv|expliqu|imput|attribu|résult|découl|contrain|oblig|forc)\p{L}*|conduit|à l['’]origine|à cause|en raison|du fait|suite|faute|grâce|sous l['’]effet|lié|liée|liés|liées|causée?s?|provoquée?s?|dû|due|dus|dues|car|parce|puisque?|vu|compte tenu|étant donné|raison|protest\p{L}*|à la suite|après|face|avec|par|sur fond|dans un contexte|en marge`) },
  // A superlative since a time: French may say it with "depuis" ("la plus forte hausse depuis 1990").
  { said: /\bthe (?:largest|biggest|highest|lowest|worst|best|deadliest|strongest|longest|youngest|oldest|fastest|richest|costliest|busiest|hottest|coldest|wettest|driest) (?:\w+ )?(?:ever|on record|in (?:its|their) history|since)\b/i,
    carriedBy: frenchWords(String.raw`${RECORD_WORDS}|depuis`) },
  // A record: "depuis" alone says no record ("85 nouvelles adhésions depuis septembre" is no "record 85 new members").
  { said: /\b(?:a record|record(?:-breaking)?(?!\s+(?:the|a|an|in|it|them|this|that|these|those|his|her|its|their|our|your|my|every|each|all|what|how|of|on|for|as|and|or|but|is|was|were|are|has|had|have|with|at|by|since|so|while|which)\b)|for the first time|unprecedented|all-time)\b/i,
    carriedBy: frenchWords(RECORD_WORDS) },
  // A superlative measured against a span of time: "fell to its lowest level [in a decade]", "the hottest summer since 1947".
  { said: /\b(?:highest|lowest|biggest|largest|smallest|worst|best|strongest|weakest|fastest|slowest|deadliest|hottest|coldest|wettest|driest) (?:[\w-]+ )?(?:in (?:a|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|fifty|\d+|several|many|over a|more than a|nearly a|almost a) (?:decades?|years?|generations?|century|centuries|months?)|since (?:\d{4}|records began|the \d{4}s))\b/i,
    carriedBy: frenchWords(String.raw`record\p{L}*|jamais|inédite?s?|historique\p{L}*|sans précédent|depuis|décennies?|siècles?|plus (?:haut|bas|fort|faible|élevée?s?|importante?s?|grave|grande?s?|petite?s?|chaud|froid|meurtri\p{L}*)|plancher|pic|sommet|au plus`) },
  // A concession the French does not make: "[despite persistent supply chain problems]".
  { said: /\b(?:despite|in spite of|notwithstanding)\b/i,
    carriedBy: frenchWords(String.raw`malgré|en dépit|bien que|bien qu['’]|même si|même s['’]|alors que|alors qu['’]|pourtant|cependant|toutefois|néanmoins|mais|tandis|quoique|nonobstant|encore que|quand même|tout de même|beau|contre vents et marées|résist\p{L}*|persist\p{L}*|surmont\p{L}*`) },
  // A bound or an approximation put on a figure ("des rafales atteignant 207 km/h": gusts of up to 207 km/h). After a figure, "more than" compares ("cost 40% more than five years ago", "three times less than"): it bounds nothing.
  { said: new RegExp(String.raw`\b(?:at least|nearly|almost|roughly|approximately|${AFTER_NO_FIGURE}(?:more|fewer|less) than|${NOT_A_PARTICLE}up to|as many as)${NUMBER_AHEAD}`, "i"),
    carriedBy: frenchWords(String.raw`au moins|près|presque|quasi\p{L}*|environ|quelque|plus|moins|à peine|autour|approximativement|de l['’]ordre|une? \p{L}+aines?|milliers?|centaines?|dizaines?|douzaines?|quinzaines?|seulement|jusqu|dessous|deçà|sous|inférieure?s?|supérieure?s?|dépass\p{L}*|excéd\p{L}*|attei\p{L}+|culmin\p{L}*`) },
  // A hedge, or the opposite of one.
  { said: /\b(?:reportedly|allegedly|apparently|probably|presumably|suspected|alleged)\b/i,
    // "Il doit y avoir" is "there must be", "there is probably": devoir says likelihood as often as duty.
    carriedBy: frenchWords(String.raw`\p{L}+(?:rais|rait|rions|riez|raient)|doi[st]|doivent|devai[st]|devaient|selon|certaine?\p{L}*|sûrement|doute|d['’]après|présumée?s?|supposée?s?|soupçonn\p{L}*|soupçons?|suspectée?s?|probable\p{L}*|possible\p{L}*|peut-être|sans doute|vraisemblable\p{L}*|semble\p{L}*|apparem\p{L}*|auteur|mise?s? en cause|accus\p{L}*|reproch\p{L}*|prétendue?s?`) },
  // A purpose: French gives it with "pour", "afin de", "visant à" or the verb of the aim itself. The aim's
  // object follows: "able to fight them off", "willing to fight on" are a verb's complement, no purpose;
  // so is an infinitive after a verb and its object: "will require participants to tackle a course".
  { said: /\b(?:(?:in order|so as) to|(?<!\b(?:requir|forc|ask|allow|invit|urg|expect|oblig|compel|encourag|enabl|want|need|tell|told|order|call)\w*(?:\s+[\w'’-]+){1,3}\s+)(?:to|aimed at|aiming to) (?:stop|prevent|curb|contain|halt|slow|fight|combat|tackle|avoid|limit|stem)(?= (?:the|a|an|its|their|any|further)\b))\b/i,
    carriedBy: frenchWords(String.raw`pour|afin|de (?:façon|manière|sorte) (?:à|que|qu['’])|vis\p{L}*|en vue|but|objectif|contre|affront\p{L}*|(?:se |s['’]|nous |vous )batt\p{L}*|(?:évit|empêch|limit|endigu|frein|lutt|prév|stopp|arrêt|enray|contr|combatt|ralent|suspend|interromp|cess|gel)\p{L}*`) },
  // An aim the French does not give: "[as it seeks to expand] in medical nutrition", "[in a bid to] win back market share".
  { said: /\b(?:in a (?:bid|drive|push) to|in an? (?:effort|attempt) to|as (?:it|he|she|they|the \w+) (?:seeks?|tries|try|looks?|aims?|bids?|attempts?|strives?) to|with the (?:aim|goal|intention|objective) of|in the hopes? of|in hopes of|aimed at)\b/i,
    carriedBy: frenchWords(String.raw`pour (?:ne |n['’]|se |s['’]|l['’]|le |la |les |y |en |lui |leur |nous |vous )?\p{L}+(?:er|ir|re|oir)|afin|vis\p{L}*|en vue|but|objectifs?|espoir|esp[eè]r\p{L}*|tent\p{L}*|cherch\p{L}*|souhait\p{L}*|veu\p{L}*|voul\p{L}*|entend\p{L}*|stratégi\p{L}*|ambition\p{L}*|ambitionn\p{L}*|destinée?s?|conçue?s?|censée?s?|s['’]efforc\p{L}*|efforts?|essa\p{L}*|dans le cadre|compt\p{L}*|pari\p{L}*|vise|volonté|désir\p{L}*|aspir\p{L}*|projet\p{L}*|intention\p{L}*`) },
  // A judgement on what is reported: the French names the dispute or the wait itself ("contesté", "tant attendu").
  { said: /\b(?:controversial|contentious|much-critici[sz]ed|long-awaited|much-awaited|eagerly awaited|long-delayed|unpopular|so-called)\b/i,
    carriedBy: frenchWords(String.raw`controvers\p{L}*|polémi\p{L}*|contest\p{L}*|décri\p{L}*|critiqu\p{L}*|conflict\p{L}*|attendu\p{L}*|espér\p{L}*|retard\p{L}*|enfin|impopulaire\p{L}*|prétendu\p{L}*|soi-disant|fameu\p{L}*|dite|dites|dits|dénommée?s?|baptisée?s?|surnommée?s?|appelée?s?`) },
  // Or its scale and boldness, which French says with many adjectives. "Sweeping" qualifies the noun after it: "chimney
  // sweeping, which is compulsory" names a trade.
  { said: /\b(?:ambitious|landmark|historic|sweeping(?=\s+(?!(?:is|was|are|were|has|had|have|will|would|can|could|must|should|which|that|who|and|or|of|in|on|at|by|for|to|with)\b)[a-z])|drastic|radical|flagship|bold|hefty|whopping|ill-fated|dramatic|spectacular|staggering|devastating|crippling|lavish)\b/i,
    carriedBy: frenchWords(String.raw`ambiti\p{L}*|historique\p{L}*|phare|emblémati\p{L}*|vaste\p{L}*|grande?s?|ample\p{L}*|ampleur|profond\p{L}*|drastique\p{L}*|radica\p{L}*|audac\p{L}*|hardi\p{L}*|lourde?s?|colossa\p{L}*|énorme\p{L}*|considérable\p{L}*|spectaculaire\p{L}*|dramati\p{L}*|impression\p{L}*|dévast\p{L}*|destruct\p{L}*|ravag\p{L}*|catastroph\p{L}*|paralys\p{L}*|fastueu\p{L}*|somptu\p{L}*|record|majeure?s?|importante?s?|sans précédent|inédite?s?|massi\p{L}*|malheureu\p{L}*|funeste\p{L}*|fatal\p{L}*|tragique\p{L}*|terrible\p{L}*|saisissant\p{L}*|stupéfiant\p{L}*|généreu\p{L}*|coûteu\p{L}*|cher|chère|fort\p{L}*|gros\p{L}*|haut\p{L}*`) },
  // A claim that something is out of the ordinary, put on an adjective: "an unusually sunny spring". French says it with a degree word or an adjective of its own.
  { said: /\b(?:unusually|exceptionally|unseasonably|abnormally|extraordinarily|uncommonly|remarkably)\b/i,
    carriedBy: frenchWords(String.raw`exceptionnel\p{L}*|inhabituel\p{L}*|anorma\p{L}*|extraordinaire\p{L}*|remarquabl\p{L}*|rare\p{L}*|singuli\p{L}*|particuli\p{L}*|étonnam\p{L}*|surprenan\p{L}*|incroyabl\p{L}*|insolite\p{L}*|inédite?s?|hors (?:du commun|normes?|saison)|record|très|si|tellement|fort|extrême\p{L}*|vraiment|bien|plus|trop|précoce\p{L}*|tardi\p{L}*`) },
  // Figures or results given as not yet final: "provisional figures", "preliminary results".
  { said: /\b(?:provisional|preliminary|interim)\b/i,
    carriedBy: frenchWords(String.raw`provisoire\p{L}*|préliminaire\p{L}*|intérim\p{L}*|intermédiaire\p{L}*|temporaire\p{L}*|premi\p{L}*|estimation\p{L}*|estimée?s?|partiel\p{L}*|à ce stade|pour l['’]instant|pour le moment|transitoire\p{L}*`) },
  // How a ruling or a measure holds, the mirror of dropped-qualifiers' "par contumace", "à vie", "à huis clos", "à l'unanimité", "à titre posthume".
  { said: /\b(?:in absentia)\b/i, carriedBy: frenchWords(String.raw`contumace|absence|absente?s?|en fuite|fugiti\p{L}*|exil\p{L}*|réfugiée?s?`) },
  { said: /\b(?:for life|life ban|lifetime ban|banned for life)\b/i, carriedBy: frenchWords(String.raw`vie|perpétuité|définiti\p{L}*|à jamais|pour toujours|viager\p{L}*`) },
  { said: /\b(?:behind closed doors|closed-door|in camera)\b/i, carriedBy: frenchWords(String.raw`huis clos|portes? closes?|à l['’]abri|secr\p{L}*|privée?s?|confidenti\p{L}*|sans (?:public|spectateurs|supporters|la presse)|discrète?s?|discrètement`) },
  { said: /\b(?:unanimous(?:ly)?)\b/i, carriedBy: frenchWords(String.raw`unanim\p{L}*|tou[st]|toutes?|l['’]ensemble|sans opposition|aucune? (?:voix|vote) contre|consensus|d['’]une seule voix|d['’]une même voix`) },
  { said: /\b(?:posthumous(?:ly)?)\b/i, carriedBy: frenchWords(String.raw`posthume\p{L}*|morte?s?|décédée?s?|défunte?s?|feue?|disparue?s?|tuée?s?|après sa mort|après (?:son|leur) décès`) },
  // How a vote went, and before whom a match was played: colour an adapter adds to a ruling or a result.
  { said: /\b(?:by a (?:narrow|slim|razor-thin|wide|large|comfortable|huge|clear|big) (?:majority|margin)|narrowly (?:passed|approved|adopted|won|rejected|voted)|overwhelmingly (?:passed|approved|adopted|backed|voted|rejected))\b/i,
    carriedBy: frenchWords(String.raw`majorit\p{L}*|voix|unanim\p{L}*|de justesse|courte\p{L}*|serrée?s?|écrasante?s?|large\p{L}*|marge|confortable\p{L}*|nette?s?|massive\p{L}*|\d+ (?:voix|votes|contre|pour)`) },
  { said: /\b(?:in front of|before) (?:a |an |some )?(?:sell-out|sold-out|packed|capacity|record|home|partisan|raucous|jubilant|near-capacity|\d[\d,.]*) (?:crowd|fans|spectators|supporters|audience)|(?:sell-out|sold-out|capacity|packed) (?:crowd|stadium|arena|house)\b/i,
    carriedBy: frenchWords(String.raw`public|spectateurs?|supporte\p{L}*|foule|guichets fermés|comble|affluence|tribunes?|gradins|stade plein|salle pleine|\d[\d  .]* personnes`) },
  // A backdrop the French does not give: "amid mounting tensions". ("citing" is not read: it renders "pointer", "évoquer", "faute de" and many more.)
  { said: /\b(?:amid|in the face of) /i,
    carriedBy: frenchWords(String.raw`invoqu\p{L}*|évoqu\p{L}*|cit\p{L}*|faute|manque\p{L}*|absence|insuffisan\p{L}*|arguant|argu\p{L}*|faisant valoir|mettant en avant|expliqu\p{L}*|justifi\p{L}*|motif\p{L}*|raison\p{L}*|cause|en raison|face à|sur fond|dans un contexte|contexte|climat|alors que|tandis que|au milieu|en pleine?|sous la pression|malgré|en dépit|sur un air|dans un|parmi|pour|selon|suite|après|en proie|au cœur|marqu\p{L}*|fond|sous (?:une? |la |le |l['’]|les |des |de )?(?:\p{L}+ )?(?:surveillance|présence|protection|escorte|pluie|neige|huées|applaudissements|acclamations|menace|feu|bombardements?|tirs|regards?|tension)`) },
  // Something said to happen for the first time, or against the odds.
  { said: /\b(?:for the first time|first-ever|first time ever|unexpectedly|in a surprise (?:move|decision|announcement|ruling|vote))\b/i,
    carriedBy: frenchWords(String.raw`premi\p{L}*|inédite?s?|jamais|inattendu\p{L}*|surpris\p{L}*|surprenan\p{L}*|étonn\p{L}*|coup de théâtre|contre toute attente|à la surprise|inaugur\p{L}*|inaugura\p{L}*|nouveau|nouvelle|initial\p{L}*|depuis`) },
  // A motive put on an act: "in retaliation for", "in protest at".
  { said: /\b(?:in retaliation (?:for|against)|in reprisal for|in protest (?:at|against|over)|as a protest)\b/i,
    carriedBy: frenchWords(String.raw`contre|grève\p{L}*|manifest\p{L}*|mobilis\p{L}*|représailles|riposte\p{L}*|répon\p{L}*|répliqu\p{L}*|vengean\p{L}*|protest\p{L}*|contest\p{L}*|en signe|pour dénoncer|dénon\p{L}*|boycott\p{L}*|mécontent\p{L}*|colère`) },
  // How long something lasted, where the French gives no length of time: "blocked [for several hours]".
  { said: /\bfor (?:(?:at least|nearly|almost|about|around|more than|over|up to|another|a further) )?(?:several|a few|many|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|a|an) (?:more )?(?:hours?|days?|weeks?|months?|years?|decades?|nights?|minutes?)\b/i,
    carriedBy: frenchWords(String.raw`heures?|\d+ ?h|jours?|journées?|semaines?|mois|ans?|années?|décennies?|nuits?|minutes?|pendant|durant|depuis|jusqu['’]\p{L}*|durée|durablement|longtemps|temporaire\p{L}*|provisoire\p{L}*|\p{L}+aine|week-end|hebdomadaire\p{L}*|mensuel\p{L}*|annuel\p{L}*|quotidien\p{L}*|toute la (?:journée|nuit|semaine)`) },
  // That it happened again, where the French counts no repetition: "[for the second time]", "[in a row]". Not "once again":
  // French says it with a verb in "re-" ("sont redevenus", "revinrent").
  { said: /\b(?:for the (?:second|third|fourth|fifth|sixth|\d+(?:nd|rd|th)) (?:time|year|month|week|day|season)|(?:second|third|fourth|fifth|sixth) (?:straight|consecutive|successive) (?:time|year|month|week|season|day|win|victory|defeat|title)|in a row)\b/i,
    carriedBy: frenchWords(String.raw`fois|deuxième|second\p{L}*|troisième|quatrième|cinquième|sixième|\d+e|consécuti\p{L}*|d['’]affilée|de suite|successi\p{L}*|nouveau|nouvelle|nouvel|encore|récidiv\p{L}*|reprise|série|enchaîn\p{L}*|à son tour|bis`) },
  // How badly someone was hurt: "[seriously] injured" where the French says "blessé" alone.
  { said: /\b(?:seriously|severely|critically|badly|gravely|slightly|lightly|fatally|mortally) (?:injured|wounded|hurt|burned|burnt|ill)\b/i,
    carriedBy: frenchWords(String.raw`grièvement|gravement|sérieusement|sévèrement|légèrement|mortellement|grave\p{L}*|sérieu\p{L}*|lourde?s?|critique\p{L}*|urgence absolue|pronostic vital|entre la vie et la mort|fortement|superficiel\p{L}*|bénigne?s?|mortel\p{L}*|brûlée?s?|léger\p{L}*|légère?s?|urgence relative`) },
  // A deadline: "ordered to remove the bags [within 15 days]".
  { said: /\bwithin (?:(?:the next|a|an|one|\d+|two|three|four|five|six|seven|eight|ten|fifteen|twenty|thirty|forty-eight|48|72) )?(?:days?|hours?|weeks?|months?|years?|a fortnight)\b/i,
    carriedBy: frenchWords(String.raw`délais?|d['’]ici|dans les|au plus tard|maximum|avant|(?:${FRENCH_COUNT}|quelques|plusieurs) (?:jours|heures|semaines|mois|ans|années)|quinzaine|huitaine|rapidement|bref|prochain\p{L}*|suivant\p{L}*|imparti\p{L}*`) },
  // In what state someone is: "airlifted [in critical condition] to hospital".
  { said: /\bin (?:a )?(?:critical|serious|stable|grave|satisfactory|life-threatening|fair|poor|good) condition\b|\bin a (?:coma|critical state|serious state)\b|\bfighting for (?:his|her|their) li(?:fe|ves)\b/i,
    carriedBy: frenchWords(String.raw`état|critique\p{L}*|grave\p{L}*|stable\p{L}*|sérieu\p{L}*|préoccupant\p{L}*|pronostic vital|entre la vie et la mort|coma|urgence absolue|réanimation|soins intensifs|grièvement|gravement|vie|santé|bonne forme|jours? en danger`) },
  // How someone died or was hurt: "died in 1987 [in a car accident]", "[of cancer]".
  { said: /\bin an? (?:car|road|traffic|plane|air|helicopter|train|rail|motorcycle|motorbike|boating|skiing|climbing|hunting|diving|work|workplace|industrial|domestic|riding) (?:accident|crash|collision)\b|\bof (?:cancer|a heart attack|heart failure|a stroke|natural causes|covid(?:-19)?|an overdose|(?:a )?(?:long|short) illness|old age|pneumonia|malaria|cholera)\b|\bafter a (?:long|short) illness\b/i,
    carriedBy: frenchWords(String.raw`accident\p{L}*|crash|collision\p{L}*|cancer\p{L}*|crise cardiaque|infarctus|arrêt cardiaque|AVC|accident vasculaire|mort naturelle|causes naturelles|covid\p{L}*|overdose|surdose|maladie\p{L}*|vieillesse|pneumonie|paludisme|choléra|malaise|routi\p{L}*|circulation|percut\p{L}*|chute|tumeur|leucémie`) },
  // How someone or something travelled: "transported [by helicopter]".
  // The means closes its phrase: "by rail operator Union Pacific" names an agent.
  { said: /\bby (?:helicopter|plane|air|road|boat|ship|train|rail|sea|ambulance|bus|coach|lorry|truck|ferry)(?=\s*(?:[,.;:!?)]|$)|\s+(?:to|from|in|on|at|for|and|or|with|after|before|via|across|over|into|towards?|within|under|while|when|because|as|the|a|an|its|their|his|her)\b)/i,
    carriedBy: frenchWords(String.raw`hélicopt\p{L}*|héliport\p{L}*|hélitreuill\p{L}*|héliport\p{L}*|avions?|aérien\p{L}*|aéroport\p{L}*|vols?|route|routi\p{L}*|bateaux?|navires?|embarcation\p{L}*|trains?|ferroviaire\p{L}*|rail|mer|maritime\p{L}*|ambulance\p{L}*|bus|cars?|autocars?|camions?|poids lourds?|ferry|traversier|convoi\p{L}*|véhicule\p{L}*`) },
  // In what conditions: "held [in degrading conditions]".
  { said: /\bin (?:degrading|inhumane|inhuman|appalling|squalid|dire|harsh|cramped|unsanitary|overcrowded|deplorable|terrible|difficult) conditions\b/i,
    carriedBy: frenchWords(String.raw`conditions?|dégradant\p{L}*|inhumain\p{L}*|insalubr\p{L}*|déplorable\p{L}*|précaire\p{L}*|indigne\p{L}*|difficile\p{L}*|dure?s?|exigu\p{L}*|sordide\p{L}*|épouvantable\p{L}*|surpeupl\p{L}*|promiscuité|traitements?`) },
  // On what occasion: "arrested [during a protest]".
  { said: /\b(?:during|at) an? (?:protest|demonstration|rally|march|riot|strike|raid|clash)\b/i,
    carriedBy: frenchWords(String.raw`manifest\p{L}*|rassemblement\p{L}*|marche\p{L}*|émeute\p{L}*|grève\p{L}*|raid\p{L}*|affrontement\p{L}*|heurts|cortège\p{L}*|défilé\p{L}*|protest\p{L}*|mobilis\p{L}*|descente\p{L}*|perquisition\p{L}*|rixe\p{L}*|échauffourée\p{L}*|opération\p{L}*|intervention\p{L}*`) },
  // When, reckoned from now: "[last month]", where the French gives no date at all.
  { said: /\b(?:last (?:week|month|year|weekend)|earlier this (?:week|month|year))\b/i,
    carriedBy: frenchWords(String.raw`derni\p{L}*|passée?s?|précédente?s?|plus tôt|auparavant|veille|semaines?|mois|ans?|années?|depuis|il y a|récemment|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|week-end|\d{4}|\d{1,2}(?:er)?`) },
  // How something was done, as a claim of its own: "[secretly] recorded", "[deliberately] set".
  { said: /\b(?:secretly|covertly|deliberately|intentionally|accidentally|inadvertently|illegally|unlawfully|mistakenly|wrongly|voluntarily)\b/i,
    carriedBy: frenchWords(String.raw`secr\p{L}*|clandestin\p{L}*|cach\p{L}*|insu|discr\p{L}*|délibér\p{L}*|volontair\p{L}*|intention\p{L}*|exprès|sciemment|accident\p{L}*|involontair\p{L}*|mégarde|erreur|erroné\p{L}*|tort|mauvais\p{L}*|mal|illég\p{L}*|illicite\p{L}*|irrégul\p{L}*|frauduleu\p{L}*|interdi\p{L}*|sans autorisation|sans permis|faux|fausse\p{L}*|abusi\p{L}*|criminel\p{L}*|incendiaire\p{L}*|gré|plein gré|propre initiative|bénévol\p{L}*|spontané\p{L}*`) },
  // An attitude or a pace put on an act: "[reluctantly] announced", "[belatedly] admitted", "[abruptly] ended". (Not "hastily": a
  // storyteller's English adds it where the French says only that something was readied.)
  { said: /\b(?:reluctantly|grudgingly|begrudgingly|unwillingly)\b/i,
    carriedBy: frenchWords(String.raw`contrec(?:oe|œ)ur|contre-c(?:oe|œ)ur|réticen\p{L}*|rechign\p{L}*|forcée?s?|contrainte?s?|contraint|malgré|regret\p{L}*|hésit\p{L}*|bout des lèvres|résign\p{L}*|obligée?s?|à reculons`) },
  { said: /\b(?:belatedly)\b/i, carriedBy: frenchWords(String.raw`tardi\p{L}*|retard\p{L}*|enfin|finalement|après des (?:mois|années|semaines)|trop tard`) },
  { said: /\b(?:abruptly|suddenly|without warning)\b/i,
    carriedBy: frenchWords(String.raw`brusque\p{L}*|soudain\p{L}*|brutal\p{L}*|subit\p{L}*|du jour au lendemain|inopiné\p{L}*|préavis|tout à coup|coup|net|nette|surprise|imprévu\p{L}*|inattendu\p{L}*`) },
  // The size of a change put on it: "a [modest] rise", "a [sharp] fall", where the French gives the change bare ("une hausse").
  { said: /\b(?:modest|slight|small|marginal|sharp|steep|strong|dramatic|significant|substantial)(?= (?:rise|increase|fall|drop|decline|decrease|cut|cuts|reduction|gain|gains|loss|losses|growth|slowdown|improvement|deterioration|uptick|downturn)\b)/i,
    carriedBy: frenchWords(String.raw`modeste\p{L}*|légère?s?|légèrement|faible\p{L}*|limitée?s?|petite?s?|mince\p{L}*|timide\p{L}*|symbolique\p{L}*|marginal\p{L}*|forte?s?|forts|fortement|nette?s?|nets?|nettement|vive?s?|brutal\p{L}*|importante?s?|considérable\p{L}*|spectaculaire\p{L}*|marquée?s?|sensible\p{L}*|significati\p{L}*|massi\p{L}*|envol\p{L}*|flamb\p{L}*|bond\p{L}*|explos\p{L}*|grimp\p{L}*|chut\p{L}*|effondr\p{L}*|plong\p{L}*|dégringol\p{L}*|très|plus|moins|peu|sévère\p{L}*|sérieu\p{L}*|lourde?s?|substantiel\p{L}*|\d`) },
  // "au chômage technique" is a temporary lay-off: "temporarily laid off".
  { said: /\b(?:temporarily|partially|partly|provisionally)\b/i,
    carriedBy: frenchWords(String.raw`provisoire\p{L}*|temporaire\p{L}*|partiel\p{L}*|en partie|momentané\p{L}*|pour l['’]instant|pour le moment|pour l['’]heure|un temps|partie|chômage technique`) },
  // A larger undertaking the French does not name: "arrested [as part of] a crackdown", "will run the race [as part of a farewell tour]".
  { said: /\bas (?:part|a part) of\b/i,
    carriedBy: frenchWords(String.raw`cadre|titre|partie|parti|parts?|en tant que|incorpor\p{L}*|volet|parmi|sein|inscri\p{L}*|lors|pendant|au cours|occasion|programme\p{L}*|plan\p{L}*|projet\p{L}*|campagne\p{L}*|opération\p{L}*|compris|intégr\p{L}*|relev\p{L}*|s['’]inscri\p{L}*`) },
  // A time of day the French does not give: "arrested [in a dawn raid]", "struck [overnight]". French says it with a noun of the hour or a clock time.
  { said: /\b(?:at dawn|dawn raids?|overnight|late at night|in the early hours|early[- ]morning|before dawn|at daybreak|at night|in the middle of the night)\b/i,
    carriedBy: frenchWords(String.raw`aube|aurore|matin\p{L}*|nuit\p{L}*|nocturne\p{L}*|soir\p{L}*|tôt|heures?|\d+ ?h|minuit|jour|lever|crépuscule|veille|lendemain`) },
];

const findUnsaid = unmatchedClaims(QUALIFIERS);

/**
 * The target's claims of which the source holds no French wording anywhere: "halted on Tuesday
 * because of the strike" against "interrompu mardi".
 */
export function findAddedQualifiers(source: string, target: string): Span[] {
  return findUnsaid(target, source);
}
