import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/client";
import { isStatementCancelled } from "@/lib/db/errors";
import { IN_LIVE_DOCUMENT } from "@/lib/db/live";
import { toLikePattern } from "@/lib/documents/workspace-sql";
import { assertFound, isUuid } from "@/lib/ids";
import { allOf, anyTwoOf, MAX_CANDIDATE_LEXEMES } from "@/lib/memory/fuzzy-candidates";
import { applyCorrectionPatterns, findCorrectionPatterns, type CorrectionPattern } from "@/lib/memory/correction-patterns";
import { concordanceSearchSchema, MAX_PROPAGATION_TARGETS, type ConcordanceSearchInput } from "@/lib/memory/schema";
import type { MemoryHit, PropagationCandidate } from "@/lib/memory/types";

/**
 * Rows a concordance search ranks at most: a one-word query matching 100,000 segments stays fast
 * (decision 017). Scoring is word similarity on both texts of each row: 2,000 rows cost ~500 ms on
 * 1M segments under load, 500 rows ~140 ms.
 */
const CANDIDATE_CAP = 500;
export const CONCORDANCE_LIMIT = 50;
/**
 * Up to this many words a query is matched by pg_trgm word similarity (`<%`: misspellings, partial
 * words); longer ones by their rare lexemes, scored by similarity: on 1M segments a sentence's
 * trigrams cost seconds in the trigram GIN index (bench memory).
 */
export const MAX_FUZZY_WORDS = 6;
/**
 * How long a short query's word-similarity branch may run: on 1M segments two common words make
 * pg_trgm recheck most rows (minutes); past this, the full-text matches alone are returned.
 */
export const SHORT_FUZZY_TIMEOUT_MS = 1_000;
/** Matches beside a segment: CAT tools' usual floor for a fuzzy match. */
export const MIN_MATCH_SCORE = 50;
/**
 * A lexeme selects fuzzy candidates when it is in fewer than this share of segments: a pair of
 * them is then in about 100 segments of 1M at most. The planner's statistics list the 1,000 most
 * common lexemes, down to ~0.7 % on the bench's memory, so a sentence with only one or two rarer
 * lexemes also gets its least common listed ones; with "any one of" one or two it fetched
 * thousands of candidates to score (bench memory).
 */
const MAX_LEXEME_SHARE = 0.01;
const MATCH_LIMIT = 5;

/** A segment of a live document with what the memory needs of it, or NOT_FOUND naming the id. */
export async function loadMemorySegment(segmentId: string) {
  const segment = isUuid(segmentId)
    ? await getPrisma().segment.findFirst({
        where: { id: segmentId, ...IN_LIVE_DOCUMENT },
        select: { id: true, documentId: true, position: true, sourceText: true, publishedText: true, currentText: true, status: true, document: { select: { title: true } } },
      })
    : null;
  return assertFound(segment, "Segment", segmentId);
}

type HitRow = Omit<MemoryHit, "approval"> & { approverName: string | null; approvedAt: Date | null };

const toHit = ({ approverName, approvedAt, ...row }: HitRow): MemoryHit => ({
  ...row, score: Math.round(row.score), approval: approvedAt ? { approverName: approverName ?? "unknown", approvedAt } : null,
});

// The latest approval or direct edit of an approved segment: who made its English what it is.
const HIT_COLUMNS = Prisma.sql`s.id AS "segmentId", s.document_id AS "documentId", d.title AS "documentTitle", s.position,
  s.source_text AS "sourceText", s.published_text AS "publishedText", s.current_text AS "currentText", s.status::text AS status,
  a.name AS "approverName", a.at AS "approvedAt"`;
// The live document of each candidate, looked up per candidate (LATERAL, OFFSET 0 so the planner
// cannot flatten it): as a plain join, the planner misjudged the chained scans' row count and looped
// over every document, joining all candidates again for each (3.5 s instead of 76 ms on 1M segments).
const DOCUMENT_OF_CANDIDATE = Prisma.sql`CROSS JOIN LATERAL (
  SELECT d.title, d.created_at FROM documents d WHERE d.id = s.document_id AND d.deleted_at IS NULL OFFSET 0) d`;
const APPROVAL_JOIN = Prisma.sql`LEFT JOIN LATERAL (
  SELECT u.name, h.at FROM history_events h LEFT JOIN users u ON u.id = h.actor_id
  WHERE h.segment_id = s.id AND s.status = 'approved' AND h.action IN ('suggestion.approve', 'segment.edit')
  ORDER BY h.at DESC LIMIT 1) a ON true`;

