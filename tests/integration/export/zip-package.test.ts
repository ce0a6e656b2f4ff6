import { execFileSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { afterAll, describe, expect, it } from "vitest";
import { toScorecard } from "@/lib/export/report";
import { writeReviewPackage, type ReviewPackageInput } from "@/lib/export/zip-package";
import { computeMqmScore } from "@/lib/review/mqm-score";
import { APPROVED_CHANGE, ARTICLE, CORRECTION, demoSegments, FIRST } from "@/tests/unit/export/demo-segments";

const directory = mkdtempSync(join(tmpdir(), "recto-zip-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const exportedAt = new Date("2023-11-06T08:00:00Z");
const input: ReviewPackageInput = {
  baseName: "mokhiber-resignation",
  title: "Démission de Craig Mokhiber",
  targetLeading: "",
  exportedAt,
  segments: () => demoSegments(),
  changes: [APPROVED_CHANGE],
  scorecard: toScorecard(
    { title: "Démission de Craig Mokhiber", exportedAt },
    computeMqmScore([{ category: "accuracy_mistranslation", severity: "major" }], 200),
  ),
};

const unzip = (path: string, entry: string) => execFileSync("unzip", ["-p", path, entry], { encoding: "utf8" });

describe("writeReviewPackage", () => {
  it("streams a zip holding the corrected text, tracked DOCX, change log and scorecard", async () => {
    const path = join(directory, "package.zip");
    await pipeline(writeReviewPackage(input), createWriteStream(path));
    const listing = execFileSync("unzip", ["-Z1", path], { encoding: "utf8" }).trim().split("\n");
    expect(listing).toEqual([
      "mokhiber-resignation.corrected.txt",
      "mokhiber-resignation.tracked-changes.docx",
      "mokhiber-resignation.change-log.csv",
      "mokhiber-resignation.mqm-scorecard.json",
    ]);
    expect(unzip(path, "mokhiber-resignation.corrected.txt")).toBe(ARTICLE.replace(FIRST, CORRECTION));
    expect(unzip(path, "mokhiber-resignation.change-log.csv")).toContain("Élise Martin,2023-11-05T14:30:00.000Z,Wrong direction of the attack");
    expect(JSON.parse(unzip(path, "mokhiber-resignation.mqm-scorecard.json"))).toMatchObject({ score: 97.5, penaltyPer1000Words: 25 });
    const docx = join(directory, "package.docx");
    execFileSync("sh", ["-c", `unzip -p "${path}" mokhiber-resignation.tracked-changes.docx > "${docx}"`]);
    expect(unzip(docx, "word/document.xml")).toMatch(/<w:ins [^>]*w:author="Élise Martin"/);
  });

  it("fails the stream when a segment source fails", async () => {
    const broken = {
      ...input,
      segments: async function* () {
        yield demoSegments()[0];
        throw new Error("cursor lost");
      },
    };
    const path = join(directory, "broken.zip");
    await expect(pipeline(writeReviewPackage(broken), createWriteStream(path))).rejects.toThrow(/cursor lost/);
  });
});
