export type SegmentVersion = { label: string; text: string };

type VersionSource = {
  publishedText: string;
  currentText: string;
  suggestions: { status: string; text: string; approvedText: string | null; reviewedAt: Date | null; author: { name: string } }[];
};

/**
 * The English versions a segment went through: as published, each approved suggestion in review
 * order (the editor's text when approved with edits), and the current text when it differs from
 * the last of those (a direct edit).
 */
export function segmentVersions(segment: VersionSource): SegmentVersion[] {
  const versions: SegmentVersion[] = [{ label: "Published", text: segment.publishedText }];
  const approved = segment.suggestions
    .filter((suggestion) => suggestion.status === "approved" || suggestion.status === "approved_with_edits")
    .sort((a, b) => (a.reviewedAt?.getTime() ?? 0) - (b.reviewedAt?.getTime() ?? 0));
  for (const suggestion of approved) {
    versions.push({ label: `Approved change by ${suggestion.author.name}`, text: suggestion.approvedText ?? suggestion.text });
  }
  if (versions.at(-1)?.text !== segment.currentText) versions.push({ label: "Current (edited directly)", text: segment.currentText });
  return versions;
}
