import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { seriousViolations } from "./axe";
import { demoAccount, launchBrowser, screenshot, withPage } from "./browser";
import { openAppDatabase } from "./pages/app-database";
import { DocumentPage } from "./pages/document-page";
import { signInAs } from "./pages/sign-in-page";
import { createSpecDocument } from "./pages/spec-document";

// The translator edits their own pending suggestion inline in the workspace, on a document of this
// spec's own: three sentences copied from the demo article (“the fissures…”, “Paul has been making
// the rounds…”, “…lived in Gaza in the 1990s”), one per test.

const SOURCE = [
  "La démission de Mokhiber révèle une nouvelle fois les fissures qui traversent la communauté internationale et l’opinion publique mondiale depuis qu’une avalanche de feu s’est abattue sur la bande de Gaza en riposte à l’attaque menée par le Hamas sur le territoire israélien.",
  "Depuis cette annonce, Josh Paul fait le tour des médias pour expliquer son geste, après 11 ans de bons et loyaux services au sein du bureau militaire du département d’État.",
  "Avocat spécialisé dans les droits de l’homme, Craig Mokhiber a vécu à Gaza dans les années 1990.",
];
const TARGET = [
  "Mokhiber’s resignation reveals once again the fissures that have crossed the international community and world public opinion since an avalanche of fire fell on the Gaza Strip in response to the attack carried out by Hamas on Israeli territory.",
  "Since this announcement, Paul has been making the rounds in the media to explain his action after 11 years of loyal service within the State Department’s military bureau.",
  "Human rights lawyer Craig Mokhiber lived in Gaza in the 1990s.",
];

type Segment = { id: string; version: number; currentText: string; row: number };

let browser: Browser;
let translator: Viewer;
let editor: Viewer;
let disconnect: () => Promise<void>;
let documentId: string;

beforeAll(async () => {
  ({ documentId } = await createSpecDocument({ name: "Edit suggestion", source: SOURCE.join("\n\n"), target: TARGET.join("\n\n") }));
  browser = await launchBrowser();
  ({ viewer: translator } = await openAppDatabase(demoAccount("translator").email));
  ({ viewer: editor, disconnect } = await openAppDatabase(demoAccount("editor").email));
});
afterAll(async () => {
  await disconnect?.();
  await browser?.close();
});

async function findSegment(contains: string): Promise<Segment> {
  const { getPrisma } = await import("@/lib/db/client");
  const segment = await getPrisma().segment.findFirstOrThrow({
    where: { documentId, currentText: { contains } },
    select: { id: true, version: true, currentText: true, position: true },
  });
  return { ...segment, row: segment.position + 1 };
}

/** Signs the translator in and opens this spec's document in the workspace. */
async function openSpecDocument(page: Page): Promise<DocumentPage> {
  await signInAs(page, "translator");
  await page.goto(`/documents/${documentId}`);
  const documentPage = new DocumentPage(page);
  await documentPage.ready();
  return documentPage;
}

async function openSegment(page: Page, documentPage: DocumentPage, row: number): Promise<void> {
  await documentPage.row(row).click();
  await page.getByRole("complementary", { name: `Segment ${row} details` }).waitFor();
}

