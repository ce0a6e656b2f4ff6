import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/client";
import { findSegments, getDocumentHeader } from "@/lib/documents/queries";
import { createSuggestion, flagIssue } from "@/lib/review/mutations";
import { createDocument } from "@/tests/factories/documents";
import { createUser } from "@/tests/factories/users";

const SEGMENTS = [
  { source: "Craig Mokhiber dénonce les bombardements israéliens sur Gaza.", target: "Craig Mokhiber denounces the Israeli bombings of Gaza." },
  { source: "Il s’agit d’une lettre de démission.", target: "It is about of a resignation letter." },
  { source: "Les gouvernements occidentaux sont complices.", target: "Western governments are complicit in the attack on Israel." },
  { source: "Volker Türk a reçu la lettre samedi.", target: "Volker Türk received the letter on Saturday." },
  { source: "Un taux de 100 % n’existe pas.", target: "A 100% rate does not exist." },
];

let viewer: Viewer;
let documentId: string;
let segmentIds: string[];

beforeAll(async () => {
  ({ viewer } = await createUser({ role: "translator" }));
  const document = await createDocument({ segments: SEGMENTS });
  documentId = document.id;
  segmentIds = document.segments.map((segment) => segment.id);
  await getPrisma().segment.update({ where: { id: segmentIds[3] }, data: { confidence: 0.2 } });
  const target = SEGMENTS[2].target.indexOf("attack on Israel");
  await flagIssue({ viewer, input: { segmentId: segmentIds[2], segmentVersion: 1, targetStart: target, targetEnd: target + 16, category: "accuracy_mistranslation", severity: "major", comment: "" } });
  await flagIssue({ viewer, input: { segmentId: segmentIds[1], segmentVersion: 1, category: "linguistic_grammar", severity: "minor", comment: "" } });
  await createSuggestion({ viewer, input: { segmentId: segmentIds[1], baseVersion: 1, text: "It is a resignation letter.", note: "", issueIds: [] } });
});

const positions = (page: { rows: { position: number }[] }) => page.rows.map((row) => row.position);

describe("findSegments", () => {
  it("pages through the document in reading order with the total, badges and issue spans", async () => {
    const first = await findSegments({ viewer, documentId, cursor: 0, limit: 2 });
    const rest = await findSegments({ viewer, documentId, cursor: 2, limit: 10 });
    expect(first.total).toBe(5);
    expect([...positions(first), ...positions(rest)]).toEqual([0, 1, 2, 3, 4]);
    expect(first.rows[1]).toMatchObject({ status: "corrected", pendingSuggestionCount: 1, isChanged: false, issues: [{ category: "linguistic_grammar", targetStart: null }] });
    expect(rest.rows[0]).toMatchObject({ status: "flagged", issues: [{ category: "accuracy_mistranslation", severity: "major", segmentVersion: 1, targetStart: 41, targetEnd: 57 }] });
  });

  it.each([
    ["status flagged", { status: "flagged" }, [2]],
    ["a pending suggestion", { status: "has_suggestion" }, [1]],
    ["status unreviewed", { status: "unreviewed" }, [0, 3, 4]],
    ["an open issue's category", { category: "accuracy_mistranslation" }, [2]],
    ["an open issue's severity", { severity: "minor" }, [1]],
    ["category and severity together", { category: "accuracy_mistranslation", severity: "minor" }, []],
    ["low alignment confidence", { low: true }, [3]],
    ["a French word in another form (full text, french stemming)", { q: "bombardement" }, [0]],
    ["an English word in another form (full text, english stemming)", { q: "bombing" }, [0]],
    ["part of a name (substring)", { q: "okhib" }, [0]],
    ["a name with a diacritic in either language", { q: "Türk" }, [3]],
    ["a percent sign taken literally", { q: "100 %" }, [4]],
  ] as const)("filters by %s", async (_name, filters, expected) => {
    const page = await findSegments({ viewer, documentId, filters, limit: 50 });
    expect(positions(page)).toEqual(expected);
    expect(page.total).toBe(expected.length);
  });

  it("refuses unknown filter values and unknown documents", async () => {
    await expect(findSegments({ viewer, documentId, filters: { status: "pending" as never } })).rejects.toThrow(/status/);
    await expect(findSegments({ viewer, documentId: "not-a-document" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findSegments({ viewer, documentId, limit: 10_000 })).rejects.toThrow();
  });

  it("counts segments per status in the header", async () => {
    const header = await getDocumentHeader({ viewer, documentId });
    expect(header).toMatchObject({ segmentCount: 5, statusCounts: { unreviewed: 3, flagged: 1, corrected: 1, approved: 0 } });
  });
});
