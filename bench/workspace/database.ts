import pg from "pg";
import { openBenchDatabase as openSharedBenchDatabase, type BenchDatabase } from "../support/database";

export type { BenchDatabase };

/** A fresh migrated database for this section (bench/support/database.ts). */
export const openBenchDatabase = () => openSharedBenchDatabase("workspace");

/**
 * A document of `count` segments in one INSERT … SELECT: sentences of varied length, every 40th
 * with a low alignment confidence, every 50th with an open issue on a span.
 */
export async function fillWorkspaceDocument(url: string, count: number, authorId: string): Promise<{ documentId: string; segmentIds: string[] }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(`INSERT INTO documents (title, created_by_id) VALUES ('Workspace benchmark', $1) RETURNING id`, [authorId]);
    const documentId = rows[0].id;
    await client.query(
      `INSERT INTO segments (document_id, position, source_text, published_text, current_text, source_separator, target_separator, kind, confidence)
       SELECT $1, g,
         'Phrase ' || g || ' : l’ONU « échoue » encore à protéger les civils de Gaza, déplore le diplomate' || repeat(', selon la lettre', g % 7) || '.',
         'Sentence ' || g || ': the UN is "failing" again to protect the civilians of Gaza, laments the diplomat' || repeat(', says the letter', g % 7) || '.',
         'Sentence ' || g || ': the UN is "failing" again to protect the civilians of Gaza, laments the diplomat' || repeat(', says the letter', g % 7) || '.',
         ' ', ' ', '1-1', CASE WHEN g % 40 = 0 THEN 0.3 ELSE 0.9 END
       FROM generate_series(0, $2::int - 1) AS g`,
      [documentId, count],
    );
    await client.query(
      `INSERT INTO issues (document_id, segment_id, author_id, segment_version, target_start, target_end, category, severity, comment)
       SELECT document_id, id, $2, 1, 0, 8, 'style', 'minor', 'Quote style' FROM segments WHERE document_id = $1 AND position % 50 = 0`,
      [documentId, authorId],
    );
    // Vacuumed now, so autovacuum does not start on the fresh rows in the middle of a measurement.
    await client.query("VACUUM ANALYZE");
    const ids = await client.query<{ id: string }>(`SELECT id FROM segments WHERE document_id = $1 ORDER BY position`, [documentId]);
    return { documentId, segmentIds: ids.rows.map((row) => row.id) };
  } finally {
    await client.end();
  }
}
