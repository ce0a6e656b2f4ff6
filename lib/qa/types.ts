import type { Span } from "@/lib/text/text";
import type { TranslationModel } from "@/lib/word-align/translation-model";
import type { WordAlignment } from "@/lib/word-align/types";

export type Severity = "neutral" | "minor" | "major" | "critical";

export type MqmCategory =
  | "terminology"
  | "accuracy_mistranslation"
  | "accuracy_omission"
  | "accuracy_addition"
  | "accuracy_untranslated"
  | "linguistic_grammar"
  | "linguistic_spelling"
  | "linguistic_punctuation"
  | "style"
  | "locale_conventions"
  | "audience_appropriateness"
  | "design_markup"
  | "source_issue"
  | "creative_reinterpretation";

/** UTF-16 offsets into the segment text, end exclusive. */
export type { Span };

/**
 * Why a meaning check spoke: the French and English words it linked (or found unlinked). Each
 * link pairs a source span with a target span; `source` or `target` is null for a word with no
 * counterpart on the other side. The workspace draws these as the finding's evidence.
 */
export type EvidenceLink = { source: Span | null; target: Span | null; score: number };
export type Evidence = { links: EvidenceLink[] };

/** `kind` is the aligner's bead shape ("1-1", "1-0", "0-1", "2-1"…). */
export type SegmentPair = { id: string; source: string; target: string; kind?: string };

/**
 * Role-reversal rule: an action noun in both languages plus the small words that mark its
 * agent (who acts) and its patient (who undergoes it). A finding is raised when the target
 * makes the source's agent the patient, or the source's patient the agent.
 */
export type RoleReversalPattern = {
  sourceNouns: string[];
  targetNouns: string[];
  /** French words after the noun that introduce the agent: "de", "menée par". */
  sourceAgentMarkers: string[];
  /** French words after the noun that introduce the patient: "contre", "sur". */
  sourcePatientMarkers: string[];
  /** English words after the noun that introduce the agent: "by". */
  targetAgentMarkers: string[];
  /** English words after the noun that introduce the patient: "on", "against". */
  targetPatientMarkers: string[];
  /** Whether a nationality adjective next to the noun ("offensive israélienne", "Israeli attack") names the agent. */
  adjectiveIsAgent: boolean;
};

/** A glossary entry's kind, spelt as the database's glossary_kind enum spells it. */
export const GLOSSARY_KINDS = ["term", "role_reversal"] as const;
export type GlossaryKind = (typeof GLOSSARY_KINDS)[number];

export type GlossaryEntry = {
  id: string;
  sourceTerm: string;
  targetTerms: string[];
  kind: GlossaryKind;
  pattern?: RoleReversalPattern;
  note?: string;
};

/**
 * What one check reports on one pair of texts. The pure checks say nothing of storage: lib/findings
 * keeps these as findings (per segment, deduplicated, confirmed or dismissed by reviewers).
 */
export type CheckResult = {
  segmentId: string;
  checkId: string;
  category: MqmCategory;
  severity: Severity;
  message: string;
  sourceSpan: Span | null;
  targetSpan: Span | null;
  /** checkId + normalised offending text, never offsets: a dismissal survives edits elsewhere. */
  fingerprint: string;
  /** Aligned words behind the finding, for checks built on the word aligner. */
  evidence?: Evidence;
};

export type QaOptions = {
  glossary?: GlossaryEntry[];
  /**
   * Whether the shipped STARTER_ROLE_REVERSAL_RULES run besides the glossary's role-reversal
   * entries; default true. Pass false when the glossary holds its own copies of them (a seeded
   * store): then a copy deleted or edited there is exactly what runs.
   */
  includeStarterRules?: boolean;
  disabledChecks?: string[];
  /** IBM Model 1 trained on stored segments (lib/findings); the word aligner works without it. */
  translationModel?: TranslationModel | null;
  sourceLanguage?: "fr";
  targetLanguage?: "en";
};

/** Robust spread of log(target length / source length) over a document. */
export type DocumentStats = { medianLogRatio: number; madLogRatio: number; count: number };

export type CheckMeta = { id: string; category: MqmCategory; severity: Severity; title: string };

/** What a check reports; the runner adds segment id, category, severity and the fingerprint prefix. */
export type CheckHit = {
  message: string;
  sourceSpan: Span | null;
  targetSpan: Span | null;
  /** Normalised offending text; becomes `${checkId}:${key}`. */
  key: string;
  severity?: Severity;
  category?: MqmCategory;
  evidence?: Evidence;
};

export type CheckContext = {
  glossary: GlossaryEntry[];
  documentStats: DocumentStats | null;
  includeStarterRules: boolean;
  /** The pair's word alignment, computed on first call and shared by every check of the pair. */
  alignment: () => WordAlignment;
};

export type SegmentCheck = CheckMeta & {
  run: (pair: SegmentPair, context: CheckContext) => CheckHit[];
};
