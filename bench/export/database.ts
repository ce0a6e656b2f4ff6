import { randomUUID } from "node:crypto";
import pg from "pg";
import { openBenchDatabase as openSharedBenchDatabase, type BenchDatabase } from "../support/database";

export type { BenchDatabase };

/** A fresh migrated database for this section (bench/support/database.ts). */
export const openBenchDatabase = () => openSharedBenchDatabase("export");

/**
 * One admin and a document of `count` segments, written in four INSERT … SELECT statements:
 * every 10th segment approved with a changed text (and its approved suggestion), every 50th
 * with a minor issue, every 25th with a pending suggestion.
 */
export async function fillBenchDocument(url: string, count: number): Promise<{ documentId: string; adminId: string }> {
  const adminId = randomUUID();
  const documentId = randomUUID();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`INSERT INTO users (id, email, name, role) VALUES ($1, 'bench-admin@example.test', 'Bench Admin', 'admin')`, [adminId]);
    await client.query(`INSERT INTO documents (id, title, created_by_id) VALUES ($1, 'Export benchmark', $2)`, [documentId, adminId]);
    await client.query(
      `INSERT INTO segments (document_id, position, source_text, published_text, current_text, source_separator, target_separator, kind, confidence, status, version)
       SELECT $1, g,
         'Phrase ' || g || ' : l’ONU « échoue » encore à protéger les civils de Gaza, déplore le diplomate.',
         'Sentence ' || g || ': the UN is "failing" again to protect the civilians of Gaza, laments the diplomat.',
         CASE WHEN g % 10 = 0 THEN 'Sentence ' || g || ': the UN is “failing” once more to protect Gaza''s civilians, laments the diplomat.'
              ELSE 'Sentence ' || g || ': the UN is "failing" again to protect the civilians of Gaza, laments the diplomat.' END,
         ' ', CASE WHEN g % 5 = 4 THEN E'\\n\\n' ELSE ' ' END, '1-1', 1,
         (CASE WHEN g % 10 = 0 THEN 'approved' WHEN g % 25 = 1 THEN 'corrected' ELSE 'unreviewed' END)::segment_status,
         CASE WHEN g % 10 = 0 THEN 2 ELSE 1 END
       FROM generate_series(0, $2::int - 1) AS g`,
      [documentId, count],
    );
    await client.query(
      `INSERT INTO suggestions (document_id, segment_id, author_id, text, base_version, status, reviewer_id, reviewed_at)
       SELECT document_id, id, $2, current_text, 1, 'approved', $2, now() FROM segments WHERE document_id = $1 AND position % 10 = 0`,
      [documentId, adminId],
    );
    await client.query(
      `INSERT INTO suggestions (document_id, segment_id, author_id, text, base_version)
       SELECT document_id, id, $2, current_text || ' (pending)', 1 FROM segments WHERE document_id = $1 AND position % 25 = 1`,
      [documentId, adminId],
    );
    await client.query(
      `INSERT INTO issues (document_id, segment_id, author_id, segment_version, target_start, target_end, category, severity, status, comment)
       SELECT document_id, id, $2, 1, 0, 8, 'style', 'minor', (CASE WHEN position % 100 = 0 THEN 'resolved' ELSE 'open' END)::issue_status, 'Quote style'
       FROM segments WHERE document_id = $1 AND position % 50 = 0`,
      [documentId, adminId],
    );
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
  return { documentId, adminId };
}