/**
 * Concordance: segments of every live document whose French or English matches the query, by
 * full text (french/english configurations) or fuzzily, approved corrections first, then by match
 * score. A short query's fuzzy branch (pg_trgm word similarity) gets SHORT_FUZZY_TIMEOUT_MS; when
 * common words make it run out, the full-text matches alone are returned (decision 017).
 */
export async function searchConcordance(options: { viewer: Viewer; input: ConcordanceSearchInput; shortFuzzyTimeoutMs?: number }): Promise<MemoryHit[]> {
  assertCan(options.viewer, "segment.read");
  const { q } = concordanceSearchSchema.parse(options.input);
  if (q.trim().split(/\s+/).length > MAX_FUZZY_WORDS) return searchSentence(q);
  const fullText = CONFIGS.map((config) => fullTextScan(config, q, null));
  const wordSimilar = CONFIGS.map((config) => Prisma.sql`SELECT s.id FROM segments s WHERE ${q} <% ${column(config)}`);
  const timeout = options.shortFuzzyTimeoutMs ?? SHORT_FUZZY_TIMEOUT_MS;
  try {
    return (await runSerially(concordance(q, [...fullText, ...wordSimilar]), timeout)).map(toHit);
  } catch (error) {
    if (!isStatementCancelled(error)) throw error;
    return (await runSerially(concordance(q, fullText))).map(toHit);
  }
}

// Prisma ends its transactions after 5 s by default (P2028, an error for the user); a look-up that slow
// under load should still answer.
const LOOK_UP_TRANSACTION_TIMEOUT_MS = 60_000;

/**
 * A query in its own transaction without parallel workers, and within `timeoutMs` when given. The
 * planner chose a Parallel Append for the chained scans: on the shared 2-CPU machine starting two
 * workers cost more than the ~20 ms look-up saved (bench memory).
 */
async function runSerially<T>(query: Prisma.PrismaPromise<T>, timeoutMs?: number): Promise<T> {
  const [, result] = await getPrisma().$transaction([
    getPrisma().$executeRaw`SELECT set_config('max_parallel_workers_per_gather', '0', true),
      set_config('statement_timeout', coalesce(${timeoutMs === undefined ? null : String(timeoutMs)}::text, current_setting('statement_timeout')), true)`,
    query,
  ], { timeout: LOOK_UP_TRANSACTION_TIMEOUT_MS });
  return result;
}

/**
 * A sentence-long query: full-text scans narrowed by its rare lexemes, and alike sentences (any
 * two rare lexemes, similarity ≥ MIN_MATCH_SCORE).
 */
async function searchSentence(q: string): Promise<MemoryHit[]> {
  const lexemes = await rareLexemes(q, CONFIGS);
  const scans = [
    ...CONFIGS.map((config, i) => fullTextScan(config, q, allOf(lexemes[i].required))),
    ...CONFIGS.flatMap((config, i) => alikeScans(config, q, lexemes[i].rare)),
  ];
  return (await runSerially(concordance(q, scans))).map(toHit);
}

/**
 * The concordance query: the candidates of each scan (a SELECT of segment ids), capped, then
 * ranked. The scans are chained (UNION ALL), full text first: as one OR, every candidate row was
 * tested against every condition again, each recomputing its to_tsvector, which cost more than the
 * look-up (bench memory); and a query whose full text alone fills the cap runs no fuzzy scan.
 */
function concordance(q: string, scans: Prisma.Sql[]) {
  return getPrisma().$queryRaw<HitRow[]>`
    WITH candidates AS (
      SELECT DISTINCT id FROM (${Prisma.join(scans.map((scan) => Prisma.sql`(${scan})`), " UNION ALL ")} LIMIT ${CANDIDATE_CAP}) found)
    SELECT ${HIT_COLUMNS}, 100 * greatest(word_similarity(${q}, s.source_text), word_similarity(${q}, s.current_text)) AS score
    FROM candidates c JOIN segments s ON s.id = c.id ${DOCUMENT_OF_CANDIDATE}
    ${APPROVAL_JOIN}
    ORDER BY (s.status = 'approved') DESC, score DESC, d.created_at DESC, s.position
    LIMIT ${CONCORDANCE_LIMIT}`;
}

/** The full-text configuration of each language, its column and the expression index on it. */
const FULL_TEXT = {
  french: { column: "source_text", index: "segments_source_text_fts_idx" },
  english: { column: "current_text", index: "segments_current_text_fts_idx" },
} as const;
type Config = keyof typeof FULL_TEXT;
const CONFIGS: Config[] = ["french", "english"];
const column = (config: Config) => Prisma.raw(`s.${FULL_TEXT[config].column}`);
const configName = (config: Config) => Prisma.raw(`'${config}'`);

