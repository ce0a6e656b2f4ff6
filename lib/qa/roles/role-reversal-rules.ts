import type { GlossaryEntry, RoleReversalPattern } from "../types";

const FRENCH_BY = ["par", "menee par", "mene par", "menees par", "menes par", "lancee par", "lance par", "lancees par", "lances par", "conduite par", "conduit par", "perpetree par", "perpetrees par", "de la part de"];
const FRENCH_AGAINST = ["contre", "sur", "visant", "a l'encontre de", "a l'encontre du", "a l'encontre des"];
const ENGLISH_BY = ["by", "led by", "launched by", "carried out by", "waged by", "conducted by", "from"];
const ENGLISH_AGAINST = ["on", "against", "upon", "targeting", "aimed at", "on the", "against the"];
const FRENCH_OF = ["de", "d'", "du", "des"];

function rule(id: string, sourceTerm: string, targetTerms: string[], pattern: RoleReversalPattern, note: string): GlossaryEntry {
  return { id: `starter-${id}`, sourceTerm, targetTerms, kind: "role_reversal", pattern, note };
}

const MILITARY = { targetAgentMarkers: ENGLISH_BY, targetPatientMarkers: ENGLISH_AGAINST, adjectiveIsAgent: true };

/**
 * Shipped role-reversal rules. "de X" marks the agent only for offensive/attaque: after
 * bombardements, frappes, invasion or blocus it usually names the place hit ("bombardements de Gaza").
 */
export const STARTER_ROLE_REVERSAL_RULES: GlossaryEntry[] = [
  rule("offensive", "offensive", ["offensive", "attack"], {
    sourceNouns: ["offensive", "offensives", "contre-offensive"],
    targetNouns: ["offensive", "offensives", "attack", "attacks", "assault", "onslaught", "operation", "war", "campaign", "counteroffensive", "counter-offensive"],
    sourceAgentMarkers: [...FRENCH_OF, ...FRENCH_BY], sourcePatientMarkers: FRENCH_AGAINST, ...MILITARY,
  }, "“l'offensive israélienne contre Gaza” is Israel's offensive: never “the attack on Israel”."),
  rule("attack", "attaque", ["attack"], {
    sourceNouns: ["attaque", "attaques", "assaut", "assauts", "agression", "agressions", "raid", "raids", "incursion", "incursions"],
    targetNouns: ["attack", "attacks", "assault", "assaults", "aggression", "raid", "raids", "incursion", "incursions", "offensive", "onslaught"],
    sourceAgentMarkers: [...FRENCH_OF, ...FRENCH_BY], sourcePatientMarkers: FRENCH_AGAINST, ...MILITARY,
  }, "“l'attaque du Hamas contre Israël”: Hamas attacks, Israel is attacked."),
  rule("bombing", "bombardement", ["bombing", "bombardment"], {
    sourceNouns: ["bombardement", "bombardements", "pilonnage", "pilonnages", "tirs", "tir"],
    targetNouns: ["bombing", "bombings", "bombardment", "bombardments", "shelling", "strikes", "airstrikes", "air strikes", "attacks", "attack", "fire", "raids"],
    sourceAgentMarkers: FRENCH_BY, sourcePatientMarkers: FRENCH_AGAINST, ...MILITARY,
  }, "“les bombardements israéliens sur Gaza” are Israel's bombings of Gaza."),
  rule("strike", "frappe", ["strike", "airstrike"], {
    sourceNouns: ["frappe", "frappes", "frappe aerienne", "frappes aeriennes"],
    targetNouns: ["strike", "strikes", "airstrike", "airstrikes", "air strike", "air strikes", "bombing", "bombings", "attack", "attacks", "raids"],
    sourceAgentMarkers: FRENCH_BY, sourcePatientMarkers: FRENCH_AGAINST, ...MILITARY,
  }, "“les frappes russes sur Kiev” are Russian strikes on Kyiv."),
  rule("invasion", "invasion", ["invasion"], {
    sourceNouns: ["invasion", "invasions", "occupation", "blocus", "siege", "annexion", "conquete", "conquetes"],
    targetNouns: ["invasion", "invasions", "occupation", "blockade", "siege", "annexation", "conquest", "conquests"],
    sourceAgentMarkers: FRENCH_BY, sourcePatientMarkers: [...FRENCH_OF, ...FRENCH_AGAINST],
    targetAgentMarkers: ENGLISH_BY, targetPatientMarkers: ["of", "of the", "on", "against"], adjectiveIsAgent: true,
  }, "“l'invasion russe de l'Ukraine” is Russia invading Ukraine."),
  rule("sanctions", "sanctions", ["sanctions"], {
    sourceNouns: ["sanction", "sanctions", "embargo", "embargos"],
    targetNouns: ["sanction", "sanctions", "embargo", "embargoes"],
    sourceAgentMarkers: [...FRENCH_OF, ...FRENCH_BY, "imposees par", "decidees par", "adoptees par", "decretees par"],
    sourcePatientMarkers: [...FRENCH_AGAINST, "envers", "a l'egard de"],
    targetAgentMarkers: ["by", "imposed by", "from", "adopted by"], targetPatientMarkers: ["on", "against", "targeting", "imposed on", "aimed at"],
    adjectiveIsAgent: false,
  }, "“les sanctions de l'UE contre la Russie” are EU sanctions on Russia."),
  rule("boycott", "boycott", ["boycott"], {
    sourceNouns: ["boycott", "boycotts", "boycottage"],
    targetNouns: ["boycott", "boycotts"],
    sourceAgentMarkers: FRENCH_BY, sourcePatientMarkers: [...FRENCH_OF, ...FRENCH_AGAINST],
    targetAgentMarkers: ["by"], targetPatientMarkers: ["of", "of the", "against", "on"], adjectiveIsAgent: false,
  }, "“le boycott d'Israël” is a boycott of Israel, not by Israel."),
];
