import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFinding } from "../factories/findings";
import { launchBrowser, screenshot, withPage } from "./browser";
import { openAppDatabase } from "./pages/app-database";
import { DocumentPage } from "./pages/document-page";
import { signInAs } from "./pages/sign-in-page";
import { createSpecDocument, POLL } from "./pages/spec-document";

const FRENCH = "Craig Mokhiber dénonce la complicité des gouvernements occidentaux dans l'offensive israélienne contre Gaza.";
const ENGLISH = "Craig Mokhiber denounces the complicity of Western governments in the attack on Israel.";
const SOURCE = `${FRENCH} Personne n'a été blessé lors de la manifestation.`;
const TARGET = `${ENGLISH} Someone was injured during the demonstration.`;
const span = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

let browser: Browser;
let documentId: string;

beforeAll(async () => {
  ({ documentId } = await createSpecDocument({ name: "Findings panel", source: SOURCE, target: TARGET }));
  const { disconnect } = await openAppDatabase("admin@recto.local");
  const { getPrisma } = await import("@/lib/db/client");
  const segment = await getPrisma().segment.findFirstOrThrow({ where: { documentId, position: 0 }, select: { id: true, sourceText: true, currentText: true } });
  // The aligner-based checks are another branch's work: this finding carries evidence the way they will store it.
  await createFinding({
    documentId, segmentId: segment.id, checkId: "name-mismatch", message: "Gaza, in the French, has no counterpart in the English.",
    sourceSpan: span(segment.sourceText, "Gaza"), targetSpan: span(segment.currentText, "Israel"),
    evidence: {
      links: [
        { source: span(segment.sourceText, "Mokhiber"), target: span(segment.currentText, "Mokhiber"), score: 1 },
        { source: span(segment.sourceText, "Gaza"), target: null, score: 0 },
      ],
    },
  });
  await disconnect();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("automatic findings on the segment panel", () => {
  it("lists the open segment's findings with check, message, severity, spans and evidence, and lights a word's counterpart", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      await signInAs(page, "editor");
      await page.goto(`/documents/${documentId}`);
      const documentPage = new DocumentPage(page);
      await documentPage.ready();
      const findings = documentPage.panel().getByRole("region", { name: /Automatic findings/ });
      const reversal = findings.getByRole("listitem", { name: /^Who did what to whom is reversed/ });
      await expect.poll(() => reversal.textContent(), POLL).toMatch(/Critical|Major/);
      expect(await reversal.textContent()).toMatch(/English: .*Israel/);
      const named = findings.getByRole("listitem", { name: /^Proper noun missing or altered in the target, major$/ });
      await expect.poll(() => named.textContent(), POLL).toMatch(/Gaza, in the French, has no counterpart/);
      const evidence = named.getByRole("list", { name: /^Evidence/ });
      expect(await evidence.getByRole("listitem").allTextContents()).toEqual(["Mokhiber ↔ Mokhiber", "Gaza ↔ no English"]);
      await named.hover();
      await screenshot(page, "workspace-findings-panel");

      const counterpart = documentPage.panel().getByRole("status", { name: "Word counterpart" });
      await documentPage.word(1, "Mokhiber", "source").hover();
      await expect.poll(() => counterpart.textContent(), POLL).toBe("French Mokhiber ↔ English Mokhiber");
      await screenshot(page, "workspace-word-counterpart");
      await page.mouse.move(5, 5);
      await expect.poll(() => counterpart.textContent(), POLL).toBe("");
    });
  }, 120_000);

  it("confirms one finding as an issue and dismisses another, from the panel, without leaving the segment", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      await signInAs(page, "editor");
      await page.goto(`/documents/${documentId}`);
      const documentPage = new DocumentPage(page);
      await documentPage.ready();
      const findings = documentPage.panel().getByRole("region", { name: /Automatic findings/ });
      const named = findings.getByRole("listitem", { name: /^Proper noun missing or altered/ });
      await named.getByLabel("Reason").fill("The name is fine here");
      await named.getByRole("button", { name: "Dismiss finding" }).click();
      await expect.poll(() => named.count(), POLL).toBe(0);
      const reversal = findings.getByRole("listitem", { name: /^Who did what to whom is reversed/ });
      const message = await reversal.getByRole("paragraph").nth(1).textContent();
      await reversal.getByRole("button", { name: "Confirm as issue" }).click();
      await expect.poll(() => reversal.count(), POLL).toBe(0);
      // The confirmed finding is now an issue on the segment, its message as the comment.
      await expect.poll(() => documentPage.issues().first().textContent(), POLL).toContain(message);
      await expect.poll(() => documentPage.row(1).textContent(), POLL).toMatch(/1 open issue/);
    });
  }, 120_000);
});
