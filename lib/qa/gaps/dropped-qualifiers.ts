import type { Span } from "@/lib/text/text";
import type { WordAlignment } from "@/lib/word-align/types";
import { ENGLISH_COUNT, FRENCH_COUNT, FRENCH_NUMBER_WORDS, type QualifierClaim, unmatchedClaims } from "./qualifier-claims";

/**
 * A French qualifier that changes what a sentence claims ("fermeture provisoire", "au moins douze",
 * "partiellement repris", "d'ici 2030"), and the English words that may render it. One word of this
 * kind is all the omission checks never weigh alone: a single unlinked word is most often a paraphrase.
 */

const NUMBER_AHEAD = String.raw`(?=\s*(?:\d|un\b|une\b|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|cent|mille|dizaines?|centaines?|milliers?|millions?|milliards?|la moitié|un tiers|un quart))`;

/** A role a person holds, after "ancien" or "futur": "ancien Premier ministre", "ex-président", "future directrice". */
const ROLE_AHEAD = String.raw`(?=\s*(?:\p{L}+\s+)?(?:ministre|premier|première|président|présidente|directeur|directrice|patron|patronne|chef|secrétaire|maire|juge|joueur|joueuse|entraîneur|sélectionneur|ambassadeur|ambassadrice|champion|championne|député|députée|sénateur|sénatrice|dirigeant|dirigeante|commissaire|PDG|gouverneur|chancelier|chancelière|roi|reine|pape|procureur|procureure|capitaine|coach|leader|président-directeur|vice-président|vice-présidente|n°\s?\d)(?!\p{L}))`;