/**
 * Segments whose text matches the query in full text (websearch syntax). `narrowedBy`, a tsquery
 * every match satisfies, is looked up first through the index, and the query tested on its few
 * rows: a sentence's common lexemes have posting lists of 100,000s of segments (OFFSET 0 keeps
 * the planner from handing them to the index scan as well).
 */
function fullTextScan(config: Config, q: string, narrowedBy: string | null): Prisma.Sql {
  const matches = (text: Prisma.Sql) => Prisma.sql`to_tsvector(${configName(config)}, ${text}) @@ websearch_to_tsquery(${configName(config)}, ${q})`;
  if (narrowedBy === null) return Prisma.sql`SELECT s.id FROM segments s WHERE ${matches(column(config))}`;
  return Prisma.sql`SELECT r.id FROM (
      SELECT s.id, ${column(config)} AS text FROM segments s WHERE to_tsvector(${configName(config)}, ${column(config)}) @@ ${narrowedBy}::tsquery OFFSET 0) r
    WHERE ${matches(Prisma.sql`r.text`)}`;
}

/**
 * Of a text's lexemes, the selective ones: in fewer than MAX_LEXEME_SHARE of segments by the
 * planner's statistics of the full-text index (pg_stats.most_common_elems and their frequencies;
 * a lexeme not among them is rarer than all of them), least frequent first, then longest. `rare`
 * for alike sentences; `required`, those of them the websearch query requires (none unless it is
 * only ANDs, no `or` and no `-word`), to narrow its full-text scan. One round trip in all.
 */
async function rareLexemes(text: string, configs: Config[], options: { required: boolean } = { required: true }): Promise<Array<{ rare: string[]; required: string[] }>> {
  const columns = configs.map((config, i) => {
    const selective = (condition: Prisma.Sql) => Prisma.sql`array(
      SELECT u.lexeme FROM unnest(to_tsvector(${configName(config)}, ${text})) u
      LEFT JOIN (SELECT unnest(most_common_elems::text::text[]) AS lexeme, unnest(most_common_elem_freqs) AS share
        FROM pg_stats WHERE tablename = ${FULL_TEXT[config].index}) common ON common.lexeme = u.lexeme
      WHERE coalesce(common.share, 0) < ${MAX_LEXEME_SHARE} ${condition}
      ORDER BY coalesce(common.share, 0), length(u.lexeme) DESC, u.lexeme LIMIT ${MAX_CANDIDATE_LEXEMES})`;
    // A scalar subquery, so that it is computed once, not once per lexeme.
    const websearch = Prisma.sql`(SELECT websearch_to_tsquery(${configName(config)}, ${text})::text)`;
    return Prisma.sql`${selective(Prisma.empty)} AS ${Prisma.raw(`rare${i}`)},
      CASE WHEN ${!options.required} OR ${websearch} ~ '[|!]' THEN '{}'::text[]
        ELSE ${selective(Prisma.sql`AND strpos(${websearch}, quote_literal(u.lexeme)) > 0`)} END AS ${Prisma.raw(`required${i}`)}`;
  });
  const [row] = await getPrisma().$queryRaw<Array<Record<string, string[]>>>`SELECT ${Prisma.join(columns)}`;
  return configs.map((_, i) => ({ rare: row[`rare${i}`], required: row[`required${i}`] }));
}

/**
 * Segments whose text (in `config`'s language) is at least MIN_MATCH_SCORE % like a sentence:
 * candidates through the full-text index (any two of the sentence's rare lexemes), scored by
 * pg_trgm similarity. A scan of `segments s`, or none when no lexeme is rare.
 */
function alikeScans(config: Config, text: string, rare: string[]): Prisma.Sql[] {
  const query = anyTwoOf(rare);
  if (query === null) return [];
  return [Prisma.sql`SELECT s.id FROM segments s
    WHERE to_tsvector(${configName(config)}, ${column(config)}) @@ ${query}::tsquery AND similarity(${column(config)}, ${text}) >= ${MIN_MATCH_SCORE / 100}`];
}

/**
 * Segments of other live documents whose French is like this segment's (≥ 50 %), best first, with
 * how they were corrected. Candidates come from the segment's rare French lexemes (see
 * alikeScans); a segment with none (only common words) falls back to pg_trgm's `%`.
 */
