import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { getPrisma, type Db, type Tx } from "@/lib/db/client";
import type { GlossaryKind } from "@/lib/qa/types";
import { STARTER_ROLE_REVERSAL_RULES } from "@/lib/qa/run-checks";
import { roleReversalPatternSchema } from "@/lib/qa/schema";
import type { GlossaryEntry as QaGlossaryEntry, QaOptions, RoleReversalPattern } from "@/lib/qa/types";
import { isUuid } from "@/lib/ids";
import { IN_LIVE_DOCUMENT } from "@/lib/db/live";

export type GlossaryRow = {
  id: string;
  /** Null for a global entry. */
  documentId: string | null;
  documentTitle: string | null;
  kind: GlossaryKind;
  sourceTerm: string;
  targetTerms: string[];
  pattern: RoleReversalPattern | null;
  note: string;
  updatedAt: Date;
};

/**
 * Live glossary entries: the global ones plus those of `documentId`, or, without a document,
 * the global ones plus every live document's. Global first, then by French term.
 */
export async function findGlossary(options: { viewer: Viewer; documentId?: string | null }): Promise<GlossaryRow[]> {
  assertCan(options.viewer, "segment.read");
  const { documentId } = options;
  if (documentId && !isUuid(documentId)) return [];
  const rows = await getPrisma().glossaryEntry.findMany({
    where: {
      deletedAt: null,
      OR: documentId ? [{ documentId: null }, { documentId }] : [{ documentId: null }, IN_LIVE_DOCUMENT],
    },
    orderBy: [{ sourceTerm: "asc" }, { createdAt: "asc" }],
    select: {
      id: true, documentId: true, kind: true, sourceTerm: true, targetTerms: true, pattern: true, note: true, updatedAt: true,
      document: { select: { title: true } },
    },
  });
  const mapped = rows.map(({ document, pattern, ...row }) => ({ ...row, documentTitle: document?.title ?? null, pattern: parsePattern(pattern) }));
  return [...mapped.filter((row) => row.documentId === null), ...mapped.filter((row) => row.documentId !== null)];
}

function parsePattern(value: unknown): RoleReversalPattern | null {
  const parsed = roleReversalPatternSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const STARTER_IDS = new Map(STARTER_ROLE_REVERSAL_RULES.map((rule) => [rule.sourceTerm, rule.id]));

/** What lib/qa is given from the glossary: its entries, and whether lib/qa adds its own starter rules. */
export type QaGlossary = Required<Pick<QaOptions, "glossary" | "includeStarterRules">>;

/**
 * The glossary the QA engine sees for a document (global + its own, live), in lib/qa's shape.
 * Once seedStarterRules has stored the starter rules (a global role-reversal entry with a starter's
 * French term exists, even deleted), lib/qa runs the glossary's copies instead of its own, so a
 * deleted or edited copy is what counts. A role-reversal entry whose stored pattern no longer
 * parses is left out rather than failing the run.
 */
export async function loadQaGlossary(db: Db | Tx, documentId: string): Promise<QaGlossary> {
  const rows = await db.glossaryEntry.findMany({
    where: { deletedAt: null, OR: [{ documentId: null }, { documentId }] },
    orderBy: { createdAt: "asc" },
    select: { id: true, documentId: true, kind: true, sourceTerm: true, targetTerms: true, pattern: true, note: true },
  });
  const seeded = await db.glossaryEntry.findFirst({
    where: { documentId: null, kind: "role_reversal", sourceTerm: { in: [...STARTER_IDS.keys()] } },
    select: { id: true },
  });
  const glossary: QaGlossaryEntry[] = [];
  for (const row of rows) {
    if (row.kind === "term") {
      glossary.push({ id: row.id, kind: "term", sourceTerm: row.sourceTerm, targetTerms: row.targetTerms, note: row.note });
      continue;
    }
    const pattern = parsePattern(row.pattern);
    // A global copy speaks with its starter's id: its findings keep their fingerprints, so dismissals hold.
    const starterId = row.documentId === null ? STARTER_IDS.get(row.sourceTerm) : undefined;
    if (pattern) glossary.push({ id: starterId ?? row.id, kind: "role_reversal", sourceTerm: row.sourceTerm, targetTerms: row.targetTerms, pattern, note: row.note });
  }
  return { glossary, includeStarterRules: seeded === null };
}
