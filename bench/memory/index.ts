import { existsSync, readFileSync } from "node:fs";
import pg from "pg";
import { openBenchDatabase } from "../support/database";

// Translation-memory look-ups (issue 16): a memory of 1,000,000 segments, generated from the
// FreeDict French and English headwords with Zipf-like word frequencies, then timed queries.
const SEGMENTS = 1_000_000;
const PER_DOCUMENT = 1_000;
const BATCH = 10_000;
const QUERIES = 200;
const SEED = 20261203;
const WORD_LISTS = { source: "/usr/share/dictd/freedict-fra-eng.index", target: "/usr/share/dictd/freedict-eng-fra.index" };

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function words(file: string): string[] {
  if (!existsSync(file)) throw new Error(`${file} is missing: apt-get install dict-freedict-fra-eng dict-freedict-eng-fra`);
  const list = readFileSync(file, "utf8").split("\n").map((line) => line.split("\t")[0]).filter((word) => /^\p{Ll}{2,14}$/u.test(word));
  return [...new Set(list)];
}

/** A sentence of 12–24 words; rank ~ U³ gives a few very common words and a long tail, as in prose. */
function sentence(vocabulary: string[], next: () => number): string {
  const length = 12 + Math.floor(next() * 13);
  const parts: string[] = [];
  for (let i = 0; i < length; i += 1) parts.push(vocabulary[Math.floor(vocabulary.length * next() ** 3)]);
  parts[0] = parts[0][0].toUpperCase() + parts[0].slice(1);
  return `${parts.join(" ")}.`;
}

async function fill(client: pg.Client, next: () => number, source: string[], target: string[]): Promise<{ samples: Array<{ source: string; target: string; id: string }>; seconds: number }> {
  const started = performance.now();
  const indexes = await client.query<{ indexname: string; indexdef: string }>(
    "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'segments' AND indexdef LIKE '%USING gin%'");
  for (const index of indexes.rows) await client.query(`DROP INDEX "${index.indexname}"`);
  const samples: Array<{ source: string; target: string; id: string }> = [];
  for (let offset = 0; offset < SEGMENTS; offset += BATCH) {
    const documents = Array.from({ length: BATCH / PER_DOCUMENT }, () => crypto.randomUUID());
    await client.query("INSERT INTO documents (id, title) SELECT id, 'Bench ' || id FROM unnest($1::uuid[]) id", [documents]);
    const rows = Array.from({ length: BATCH }, (_, i) => {
      const text = sentence(target, next);
      return { id: crypto.randomUUID(), document: documents[Math.floor(i / PER_DOCUMENT)], position: i % PER_DOCUMENT, source: sentence(source, next), text, status: next() < 0.2 ? "approved" : "unreviewed" };
    });
    await client.query(
      `INSERT INTO segments (id, document_id, position, source_text, published_text, current_text, kind, confidence, status)
       SELECT id, document_id, position, source, text, text, '1-1', 0.9, status::segment_status
       FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::text[], $6::text[]) AS t(id, document_id, position, source, text, status)`,
      [rows.map((r) => r.id), rows.map((r) => r.document), rows.map((r) => r.position), rows.map((r) => r.source), rows.map((r) => r.text), rows.map((r) => r.status)],
    );
    if (samples.length < QUERIES && offset % (SEGMENTS / QUERIES * 2) === 0) samples.push(...rows.slice(0, 2).map((r) => ({ source: r.source, target: r.text, id: r.id })));
  }
  await client.query("SET maintenance_work_mem = '512MB'");
  for (const index of indexes.rows) await client.query(index.indexdef);
  await client.query("VACUUM ANALYZE segments");
  return { samples, seconds: (performance.now() - started) / 1000 };
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

export async function run(): Promise<string> {
  const database = await openBenchDatabase("memory");
  const previousUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = database.url;
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const next = random(SEED);
    const source = words(WORD_LISTS.source);
    const target = words(WORD_LISTS.target);
    console.error(`bench: memory: generating ${SEGMENTS} segments …`);
    const { samples, seconds } = await fill(client, next, source, target);
    const size = await client.query<{ size: string }>("SELECT pg_size_pretty(pg_total_relation_size('segments')) AS size");
    const { mintViewer } = await import("@/lib/auth/permissions");
    const { searchConcordance, findSegmentMatches } = await import("@/lib/memory/queries");
    const viewer = mintViewer({ id: "bench", role: "editor", name: "Bench" });
    const cases = [
      { name: "concordance, French sentence (one word changed, one dropped)", query: (s: (typeof samples)[number]) => searchConcordance({ viewer, input: { q: perturb(s.source, source, next) } }) },
      { name: "concordance, English sentence (one word changed, one dropped)", query: (s: (typeof samples)[number]) => searchConcordance({ viewer, input: { q: perturb(s.target, target, next) } }) },
      { name: "concordance, two words", query: (s: (typeof samples)[number]) => searchConcordance({ viewer, input: { q: s.target.split(" ").slice(2, 4).join(" ") } }) },
      { name: "matches beside a segment (French similarity ≥ 50 %)", query: (s: (typeof samples)[number]) => findSegmentMatches({ viewer, segmentId: s.id }) },
    ];
    const lines: string[] = [];
    for (const benchCase of cases) {
      await benchCase.query(samples[0]); // warm the plan and the cache once
      const times: number[] = [];
      let found = 0;
      for (const sample of samples.slice(0, QUERIES)) {
        let hits = 0;
        times.push(await time(async () => { hits = (await benchCase.query(sample)).length; }));
        if (hits > 0) found += 1;
      }
      times.sort((a, b) => a - b);
      lines.push(`| ${benchCase.name} | ${times.length} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${percentile(times, 99).toFixed(1)} | ${found}/${times.length} |`);
    }
    return [
      "## Translation memory (issue 16)",
      "",
      `${SEGMENTS.toLocaleString("en")} segments in ${SEGMENTS / PER_DOCUMENT} documents (20 % approved), sentences of 12–24 words drawn from the FreeDict French and English headwords (${source.length} / ${target.length} words, rank ∝ U³, seed ${SEED}); generated and indexed in ${seconds.toFixed(0)} s, table with indexes ${size.rows[0].size}.`,
      "Indexes: the migrations' GIN indexes (`gin_trgm_ops` on source_text and current_text, `to_tsvector('french', source_text)`, `to_tsvector('english', current_text)`). Each query is the lib function the page calls (`lib/memory/queries.ts`), through Prisma, one at a time. Target: p95 < 100 ms for a sentence-long query.",
      "",
      "| Look-up | Queries | p50 ms | p95 ms | p99 ms | With hits |",
      "| --- | ---: | ---: | ---: | ---: | ---: |",
      ...lines,
    ].join("\n");
  } finally {
    await client.end();
    process.env.DATABASE_URL = previousUrl;
    await database.drop();
  }
}
