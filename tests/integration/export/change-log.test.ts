import { describe, expect, it } from "vitest";
import type { ChangeLogEntry } from "@/lib/export/change-log";
import { streamChangeLog } from "@/lib/export/queries";
import { editSegmentText } from "@/lib/review/mutations";
import { createDocument } from "@/tests/factories/documents";
import { createUser } from "@/tests/factories/users";

describe("the package's change log", () => {
  it("lists a direct edit once, as a direct edit, with its note", async () => {
    const editor = await createUser({ role: "editor", name: "Eddie Editor" });
    const admin = await createUser({ role: "admin" });
    const { id: documentId, segments: [segment] } = await createDocument();
    const text = `${segment.currentText} (corrected)`;
    await editSegmentText({ viewer: editor.viewer, input: { segmentId: segment.id, baseVersion: 1, text, note: "House style: no passive" } });
    const entries: ChangeLogEntry[] = [];
    for await (const entry of streamChangeLog({ viewer: admin.viewer, documentId })) entries.push(entry);
    expect(entries).toEqual([expect.objectContaining({
      kind: "direct_edit", before: segment.currentText, after: text, approvedBy: "Eddie Editor", reason: "House style: no passive",
    })]);
  });
});