describe("editing one's own pending suggestion in the workspace", () => {
  it("edits text and note inline with a live diff, keeps the edit after a reload, and offers no Edit on another user's suggestion", async ({ task }) => {
    const segment = await findSegment("reveals once again the fissures");
    const { createSuggestion } = await import("@/lib/review/mutations");
    await createSuggestion({ viewer: editor, input: { segmentId: segment.id, baseVersion: segment.version, text: segment.currentText.replace("world public opinion", "global opinion"), note: "Shorter" } });
    const proposed = segment.currentText.replace("an avalanche of fire fell on", "a deluge of fire struck");
    const edited = segment.currentText.replace("the fissures", "the rifts");

    await withPage(browser, task.name, async (page) => {
      const documentPage = await openSpecDocument(page);
      await openSegment(page, documentPage, segment.row);
      const others = documentPage.suggestion(1);
      await others.getByText("Eddie Editor").waitFor();
      await documentPage.propose(proposed, "First try");
      const own = documentPage.suggestion(2);
      await own.getByRole("insertion").filter({ hasText: "deluge" }).waitFor();
      expect(await others.getByRole("button", { name: /^Edit suggestion/ }).count()).toBe(0);

      await own.getByRole("button", { name: "Edit suggestion 2", exact: true }).click();
      const form = documentPage.editSuggestionForm(2);
      const text = form.getByLabel("English for suggestion 2");
      expect(await text.inputValue()).toBe(proposed);
      expect(await text.evaluate((element) => element === document.activeElement)).toBe(true);
      expect(await form.getByLabel("Note for suggestion 2").inputValue()).toBe("First try");
      await text.fill(edited);
      const preview = form.getByRole("group", { name: "Preview of the changes in edited suggestion 2" });
      await preview.getByRole("insertion").filter({ hasText: "rifts" }).waitFor();
      expect(await preview.getByRole("deletion").allTextContents()).toEqual([expect.stringMatching(/fissures/)]);
      await form.getByLabel("Note for suggestion 2").fill("Rifts, not fissures");
      await screenshot(page, "edit-suggestion-form");
      expect(await seriousViolations(page)).toEqual([]);
      await form.getByRole("button", { name: "Save", exact: true }).click();

      await form.waitFor({ state: "detached" });
      await own.getByText("Note: Rifts, not fissures").waitFor();
      expect(await own.getByRole("insertion").allTextContents()).toEqual([expect.stringMatching(/rifts/)]);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Edit");

      await page.reload();
      await documentPage.panel().waitFor();
      await openSegment(page, documentPage, segment.row);
      await own.getByText("Note: Rifts, not fissures").waitFor();
      expect(await own.getByRole("group", { name: "Changes in suggestion 2" }).textContent()).not.toMatch(/deluge/);
      expect(await own.getByRole("insertion").allTextContents()).toEqual([expect.stringMatching(/rifts/)]);
      expect(await own.getByRole("button", { name: "Edit suggestion 2", exact: true }).count()).toBe(1);
      expect(await others.getByRole("button", { name: /^Edit suggestion/ }).count()).toBe(0);
    });
  });

  it("shows why a save was refused and keeps the typed text, and Escape cancels the edit", async ({ task }) => {
    const segment = await findSegment("Paul has been making the rounds");
    const { createSuggestion, rejectSuggestion } = await import("@/lib/review/mutations");
    const { suggestion } = await createSuggestion({
      viewer: translator, input: { segmentId: segment.id, baseVersion: segment.version, text: segment.currentText.replace("making the rounds", "doing the rounds"), note: "Idiom" },
    });

    await withPage(browser, task.name, async (page) => {
      const documentPage = await openSpecDocument(page);
      await openSegment(page, documentPage, segment.row);
      const own = documentPage.suggestion(1);
      await own.getByRole("button", { name: "Edit suggestion 1", exact: true }).click();
      const form = documentPage.editSuggestionForm(1);
      const text = form.getByLabel("English for suggestion 1");

      await text.fill(segment.currentText);
      await form.getByRole("button", { name: "Save", exact: true }).click();
      expect(await form.getByRole("alert").textContent()).toBe("The text is the same as the segment's current text; change something first.");
      expect(await text.inputValue()).toBe(segment.currentText);

      await rejectSuggestion({ viewer: editor, input: { suggestionId: suggestion.id, reason: "style", comment: "Keep the published idiom." } });
      const retyped = segment.currentText.replace("making the rounds in", "touring");
      await text.fill(retyped);
      await form.getByRole("button", { name: "Save", exact: true }).click();
      await form.getByRole("alert").getByText("Cannot edit a suggestion that is already rejected; only pending suggestions can change.").waitFor();
      expect(await text.inputValue()).toBe(retyped);

      await text.press("Escape");
      await form.waitFor({ state: "detached" });
      expect(await own.getByRole("insertion").allTextContents()).toEqual([expect.stringMatching(/doing/)]);
    });
  });

  it("rebases a suggestion made on an older version of the segment when its author edits it, so it can be approved", async ({ task }) => {
    const segment = await findSegment("lived in Gaza in the 1990s");
    const { approveSuggestion, createSuggestion, editSegmentText, reopenSegment } = await import("@/lib/review/mutations");
    const { suggestion } = await createSuggestion({
      viewer: translator, input: { segmentId: segment.id, baseVersion: segment.version, text: segment.currentText.replace("lived in Gaza", "lived in the Gaza Strip") },
    });
    const edited = segment.currentText.replace("Human rights lawyer", "The human rights lawyer");
    await editSegmentText({ viewer: editor, input: { segmentId: segment.id, baseVersion: segment.version, text: edited } });
    await reopenSegment({ viewer: editor, input: { segmentId: segment.id } });
    await expect(approveSuggestion({ viewer: editor, input: { suggestionId: suggestion.id } })).rejects.toMatchObject({ code: "CONFLICT" });

    await withPage(browser, task.name, async (page) => {
      const documentPage = await openSpecDocument(page);
      await openSegment(page, documentPage, segment.row);
      const own = documentPage.suggestion(1);
      await own.getByText(`based on version ${segment.version}, segment is at ${segment.version + 1}: edit it to base it on the current text`).waitFor();
      await own.getByRole("button", { name: "Edit suggestion 1", exact: true }).click();
      const form = documentPage.editSuggestionForm(1);
      await form.getByLabel("English for suggestion 1").fill(edited.replace("lived in Gaza", "lived in the Gaza Strip"));
      await form.getByRole("button", { name: "Save", exact: true }).click();
      await form.waitFor({ state: "detached" });
      await own.getByText(/based on version/).waitFor({ state: "detached" });
      expect(await own.getByRole("group", { name: "Changes in suggestion 1" }).textContent()).toMatch(/The human rights lawyer/);
    });
    await approveSuggestion({ viewer: editor, input: { suggestionId: suggestion.id } });
    const { getPrisma } = await import("@/lib/db/client");
    expect(await getPrisma().segment.findUniqueOrThrow({ where: { id: segment.id }, select: { currentText: true, version: true } }))
      .toEqual({ currentText: edited.replace("lived in Gaza", "lived in the Gaza Strip"), version: segment.version + 2 });
  });
});
