import { readFileSync } from "node:fs";
import type { ChangeLogEntry } from "@/lib/export/change-log";
import type { ExportSegment } from "@/lib/exchange/types";

export const ARTICLE = readFileSync("/work/shared/fixtures/mokhiber-resignation.en.txt", "utf8");

const FRENCH = [
  "Craig Mokhiber, directeur du bureau new-yorkais du Haut-Commissariat des Nations unies aux droits de l’homme, a démissionné fin octobre pour dénoncer les bombardements israéliens sur Gaza, qu’il qualifie de « génocide », ainsi que la « complicité » des gouvernements occidentaux dans l’offensive d’Israël contre Gaza.",
  "Il s’agit d’une lettre de démission peu relayée par les médias francophones mais qui, depuis une semaine, circule sur les réseaux sociaux.",
  "« Le massacre à grande échelle des Palestiniens […] ne laisse aucune place au doute ni au débat », déplore ce diplomate expérimenté.",
];

export const FIRST = "the attack on Israel";
export const CORRECTION = "Israel's offensive against Gaza";
export const APPROVAL = { approvedBy: "Élise Martin", approvedAt: new Date("2023-11-05T14:30:00Z") };

/** The change log's one entry: Tom's correction of segment 1, approved. */
export const APPROVED_CHANGE: ChangeLogEntry = {
  segmentPosition: 1,
  kind: "approved",
  before: FIRST,
  after: CORRECTION,
  suggestedBy: "Tom",
  approvedBy: APPROVAL.approvedBy,
  approvedAt: APPROVAL.approvedAt,
  reason: "Wrong direction of the attack",
  resolvedIssues: ["accuracy_mistranslation/major"],
};

/** The demo article as one segment per paragraph; segment 1 carries the approved correction. */
export function demoSegments(): ExportSegment[] {
  const paragraphs = ARTICLE.split("\n\n");
  return paragraphs.map((text, index) => {
    const isFirst = index === 0;
    return {
      position: index + 1,
      sourceText: FRENCH[index] ?? `Paragraphe ${index + 1} de l’article.`,
      publishedText: text,
      currentText: isFirst ? text.replace(FIRST, CORRECTION) : text,
      targetSeparator: index === paragraphs.length - 1 ? "" : "\n\n",
      sourceSeparator: "\n\n",
      status: isFirst ? "approved" : index === 1 ? "flagged" : index === 2 ? "corrected" : "unreviewed",
      pendingText: index === 2 ? text.replace("experienced diplomat", "seasoned diplomat") : null,
      issues: isFirst
        ? [{ category: "accuracy_mistranslation", severity: "major", status: "resolved", comment: "Inverts who attacks whom", authorName: "Tom <Translator>" }]
        : index === 1
          ? [{ category: "linguistic_grammar", severity: "minor", status: "open", comment: "“It is about of” is not English", authorName: "Ana" }]
          : [],
      approval: isFirst ? APPROVAL : null,
    };
  });
}

export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}

/** Generates `count` segments lazily, so the input itself never sits in memory. */
export function* generatedSegments(count: number): Generator<ExportSegment> {
  for (let position = 1; position <= count; position += 1) {
    yield {
      position,
      sourceText: `Phrase ${position} : l’ONU « échoue » encore <b>&</b>.`,
      publishedText: `Sentence ${position}: the UN is "failing" again <b>&</b>.`,
      currentText: `Sentence ${position}: the UN is “failing” again <b>&</b>.`,
      targetSeparator: position % 5 === 0 ? "\n\n" : " ",
      sourceSeparator: " ",
      status: position % 2 === 0 ? "approved" : "unreviewed",
      issues: position % 3 === 0 ? [{ category: "style", severity: "minor", status: "open", comment: "Quote style", authorName: "Ana" }] : [],
      approval: position % 2 === 0 ? APPROVAL : null,
    };
  }
}
