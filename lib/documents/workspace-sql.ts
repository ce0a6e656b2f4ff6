import { Prisma } from "@/generated/prisma/client";
import { LOW_CONFIDENCE, type SegmentFilters } from "@/lib/documents/schema";

/** `%` and `_` in a search are literal characters, not wildcards. */
export function toLikePattern(query: string): string {
  return `%${query.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * WHERE clause (alias `s` for segments) for the workspace filters. Search matches either language:
 * full text with the french/english configurations (stemmed words), or a case-insensitive
 * substring (names, partial words) — both served by the GIN indexes of the migration.
 */
export function segmentWhereSql(documentId: string, filters: SegmentFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`s.document_id = ${documentId}::uuid`];
  if (filters.status === "has_suggestion") {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM suggestions g WHERE g.segment_id = s.id AND g.status = 'pending')`);
  } else if (filters.status) {
    conditions.push(Prisma.sql`s.status = ${filters.status}::segment_status`);
  }
  if (filters.category || filters.severity) {
    const category = filters.category ? Prisma.sql`AND i.category = ${filters.category}::mqm_category` : Prisma.empty;
    const severity = filters.severity ? Prisma.sql`AND i.severity = ${filters.severity}::severity` : Prisma.empty;
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM issues i WHERE i.segment_id = s.id AND i.status = 'open' ${category} ${severity})`);
  }
  if (filters.low) conditions.push(Prisma.sql`s.confidence < ${LOW_CONFIDENCE}`);
  if (filters.q && filters.q.trim() !== "") {
    const pattern = toLikePattern(filters.q.trim());
    conditions.push(Prisma.sql`(
      to_tsvector('french', s.source_text) @@ websearch_to_tsquery('french', ${filters.q})
      OR to_tsvector('english', s.current_text) @@ websearch_to_tsquery('english', ${filters.q})
      OR s.source_text ILIKE ${pattern} OR s.current_text ILIKE ${pattern})`);
  }
  return Prisma.join(conditions, " AND ");
}
