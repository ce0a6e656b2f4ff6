import { existsSync, readFileSync } from "node:fs";
import pg from "pg";
import { createRandom } from "../align/synthetic-book";
import { openBenchDatabase } from "../support/database";

// Translation-memory look-ups (issue 16): a memory of 1,000,000 segments, generated from the
// FreeDict French and English headwords with Zipf-like word frequencies, then timed queries.
const SEGMENTS = 1_000_000;
const PER_DOCUMENT = 1_000;
const QUERIES = 200;
const SEED = 20261203;
const WORD_LISTS = { source: "/usr/share/dictd/freedict-fra-eng.index", target: "/usr/share/dictd/freedict-eng-fra.index" };

export function words(file: string): string[] {
  if (!existsSync(file)) throw new Error(`${file} is missing: apt-get install dict-freedict-fra-eng dict-freedict-eng-fra`);
  const list = readFileSync(file, "utf8").split("\n").map((line) => line.split("\t")[0]).filter((word) => /^\p{Ll}{2,14}$/u.test(word));
  return [...new Set(list)];
}

/**
 * The memory, generated inside PostgreSQL (generate_series over the two word lists, setseed for
 * repeatability) with the GIN indexes dropped and rebuilt after: seconds to a few minutes, not the
 * half hour that 100 round trips of 10,000 rows from Node took.
 */
export async function fill(client: pg.Client, source: string[], target: string[]): Promise<{ samples: Array<{ source: string; target: string; id: string }>; seconds: number }> {
  const started = performance.now();
  const indexes = await client.query<{ indexname: string; indexdef: string }>(
    "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'segments' AND indexname LIKE '%\\_text\\_%'");
  for (const index of indexes.rows) await client.query(`DROP INDEX "${index.indexname}"`);
  await client.query("SELECT setseed($1)", [(SEED % 1000) / 1000]);
  await client.query(
    `INSERT INTO documents (id, title, created_at)
     SELECT ('00000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, 'Bench ' || n, now() - n * interval '1 minute'
     FROM generate_series(0, $1 - 1) n`, [SEGMENTS / PER_DOCUMENT]);
  // A sentence of 12–24 words; rank ~ U³ gives a few very common words and a long tail, as in prose.
  // The word subqueries name g so that PostgreSQL draws them again for every row.
  await client.query(`
    INSERT INTO segments (document_id, position, source_text, published_text, current_text, kind, confidence, status)
    SELECT ('00000000-0000-4000-8000-' || lpad(to_hex(g / $2), 12, '0'))::uuid, g % $2, fr, en, en, '1-1', 0.9,
      (CASE WHEN random() < 0.2 THEN 'approved' ELSE 'unreviewed' END)::segment_status
    FROM generate_series(0, $1 - 1) g,
    LATERAL (SELECT initcap(left(s, 1)) || substr(s, 2) || '.' AS fr FROM (
      SELECT string_agg(($3::text[])[1 + floor(cardinality($3::text[]) * random() ^ 3)::int], ' ') AS s
      FROM generate_series(1, 12 + floor(random() * 13)::int + 0 * g)) f) f,
    LATERAL (SELECT initcap(left(s, 1)) || substr(s, 2) || '.' AS en FROM (
      SELECT string_agg(($4::text[])[1 + floor(cardinality($4::text[]) * random() ^ 3)::int], ' ') AS s
      FROM generate_series(1, 12 + floor(random() * 13)::int + 0 * g)) e) e`,
    [SEGMENTS, PER_DOCUMENT, source, target]);
  await client.query("SET maintenance_work_mem = '512MB'");
  for (const index of indexes.rows) await client.query(index.indexdef);
  await client.query("VACUUM ANALYZE segments");
  const samples = await client.query<{ id: string; source: string; target: string }>(
    `SELECT id, source_text AS source, current_text AS target FROM segments WHERE position = 500 ORDER BY document_id LIMIT $1`, [QUERIES]);
  return { samples: samples.rows, seconds: (performance.now() - started) / 1000 };
}

