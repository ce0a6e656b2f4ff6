import { describe, expect, it } from "vitest";
import { segmentVersions } from "@/lib/documents/workspace-versions";

const PUBLISHED = "complicit in the attack on Israel.";
const tess = { name: "Tess" };

describe("segmentVersions", () => {
  it("has one version while the English is as published", () => {
    expect(segmentVersions({ publishedText: PUBLISHED, currentText: PUBLISHED, suggestions: [] })).toEqual([{ label: "Published", text: PUBLISHED }]);
  });

  it("lists approved changes in review order, with the editor's text when approved with edits, and skips the others", () => {
    const versions = segmentVersions({
      publishedText: PUBLISHED,
      currentText: "complicit in Israel's offensive against Gaza.",
      suggestions: [
        { status: "approved_with_edits", text: "complicit in Israel's attack on Gaza.", approvedText: "complicit in Israel's offensive against Gaza.", reviewedAt: new Date("2026-11-28T10:00:00Z"), author: tess },
        { status: "rejected", text: "complicit in the war.", approvedText: null, reviewedAt: new Date("2026-11-28T08:00:00Z"), author: tess },
        { status: "approved", text: "complicit in the offensive.", approvedText: null, reviewedAt: new Date("2026-11-28T09:00:00Z"), author: tess },
      ],
    });
    expect(versions.map((version) => version.text)).toEqual([PUBLISHED, "complicit in the offensive.", "complicit in Israel's offensive against Gaza."]);
  });

  it("adds the current text when an editor changed it directly", () => {
    const versions = segmentVersions({ publishedText: PUBLISHED, currentText: "complicit in the war on Gaza.", suggestions: [] });
    expect(versions.at(-1)).toEqual({ label: "Current (edited directly)", text: "complicit in the war on Gaza." });
  });
});
