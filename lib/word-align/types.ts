import type { Span } from "@/lib/text/text";

/** One word of a segment, with UTF-16 offsets into the segment text (end exclusive). */
export type AlignedWord = Span & { text: string; isContent: boolean };

/** A French word linked to an English word, with how sure the aligner is (0–1). */
export type WordLink = { source: number; target: number; score: number };

/**
 * The word alignment of one segment pair: both sides' words, and links between their indexes.
 * A word may take part in several links (one French word rendered by two English ones).
 */
export type WordAlignment = { source: AlignedWord[]; target: AlignedWord[]; links: WordLink[] };

/** A shipped multi-word French expression (folded words) and the English stems that render it. */
export type Phrase = { source: string[]; targetStems: Set<string> };