/** One word changed and one dropped: a sentence "like" one in the memory, as a reviewer would type or paste it. */
function perturb(text: string, vocabulary: string[], next: () => number): string {
  const parts = text.split(" ");
  parts[Math.floor(next() * parts.length)] = vocabulary[Math.floor(next() * vocabulary.length)];
  parts.splice(Math.floor(next() * parts.length), 1);
  return parts.join(" ");
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

type Sample = { source: string; target: string; id: string };

/** Times the lib's look-ups on a filled memory (DATABASE_URL must name it) and writes the section. */
export async function measure(client: pg.Client, samples: Sample[], skipTwoWords: boolean, vocabulary: { source: string[]; target: string[] }, seconds: number): Promise<string> {
  const next = createRandom(SEED);
  const size = await client.query<{ size: string }>("SELECT pg_size_pretty(pg_total_relation_size('segments')) AS size");
  const indexSizes = await client.query<{ name: string; size: string }>(
    "SELECT indexrelname AS name, pg_size_pretty(pg_relation_size(indexrelid)) AS size FROM pg_stat_user_indexes WHERE relname = 'segments' AND indexrelname LIKE '%\\_text\\_%' ORDER BY indexrelname");
  const { mintViewer } = await import("@/lib/auth/permissions");
  const { searchConcordance, findSegmentMatches } = await import("@/lib/memory/queries");
  const viewer = mintViewer({ id: "bench", role: "editor", name: "Bench" });
  // "Found": the concordance lists the segment the query was made from; matches: any match at all.
  const cases = [
    { name: "concordance, French sentence (one word changed, one dropped)", found: "own", query: (s: Sample) => searchConcordance({ viewer, input: { q: perturb(s.source, vocabulary.source, next) } }) },
    { name: "concordance, English sentence (one word changed, one dropped)", found: "own", query: (s: Sample) => searchConcordance({ viewer, input: { q: perturb(s.target, vocabulary.target, next) } }) },
    { name: "concordance, two words (pg_trgm `<%`, seconds each: 20 queries)", found: "own", queries: 20, query: (s: Sample) => searchConcordance({ viewer, input: { q: s.target.split(" ").slice(2, 4).join(" ") } }) },
    { name: "matches beside a segment (French similarity ≥ 50 %)", found: "any", query: (s: Sample) => findSegmentMatches({ viewer, segmentId: s.id }) },
  ];
  const lines: string[] = [];
  for (const benchCase of cases.filter((c) => !(skipTwoWords && "queries" in c))) {
    console.error(`bench: memory: ${benchCase.name} …`);
    await benchCase.query(samples[0]); // warm the plan and the cache once
    const times: number[] = [];
    let found = 0;
    for (const sample of samples.slice(0, "queries" in benchCase ? benchCase.queries : QUERIES)) {
      let hits: Array<{ segmentId: string }> = [];
      times.push(await time(async () => { hits = await benchCase.query(sample); }));
      if (benchCase.found === "own" ? hits.some((hit) => hit.segmentId === sample.id) : hits.length > 0) found += 1;
    }
    times.sort((a, b) => a - b);
    lines.push(`| ${benchCase.name} | ${times.length} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${percentile(times, 99).toFixed(1)} | ${found}/${times.length} |`);
  }
  return [
    "## Translation memory (issue 16)",
    "",
    `${SEGMENTS.toLocaleString("en")} segments in ${SEGMENTS / PER_DOCUMENT} documents (20 % approved), sentences of 12–24 words drawn from the FreeDict French and English headwords (${vocabulary.source.length} / ${vocabulary.target.length} words, rank ∝ U³, generated in SQL), ${seconds > 0 ? `generated and indexed in ${seconds.toFixed(0)} s` : "generated earlier"}; table with indexes ${size.rows[0].size}; ${indexSizes.rows.map((row) => `${row.name} ${row.size}`).join(", ")}.`,
    "Each query is the lib function the page calls (`lib/memory/queries.ts`), through Prisma, one at a time. Sentences (more than six words) find fuzzy candidates through the full-text GIN indexes (any two of their rare lexemes), scored by pg_trgm similarity (decision 017). \"Found\": the segment the query was made from is listed (concordance), or any match (beside a segment; the generated memory has few). Target: p95 < 100 ms for a sentence-long query.",
    "",
    "| Look-up | Queries | p50 ms | p95 ms | p99 ms | Found |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...lines,
  ].join("\n");
}

export async function run(): Promise<string> {
  const database = await openBenchDatabase("memory");
  const previousUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = database.url;
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const vocabulary = { source: words(WORD_LISTS.source), target: words(WORD_LISTS.target) };
    console.error(`bench: memory: generating ${SEGMENTS} segments …`);
    const { samples, seconds } = await fill(client, vocabulary.source, vocabulary.target);
    return await measure(client, samples, process.env.BENCH_MEMORY_SKIP_TWO_WORDS === "1", vocabulary, seconds);
  } finally {
    await client.end();
    process.env.DATABASE_URL = previousUrl;
    await database.drop();
  }
}
