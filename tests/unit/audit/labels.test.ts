import { describe, expect, it } from "vitest";
import { describeAuditAction } from "@/lib/audit/labels";

describe("describeAuditAction", () => {
  it.each([
    ["suggestion.approve", "approved a suggestion"],
    ["suggestion.approve_with_edits", "approved a suggestion with edits"],
    ["issue.flag", "flagged an issue"],
    ["alignment.merge", "merged segments"],
    ["segment.review", "marked a segment reviewed"],
    ["comment.create", "commented on a segment"],
  ])("reads %s as “%s”", (code, words) => {
    expect(describeAuditAction(code)).toBe(words);
  });

  it("turns a code it does not know into words rather than showing it raw", () => {
    expect(describeAuditAction("glossary.bulk_rename")).toBe("glossary: bulk rename");
  });
});
