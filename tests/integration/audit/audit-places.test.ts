import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { flagIssue } from "@/lib/review/mutations";
import { findAuditLog } from "@/lib/audit/queries";
import { createDocument } from "@/tests/factories/documents";
import { createUser } from "@/tests/factories/users";

describe("the audit log's places", () => {
  it("names the document and the segment's number, and neither once the document is deleted", async () => {
    const admin = await createUser({ role: "admin" });
    const translator = await createUser({ role: "translator" });
    const document = await createDocument({ title: "Audit places" });
    const { issue } = await flagIssue({ viewer: translator.viewer, input: { segmentId: document.segments[1].id, segmentVersion: 1, category: "style", severity: "minor" } });
    const eventOf = async () => (await findAuditLog({ viewer: admin.viewer, filters: { documentId: document.id } })).events.find((event) => event.entityId === issue.id);
    expect(await eventOf()).toMatchObject({ action: "issue.flag", documentTitle: "Audit places", segmentNumber: 2 });
    await getPrisma().document.update({ where: { id: document.id }, data: { deletedAt: new Date() } });
    expect(await eventOf()).toMatchObject({ documentTitle: null });
  });
});