const QUALIFIERS: readonly QualifierClaim[] = [
  { said: /\b(?:provisoire(?:s|ment)?|temporaire(?:s|ment)?)(?![\p{L}-])/iu,
    // "placé en détention provisoire" is English law's "remanded in custody", "held in pre-trial detention".
    carriedBy: /\b(?:temporar\w*|provisional\w*|preliminary|initial|tentative|flash|interim|for now|for the time being|for the moment|until further notice|stopgap|short-term|remand\w*|pre-?trial|awaiting trial)\b/i },
  // What something costs: "distribués gratuitement" is "handed out free of charge", not sold.
  { said: /(?<!\p{L})(?:gratuit(?:e|s|es|ement)?|à titre gracieux)(?!\p{L})/iu,
    carriedBy: /\b(?:free|freely|gratis|no charge|without charge|complimentary|no cost|at no cost|cost nothing|costs nothing|for nothing|unpaid|voluntar\w*|pro bono|without paying|paid for by|funded by|covered by)\b/i },
  // A prison sentence's kind: "avec sursis" is suspended, not served.
  { said: /(?<!\p{L})avec sursis(?!\p{L})/iu, carriedBy: /\b(?:suspended|probation\w*|deferred|conditional\w*|non-custodial)\b/i },
  // A denial set against what comes before: "pour corruption, mais pas pour terrorisme" says what was not done.
  { said: /(?<!\p{L})mais (?:pas|non|jamais)(?!\p{L})(?:\s+[^\s,.;:!?()]+){0,4}/iu,
    carriedBy: /\b(?:not|never|no|nor|neither|rather than|instead|except|excluding|without|only)\b|n['’]t\b/i },
  // Mainland France against its overseas territories: "le premier cas en métropole" is not the first anywhere.
  { said: /(?<!\p{L})(?:en|de) métropole(?!\p{L})|(?<!\p{L})France métropolitaine(?!\p{L})/iu, carriedBy: /\b(?:mainland|metropolitan|continental)\b/i },
  { said: /\b(?:partiel(?:le)?s?|partiellement|en partie)(?![\p{L}-])/iu,
    // "une législative partielle" is a by-election; "financée en partie" is "part-funded"; "le chômage partiel" is short-time working or furlough.
    carriedBy: /\b(?:partial\w*|partly|in part|some of|part of|part-\w+|limited|by-elections?|special elections?|short-time|furlough\w*)\b/i },
  { said: new RegExp(String.raw`\bau moins${NUMBER_AHEAD}`, "iu"), carriedBy: /\b(?:at least|no fewer than|no less than|a minimum of|or more|upwards of|at a minimum)\b/i },
  { said: new RegExp(String.raw`\b(?:près d[e'’]|presque|quasiment|environ|quelque)${NUMBER_AHEAD}`, "iu"),
    carriedBy: /\b(?:nearly|almost|close to|about|around|some|roughly|approximately|just under|just over|virtually|practically|or so|estimated|upwards of|barely|hardly|scarcely)\b/i },
  // Negated, it is a cap: "ne peuvent être plus d'un" → "limited to one", "at most one".
  // "et non plus de dix" is "instead of ten", no bound.
  { said: new RegExp(String.raw`(?<!\bnon )\b(?:plus d[e'’])${NUMBER_AHEAD}`, "iu"), carriedBy: /\b(?:than|over|above|upwards of|in excess of|exceed\w*|at least|beyond|more|only|up to|limited|capped|maximum|at most)\b/i },
  // "pas moins de 800 000" is "as many as 800,000", an emphasis, not a bound.
  { said: new RegExp(String.raw`(?<!\b(?:pas|non)\s)\b(?:moins d[e'’])${NUMBER_AHEAD}`, "iu"), carriedBy: /\b(?:than|under|below|short of|at most|no more than|within|less|fewer|only|up to)\b/i },
  // Who says it: "selon Météo-France" left out makes the English state as fact what the French attributes.
  // "Selon les régions" is "depending on the region", "selon leur goût" "to their liking" (a possessive: no
  // one is cited); an attribution English often turns into a verb of saying.
  { said: /(?<!\p{L})[Ss]elon(?=\s+(?:l['’]|(?:le|la|les|un|une|des|plusieurs|certains|certaines)\s|\p{Lu}))(?:\s+[^\s,.;:!?()«»"“”]+){1,4}/u,
    carriedBy: /\b(?:according|accordance|said|says|say|saying|per|cit(?:e|es|ed|ing)|quot\w*|report\w*|told|tell\w*|statement|figures|data|estimat\w*|sources?|claim\w*|announc\w*|believ\w*|views?|opinion|accounts?|reckon\w*|show\w*|suggest\w*|indicat\w*|found|finds|depend\w*|var(?:y|ies|ied|ying)|based on|in line with)\b/i },
  // A ceiling on a figure: "investir jusqu'à 100 milliards" is not "invest 100 billion" ("jusqu'à une ruine"
  // is where one goes). A date's
  // end ("jusqu'à 2030", "jusqu'à 20 heures") is rendered "until" or "through".
  { said: new RegExp(String.raw`(?<!\p{L})jusqu['’]à(?!\s*une?\b)${NUMBER_AHEAD}`, "iu"),
    // "exonérés jusqu'à 150 000 euros" is "no tax on the first €150,000".
    carriedBy: /\b(?:up to|as (?:much|many|high|far|long) as|at most|maximum|max|no more than|capped|ceiling|limit\w*|until|till|through|reach\w*|peak\w*|hit|hitting|topp\w*|the first)\b/i },
  // "un peu de temps" is "some time": only a degree of a comparison counts. "Un peu plus de respect"
  // asks for more of a thing, and "chaque jour un peu plus" is "more every day": neither bounds a claim.
  { said: /(?<!(?:chaque|par) (?:jour|année|an|mois|semaine|fois) )\b(?:un peu (?:plus|moins)(?! d(?:e\b|['’])(?!\s*\d))(?! chaque\b)|un peu (?:mieux|au-dessus|en dessous|en deçà|au-delà)|légèrement)(?![\p{L}-])/iu,
    carriedBy: /\b(?:slight\w*|(?:a )?little|a bit|somewhat|marginal\w*|modest\w*|small|just|fractional\w*|minor|light|lightly|mild\w*)\b/i },
  { said: /\bd['’]ici (?:à )?(?:\d+|la fin|l['’]an|l['’]été|l['’]automne|l['’]hiver|le printemps|deux|trois|quatre|cinq|six|dix|vingt|quinze|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|début|mi-\p{L}+)(?![\p{L}])/iu,
    carriedBy: /\b(?:by|within|before|until|till|no later than|over the next|in the next|in (?:\w+ )?(?:years?|months?|weeks?|days?|decades?))\b/i },
  // A deadline: "retirer sous quinze jours", "dans un délai de deux mois", "sous huitaine".
  { said: new RegExp(String.raw`(?<!\p{L})(?:sous ${FRENCH_COUNT} (?:jours|heures|semaines|mois|ans)|sous (?:huitaine|quinzaine)|dans un délai (?:de|d['’]|maximum)|dans les ${FRENCH_COUNT} (?:jours|heures|semaines|mois|ans) (?:qui viennent|à venir|suivant\p{L}*))(?!\p{L})`, "iu"),
    carriedBy: /\b(?:within|by|deadline\w*|before|no later than|at (?:the )?latest|time limit|fortnight|in (?:the (?:next|coming|following) |under |less than )?[\w-]+ (?:days?|hours?|weeks?|months?|years?)|(?:next|coming|following) [\w-]+ (?:days?|hours?|weeks?|months?|years?))\b/i },
  // When something happens narrows it: "fermées la nuit" is not "closed".
  // "La nuit des temps" is the dawn (or end) of time, no time of day.
  { said: /(?<!\p{L})(?:la nuit(?! des temps)|de nuit|cette nuit|nocturnes?|le week-end|les week-ends)(?!\p{L})/iu,
    carriedBy: /\b(?:night\w*|overnight|nocturnal|evening\w*|dark\w*|weekends?|dusk|dawn|tonight|saturdays?|sundays?)\b/i },
  // A role held no longer, or not yet: "l'ancien Premier ministre" is not the prime minister, nor "la future présidente" the president.
  { said: new RegExp(String.raw`(?<!\p{L})(?:ancien(?:ne)?s?|ex-)${ROLE_AHEAD}`, "iu"),
    // A player of the past honoured is a "great" or a "legend": "l'ancien joueur de cricket" → "cricket great".
    carriedBy: /\b(?:former|formerly|ex|onetime|one-time|erstwhile|previous|previously|past|then|outgoing|retired|late|once|veteran|great|greats|legend|legendary|icon|who (?:was|were|had been|served|led|ran|headed))\b/i },
  { said: new RegExp(String.raw`(?<!\p{L})(?:futur(?:e|s|es)?)${ROLE_AHEAD}`, "iu"),
    carriedBy: /\b(?:future|incoming|next|designate|elect|to-be|would-be|new|soon|set to|will|prospective|expected|named|appointed|chosen|nominated)\b/i },
  // "seulement dix" says few; "uniquement en ligne" says nowhere else. "Non seulement" is "not only … but", "en connaissent seulement" "even know of".
  { said: /(?<!(?:non|pas) )(?<!\p{L})(?:seulement|uniquement|exclusivement)(?!\p{L})/iu,
    // "presque exclusivement" is "almost entirely".
    carriedBy: /\b(?:only|just|merely|solely|exclusive\w*|alone|sole|mere|no more than|nothing but|simply|purely|strictly|limited|barely|but|single|even|entirely|wholly)\b/i },
  // A rank among its kind: "le port de Rotterdam, premier d'Europe" is Europe's biggest; the First World War is a name.
  { said: /(?<!\p{L})premi(?:er|ère)s?(?:\s+(?!guerre)\p{L}+)?\s+(?:d['’](?:Europe|Afrique|Asie|Amérique)|de France|du monde|du pays|mondial|mondiale|européen|européenne|français|française)(?!\p{L})/iu,
    carriedBy: /\b(?:biggest|largest|leading|top|first|main|busiest|number one|no\.? 1|primary|premier|foremost|greatest|most|highest|best|world's|europe's|leader|dominant|chief)\b/i },
  // A record: "plus de 160 000 visiteurs, un record" says no crowd was ever bigger.
  // Or "record" after the noun it qualifies: "un nombre record de 720 000 visiteurs", "une année record".
  { said: /(?<!\p{L})(?:un|nouveau|du|au) record(?!\p{L})|(?<=(?<!\p{L})(?!(?:les|des|son|ses|leur|cet|cette|nos|vos|mon|ton)\s)\p{L}{3,}\s+)records?(?!\p{L})|(?<!\p{L})record(?:s)? (?:historique|absolu)s?(?!\p{L})|(?<!\p{L})niveau historique(?!\p{L})/iu,
    carriedBy: /\b(?:record\w*|all-time|ever|unprecedented|never before|highest|lowest|biggest|largest|best|worst|most|peak|historic)\b/i },
  // A perimeter put on a figure: "hors énergie" excludes, "à données comparables" compares like with like.
  { said: /(?<!\p{L})hors (?!d['’]|de |du |des |la |le |les |service|norme|jeu|pair|sol|champ|taxe|piste|course|ligne|cadre|contrôle|sujet|saison|commerce|normes|la loi|d['’]usage|d['’]état|d['’]atteinte)\p{L}+/iu,
    carriedBy: /\b(?:excluding|excluded|exclude|except|outside|apart from|aside from|not counting|without|other than|stripping out|strip out|core|underlying|beyond|bar|barring|leaving out|less)\b|\bex-/i },
  { said: /(?<!\p{L})à (?:données|périmètre|change|taux de change)s? (?:comparables?|constants?)(?!\p{L})/iu,
    carriedBy: /\b(?:like-for-like|comparable|organic\w*|constant|same-store|underlying|adjusted|on a like)\b/i },
  // A ban or a measure without end date: "jusqu'à nouvel ordre".
  { said: /(?<!\p{L})jusqu['’]à nouvel ordre(?!\p{L})/iu,
    carriedBy: /\b(?:until further notice|indefinite\w*|for now|for the time being|until|till|pending|open-ended|no end date|temporar\w*|for the moment)\b/i },
  // The restricted group a measure covers: "les familles les plus modestes" are not all families.
  { said: /(?<!\p{L})(?:les|des) plus (?:modestes|pauvres|défavorisée?s|démunie?s|précaires|fragiles|vulnérables|aisée?s|riches)(?!\p{L})/iu,
    carriedBy: /\b(?:low\w*|poor\w*|modest|disadvantaged|needy|less well-off|deprived|hard-up|vulnerable|fragile|precarious|wealth\w*|rich\w*|affluent|well-off|high-income|most)\b/i },
  // Where in a place: "dans le sud du département", "au nord de Kiev" narrow the place to a part of it, or beside it.
  // Lower case only: "l'Afrique du Sud", "la Corée du Nord" are countries.
  { said: /(?<!\p{L})(?:[Dd]ans (?:le |l['’])|[Aa]u |[Àà] l['’]|du |de l['’])(?:sud|nord|est|ouest|sud-est|sud-ouest|nord-est|nord-ouest)(?= (?:du|de|des|d['’]))/u,
    carriedBy: /\b(?:south\w*|north\w*|east\w*|west\w*|central|centre|center|mid\w*|upper|lower|inland|heart|outskirts|near|from)\b/i },
  // How a ruling or a measure holds: "condamnée par contumace" was not in court, "à vie" never ends, "à huis clos" is not public,
  // "à titre expérimental" is a trial, "par intérim" a stand-in, "à l'unanimité" without dissent, "à parts égales" half each.
  { said: /(?<!\p{L})par contumace(?!\p{L})/iu, carriedBy: /\b(?:in absentia|in (?:his|her|their|its) absence|absent\w*|not present|fugitive|on the run)\b/i },
  { said: /(?<!\p{L})(?:à|a) vie(?!\p{L})/iu, carriedBy: /\b(?:life|lifetime|lifelong|for good|permanent\w*|never|rest of (?:his|her|their) li(?:fe|ves))\b/i },
  { said: /(?<!\p{L})(?:à|a) huis clos(?!\p{L})/iu, carriedBy: /\b(?:closed doors|closed-door|in camera|in private|private\w*|closed to|behind closed|secret\w*|without (?:the )?(?:public|press|spectators|fans)|empty)\b/i },
  { said: /(?<!\p{L})(?:à|a) titre (?:expérimental|d['’]essai)(?!\p{L})/iu, carriedBy: /\b(?:trial\w*|pilot\w*|experiment\w*|test\w*|provisional\w*|temporar\w*)\b/i },
  { said: /(?<!\p{L})(?:à|a) titre posthume(?!\p{L})/iu, carriedBy: /\b(?:posthumous\w*|after (?:his|her|their) death|late)\b/i },
  { said: /(?<!\p{L})par intérim(?!\p{L})/iu, carriedBy: /\b(?:acting|interim|caretaker|temporar\w*|stand-in|stopgap|provisional\w*)\b/i },
  { said: /(?<!\p{L})(?:à|a) l['’]unanimité(?!\p{L})/iu, carriedBy: /\b(?:unanimous\w*|all|every|everyone|without (?:dissent|opposition|a single)|no (?:one|votes?) against|single voice|consensus|one voice)\b/i },
  { said: /(?<!\p{L})(?:à|a) parts égales(?!\p{L})/iu, carriedBy: /\b(?:equal\w*|even\w*|fifty-fifty|50-50|half|halves|same)\b/i },
  // How badly someone is hurt or ill: "hospitalisé dans un état grave", "grièvement blessé", "légèrement touché".
  { said: /(?<!\p{L})(?:dans un état (?:grave|critique|sérieux|préoccupant|désespéré|stable)|(?:en )?urgence absolue|grièvement|légèrement|sérieusement|mortellement|pronostic vital engagé)(?!\p{L})/iu,
    carriedBy: /\b(?:serious\w*|critical\w*|grave\w*|severe\w*|badly|bad way|stable|slight\w*|minor|light\w*|mild\w*|fatal\w*|mortal\w*|life-threatening|lives? (?:is|are|was|were) in danger|danger|intensive care|died|dead|killed|superficial)\b/i },
  // A clash or a fire that killed: "un accrochage meurtrier", "l'incendie mortel"; not "leur rage meurtrière", nor "Sers-tu Iliah-Malal, mortel ?".
  { said: /(?<!\p{L})(?:accrochages?|accidents?|incendies?|attaques?|attentats?|explosions?|fusillades?|séismes?|tempêtes?|crues?|inondations?|avalanches?|collisions?|naufrages?|effondrements?|affrontements?|combats?|frappes?|bombardements?|raids?|glissements? de terrain|éboulements?|émeutes?|heurts|violences|épidémies?|vagues? de chaleur|canicules?|épisodes?|tirs?|assauts?|embuscades?|chutes?|crash|catastrophes?|drames?|sinistres?) (?:très |particulièrement |le plus |la plus |les plus )?(?:meurtri(?:er|ère|ers|ères)|mortel(?:le)?s?|sanglante?s?)(?!\p{L})/iu,
    carriedBy: /\b(?:deadl\w*|fatal\w*|lethal|bloody|bloodiest|killed|killing|kills?|dead|death\w*|died|dies|mortal\w*|murderous|life|lives|victims?)\b/i },
  // What a figure or a group includes, named for its weight: "320 greffes, dont 4 100 de rein", "des plateformes telles que Temu", "y compris les enfants"
  // (a single "tel que" is as often "as": "tel que l'avait mentionné Tyegëa"). "200 tirages dont certains inédits" is "200 prints, some never shown before".
  { said: new RegExp(String.raw`(?<!\p{L})(?:dont (?:\d+(?:[\s\u202f.,]\d+)*|(?:un|une|${FRENCH_NUMBER_WORDS}|la moitié|plus|près|au moins|environ|quelque|certains|certaines|plusieurs)(?!\p{L}))|tel(?:le)?s que|y compris|parmi lesquel(?:le)?s)`, "iu"),
    carriedBy: new RegExp(String.raw`\b(?:includ\w*|incl|such as|like|among|amongst|notabl\w*|particular\w*|especially|specifically|chiefly|mainly|mostly|primarily|of which|of whom|of them|of these|of those|of it|whose|half|share|part of|portion|e\.g|for example|for instance|as well as|even|with|plus|together|also|both|some|several|` +
      // "dont douze pièces prêtées par le V&A" → "Twelve of the pieces are on loan from the V&A".
      String.raw`${ENGLISH_COUNT}\s+of\s+(?:the|its|their|his|her))\b`, "i") },
  // A building still being built: "un hôtel en construction" is not any hotel.
  { said: /(?<!\p{L})en (?:cours de )?construction(?!\p{L})/iu,
    carriedBy: /\b(?:under construction|being built|unfinished|half-built|construction|build\w*|built|site|new)\b/i },
  { said: /\b(?:probablement|vraisemblablement|peut-être|sans doute|présumée?s?)(?![\p{L}-])/iu,
    // English hedges as often with a verb of belief or seeming ("I suppose", "you seem", "I'm sure") as with an adverb.
    carriedBy: /\b(?:probabl[ey]|likely|maybe|mayhap|may|might|possibl[ey]|perhaps|could|presumabl[ey]|presumed|presumptive|apparently|must|alleged\w*|suspected|purported\w*|reported\w*|doubtless|no doubt|undoubtedly|surely|certainly|sure|seem\w*|suppos\w*|guess|expect|imagine|I (?:think|believe|reckon|daresay))\b/i },
  // Who or what a measure leaves out: "à l'exception des Indiens", "sauf pour les forces de l'ordre", "hormis le Japon".
  // "Sain et sauf" is safe and sound; "sauf si", "sauf erreur", "sauf cas de force majeure" set a condition, "sauf votre respect" is a courtesy.
  // An exception said "including" is turned round, not dropped: negation-mismatch's converses report it.
  { said: /(?<!\p{L})(?:à l['’]exception d(?:e |es |u |['’])|exception faite d|excepté|hormis|(?<!(?:sain|saine|sains|saines) et )sauf(?![\p{L}-])(?! (?:si|s['’]|erreur|imprévu|avis|indication|mention|contre-ordre|cas|exception|vot(?:re|['’])? ?respect)\b))/iu,
    carriedBy: /\b(?:except\w*|exclud\w*|exclusion|includ\w*|apart from|aside from|other than|but|save|barring|bar|exempt\w*|not|besides|outside|beyond|without|spar\w*|unless|only|short of)\b/i },
  // That it happened again: "pour la deuxième fois", "trois fois de suite", "la troisième année consécutive", "ses absences répétées"
  // ("quatre défaites consécutives" is a four-game losing streak).
  { said: /(?<!\p{L})(?:pour la (?:deuxième|seconde|troisième|quatrième|cinquième|sixième|\d+e) fois|(?:deux|trois|quatre|cinq|\d+) fois de suite|(?:années?|saisons?|mois|semaines?|victoires?|défaites?) consécutives?|d['’]affilée|répétée?s|à répétition|à (?:plusieurs|maintes|de nombreuses) reprises)(?!\p{L})/iu,
    carriedBy: /\b(?:second|third|fourth|fifth|sixth|\d+(?:nd|rd|th)|again|another|consecutive\w*|straight|running|in a row|successive\w*|back-to-back|twice|times|once|repeat\w*|recurr\w*|persistent\w*|constant\w*|frequent\w*|multiple|numerous|many|series|string|spate|serial|several|continu\w*|chronic\w*|regular\w*|ongoing|habitual\w*|streaks?|run)\b/i },
];

const findUnrendered = unmatchedClaims(QUALIFIERS);

/** An attribution whose cited words the English renders elsewhere: "…, selon les douanes" → "Customs officers seized…". */
function isRecastAttribution(source: string, span: Span, alignment: WordAlignment): boolean {
  if (!/^selon/i.test(source.slice(span.start, span.end))) return false;
  return alignment.links.some((link) => {
    const word = alignment.source[link.source];
    return word.isContent && word.start > span.start && word.end <= span.end;
  });
}

/**
 * The source's meaning-changing qualifiers of which the target holds no rendering anywhere:
 * "la fermeture provisoire de deux collèges" against "the closure of two schools".
 */
export function findDroppedQualifiers(source: string, target: string, alignment: WordAlignment): Span[] {
  return findUnrendered(source, target).filter((span) => !isRecastAttribution(source, span, alignment));
}
