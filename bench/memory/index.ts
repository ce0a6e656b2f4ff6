import { existsSync, readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import pg from "pg";
import { createRandom } from "../align/synthetic-book";
import { openBenchDatabase, openKeptBenchDatabase } from "../support/database";

// Translation-memory look-ups (issue 16): a memory of 1,000,000 segments, generated from the
// FreeDict French and English headwords with Zipf-like word frequencies, then timed queries.
//
// Environment:
// - BENCH_MEMORY_DATABASE=<name>: keep the memory in that database on DATABASE_URL's server
//   instead of a throw-away one. The first run generates it (minutes) and marks it done (a comment
//   on the segments table); later runs find the mark and only measure. Drop it by hand when done:
//   `DROP DATABASE <name>`. An unmarked (interrupted) one is emptied and generated again.
// - BENCH_MEMORY_SKIP_TWO_WORDS=1: leave out the two-word queries.
// - BENCH_MEMORY_SEGMENTS=<n>: a smaller memory, to try the bench itself (part of the mark, so a
//   kept database of another size is generated again).
const SEGMENTS = Number(process.env.BENCH_MEMORY_SEGMENTS ?? 1_000_000);
const BATCH = 10_000;
const PER_DOCUMENT = 1_000;
const QUERIES = 200;
const SEED = 20261203;
type Sample = { source: string; target: string; id: string };
const WORD_LISTS = { source: "/usr/share/dictd/freedict-fra-eng.index", target: "/usr/share/dictd/freedict-eng-fra.index" };

export function words(file: string): string[] {
  if (!existsSync(file)) throw new Error(`${file} is missing: apt-get install dict-freedict-fra-eng dict-freedict-eng-fra`);
  const list = readFileSync(file, "utf8").split("\n").map((line) => line.split("\t")[0]).filter((word) => /^\p{Ll}{2,14}$/u.test(word));
  return [...new Set(list)];
}

/** The mark `fill` leaves on a finished memory (a comment on the segments table): its size, seed and generation time. */
const MARK = `bench memory: ${SEGMENTS} segments, seed ${SEED}, generated in `;

/** The seconds a finished memory took to generate, or null when the database holds none (or an unfinished one). */
async function generatedSeconds(client: pg.Client): Promise<number | null> {
  const { rows } = await client.query<{ mark: string | null }>("SELECT obj_description('segments'::regclass, 'pg_class') AS mark");
  const mark = rows[0]?.mark;
  return mark?.startsWith(MARK) ? Number.parseFloat(mark.slice(MARK.length)) : null;
}

async function samplesOf(client: pg.Client): Promise<Sample[]> {
  const samples = await client.query<Sample>(
    `SELECT id, source_text AS source, current_text AS target FROM segments WHERE position = 500 ORDER BY document_id LIMIT $1`, [QUERIES]);
  return samples.rows;
}

/**
 * The memory, generated inside PostgreSQL (generate_series over the two word lists, setseed for
 * repeatability) with the GIN indexes dropped and rebuilt after, two at a time on two connections
 * (a GIN build uses one core). Each phase's time goes to stderr.
 */
export async function fill(client: pg.Client, url: string, source: string[], target: string[]): Promise<{ seconds: number }> {
  const started = performance.now();
  let phaseStarted = started;
  const phase = (name: string) => {
    const now = performance.now();
    console.error(`bench: memory: ${name} in ${((now - phaseStarted) / 1000).toFixed(1)} s`);
    phaseStarted = now;
  };
  const indexes = await client.query<{ indexname: string; indexdef: string }>(
    "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'segments' AND indexname LIKE '%\\_text\\_%' ORDER BY indexname");
  for (const index of indexes.rows) await client.query(`DROP INDEX "${index.indexname}"`);
  await client.query(
    `INSERT INTO documents (id, title, created_at)
     SELECT ('00000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, 'Bench ' || n, now() - n * interval '1 minute'
     FROM generate_series(0, $1 - 1) n`, [SEGMENTS / PER_DOCUMENT]);
  // Sentences drawn in Node and sent BATCH rows at a time as arrays (unnest): PostgreSQL's own
  // random draws were slower, as subscripting a text[] of thousands of words walks it from the start.
  const next = createRandom(SEED);
  const sentence = (vocabulary: string[]) => {
    // 12–24 words; rank ~ U³ gives a few very common words and a long tail, as in prose.
    const parts = Array.from({ length: 12 + Math.floor(next() * 13) }, () => vocabulary[Math.floor(vocabulary.length * next() ** 3)]);
    const text = parts.join(" ");
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  for (let first = 0; first < SEGMENTS; first += BATCH) {
    const rows = { numbers: [] as number[], source: [] as string[], target: [] as string[], approved: [] as boolean[] };
    for (let g = first; g < Math.min(SEGMENTS, first + BATCH); g += 1) {
      rows.numbers.push(g);
      rows.source.push(sentence(source));
      rows.target.push(sentence(target));
      rows.approved.push(next() < 0.2);
    }
    await client.query(
      `INSERT INTO segments (document_id, position, source_text, published_text, current_text, kind, confidence, status)
       SELECT ('00000000-0000-4000-8000-' || lpad(to_hex(g / $1), 12, '0'))::uuid, g % $1, fr, en, en, '1-1', 0.9,
         (CASE WHEN approved THEN 'approved' ELSE 'unreviewed' END)::segment_status
       FROM unnest($2::int[], $3::text[], $4::text[], $5::bool[]) AS u(g, fr, en, approved)`,
      [PER_DOCUMENT, rows.numbers, rows.source, rows.target, rows.approved]);
  }
  phase("rows inserted");
  const second = new pg.Client({ connectionString: url });
  await second.connect();
  try {
    const build = async (connection: pg.Client, definitions: string[]) => {
      await connection.query("SET maintenance_work_mem = '256MB'");
      for (const definition of definitions) await connection.query(definition);
    };
    const definitions = indexes.rows.map((index) => index.indexdef);
    await Promise.all([build(client, definitions.filter((_, i) => i % 2 === 0)), build(second, definitions.filter((_, i) => i % 2 === 1))]);
  } finally {
    await second.end();
  }
  phase("GIN indexes built");
  await client.query("VACUUM ANALYZE segments");
  phase("vacuumed and analyzed");
  const seconds = (performance.now() - started) / 1000;
  await client.query(`COMMENT ON TABLE segments IS '${MARK}${seconds.toFixed(0)} s'`);
  return { seconds };
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

/** Times the lib's look-ups on a filled memory (DATABASE_URL must name it) and writes the section. */
export async function measure(client: pg.Client, samples: Sample[], skipTwoWords: boolean, vocabulary: { source: string[]; target: string[] }, generation: { seconds: number; reused: boolean }): Promise<string> {
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
    { name: "concordance, two words (pg_trgm `<%` for 1 s at most, then full text alone)", found: "own", twoWords: true, queries: 100, query: (s: Sample) => searchConcordance({ viewer, input: { q: s.target.split(" ").slice(2, 4).join(" ") } }) },
    { name: "matches beside a segment (French similarity ≥ 50 %)", found: "any", query: (s: Sample) => findSegmentMatches({ viewer, segmentId: s.id }) },
  ];
  const lines: string[] = [];
  const loadBefore = loadavg()[0];
  for (const benchCase of cases.filter((c) => !(skipTwoWords && "twoWords" in c))) {
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
    `${SEGMENTS.toLocaleString("en")} segments in ${SEGMENTS / PER_DOCUMENT} documents (20 % approved), sentences of 12–24 words drawn from the FreeDict French and English headwords (${vocabulary.source.length} / ${vocabulary.target.length} words, rank ∝ U³, drawn in Node, inserted with unnest in batches of ${BATCH.toLocaleString("en")}), generated and indexed in ${generation.seconds.toFixed(0)} s${generation.reused ? " (by an earlier run: this run reused the database BENCH_MEMORY_DATABASE names)" : ""}; table with indexes ${size.rows[0].size}; ${indexSizes.rows.map((row) => `${row.name} ${row.size}`).join(", ")}.`,
    "Each query is the lib function the page calls (`lib/memory/queries.ts`), through Prisma, one at a time. Sentences (more than six words) find fuzzy candidates through the full-text GIN indexes (any two of their rare lexemes), scored by pg_trgm similarity; shorter queries use pg_trgm word similarity (`<%`) for at most 1 s, then full text alone (decision 017). \"Found\": the segment the query was made from is listed (concordance), or any match (beside a segment; the generated memory has few). Target: p95 < 100 ms for a sentence-long query.",
    "",
    `Load average (1 min) ${loadBefore.toFixed(1)} before the look-ups, ${loadavg()[0].toFixed(1)} after, on ${cpus().length} CPUs.`,
    "",
    "| Look-up | Queries | p50 ms | p95 ms | p99 ms | Found |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...lines,
  ].join("\n");
}

export async function run(): Promise<string> {
  const keptName = process.env.BENCH_MEMORY_DATABASE;
  const kept = keptName ? await openKeptBenchDatabase(keptName) : null;
  const database = kept ?? (await openBenchDatabase("memory"));
  const previousUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = database.url;
  let client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const vocabulary = { source: words(WORD_LISTS.source), target: words(WORD_LISTS.target) };
    let seconds = await generatedSeconds(client);
    const reused = seconds !== null;
    if (seconds === null) {
      if (kept) {
        // Unmarked: new, or a generation was interrupted (perhaps with its indexes dropped).
        await client.end();
        await kept.recreate();
        client = new pg.Client({ connectionString: database.url });
        await client.connect();
      }
      console.error(`bench: memory: generating ${SEGMENTS} segments …`);
      seconds = (await fill(client, database.url, vocabulary.source, vocabulary.target)).seconds;
    } else {
      console.error(`bench: memory: reusing the memory in ${keptName}`);
    }
    return await measure(client, await samplesOf(client), process.env.BENCH_MEMORY_SKIP_TWO_WORDS === "1", vocabulary, { seconds, reused });
  } finally {
    await client.end();
    process.env.DATABASE_URL = previousUrl;
    await database.drop();
  }
}