export async function findSegmentMatches(options: { viewer: Viewer; segmentId: string }): Promise<MemoryHit[]> {
  assertCan(options.viewer, "segment.read");
  const segment = await loadMemorySegment(options.segmentId);
  const [{ rare }] = await rareLexemes(segment.sourceText, ["french"], { required: false });
  const anyTwo = anyTwoOf(rare);
  const candidates = anyTwo === null ? Prisma.sql`s.source_text % ${segment.sourceText}` : Prisma.sql`to_tsvector('french', s.source_text) @@ ${anyTwo}::tsquery`;
  // Candidates first (MATERIALIZED): joined to documents, the planner probed the index once per document.
  const rows = await getPrisma().$queryRaw<HitRow[]>`
    WITH candidates AS MATERIALIZED (
      SELECT s.id FROM segments s
      WHERE (${candidates}) AND s.document_id <> ${segment.documentId}::uuid
        AND similarity(s.source_text, ${segment.sourceText}) >= ${MIN_MATCH_SCORE / 100}
      LIMIT ${CANDIDATE_CAP})
    SELECT ${HIT_COLUMNS}, 100 * similarity(s.source_text, ${segment.sourceText}) AS score
    FROM candidates c JOIN segments s ON s.id = c.id JOIN documents d ON d.id = s.document_id AND d.deleted_at IS NULL
    ${APPROVAL_JOIN}
    ORDER BY score DESC, (s.status = 'approved') DESC, s.id
    LIMIT ${MATCH_LIMIT}`;
  return rows.map(toHit);
}

type CandidateRow = Omit<PropagationCandidate, "proposedText"> & { pending: string[] };

/**
 * Where the error an approved segment corrected occurs elsewhere (any live document), with the
 * text each would get. Segments that already have the same pending suggestion are left out.
 */
export async function findPropagationCandidates(options: { viewer: Viewer; segmentId: string }): Promise<{ patterns: CorrectionPattern[]; candidates: PropagationCandidate[] }> {
  assertCan(options.viewer, "suggestion.review");
  const segment = await loadMemorySegment(options.segmentId);
  const patterns = segment.status === "approved" ? findCorrectionPatterns(segment.publishedText, segment.currentText) : [];
  if (patterns.length === 0) return { patterns, candidates: [] };
  const matches = Prisma.join(patterns.map((pattern) => Prisma.sql`s.current_text LIKE ${toLikePattern(pattern.find)}`), " OR ");
  const rows = await getPrisma().$queryRaw<CandidateRow[]>`
    SELECT s.id AS "segmentId", s.document_id AS "documentId", d.title AS "documentTitle", s.position, s.version, s.current_text AS "currentText",
      ARRAY(SELECT g.text FROM suggestions g WHERE g.segment_id = s.id AND g.status = 'pending') AS pending
    FROM segments s JOIN documents d ON d.id = s.document_id AND d.deleted_at IS NULL
    WHERE (${matches}) AND s.id <> ${segment.id}::uuid
    ORDER BY d.created_at DESC, s.document_id, s.position
    LIMIT ${MAX_PROPAGATION_TARGETS * 2}`;
  const candidates: PropagationCandidate[] = [];
  for (const { pending, ...row } of rows) {
    const proposedText = applyCorrectionPatterns(row.currentText, patterns);
    if (proposedText !== null && !pending.includes(proposedText)) candidates.push({ ...row, proposedText });
  }
  return { patterns, candidates: candidates.slice(0, MAX_PROPAGATION_TARGETS) };
}

export type MemoryUnit = { sourceText: string; currentText: string; documentTitle: string; approval: { approverName: string; approvedAt: Date } | null };

/** Every approved segment pair of the live documents, page by page (keyset on document and position). */
export async function* streamMemoryUnits(options: { viewer: Viewer; pageSize?: number }): AsyncGenerator<MemoryUnit> {
  assertCan(options.viewer, "export.run");
  const pageSize = options.pageSize ?? 2_000;
  let after = { documentId: "00000000-0000-0000-0000-000000000000", position: -1 };
  for (;;) {
    const page = await getPrisma().$queryRaw<Array<HitRow & { documentId: string }>>`
      SELECT ${HIT_COLUMNS}, 0 AS score
      FROM segments s JOIN documents d ON d.id = s.document_id AND d.deleted_at IS NULL
      ${APPROVAL_JOIN}
      WHERE s.status = 'approved' AND (s.document_id, s.position) > (${after.documentId}::uuid, ${after.position})
      ORDER BY s.document_id, s.position
      LIMIT ${pageSize}`;
    for (const row of page) {
      const hit = toHit(row);
      yield { sourceText: hit.sourceText, currentText: hit.currentText, documentTitle: hit.documentTitle, approval: hit.approval };
    }
    if (page.length < pageSize) return;
    const last = page[page.length - 1];
    after = { documentId: last.documentId, position: last.position };
  }
}
