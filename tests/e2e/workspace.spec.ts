import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot, withPage } from "./browser";
import { openAppDatabase } from "./pages/app-database";
import { openDocument } from "./pages/document-page";
import { FlagDialog } from "./pages/flag-dialog";
import { createSpecDocument, POLL } from "./pages/spec-document";

const SOURCE = [
  "Craig Mokhiber, directeur du bureau de New York, dénonce la complicité des gouvernements occidentaux dans une offensive israélienne contre Gaza.",
  "Il s'agit d'une lettre de démission adressée samedi au haut-commissaire.",
  "Il a régulièrement fait face à des critiques pour ses prises de position.",
  "Les bombardements ont détruit des quartiers entiers.",
].join(" ");
const TARGET = [
  "Craig Mokhiber, director of the New York office, denounces the complicity of Western governments in the attack on Israel.",
  "It is a resignation letter addressed on Saturday to the High Commissioner.",
  "He has regularly faced criticism for his positions.",
  "The bombing destroyed entire neighbourhoods.",
].join(" ");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the review workspace", () => {
  it("walks a document: drag over “attack on Israel” and its French, flag it, propose Israel's offensive against Gaza, see the diff, reload and find it all", async ({ task }) => {
    const { documentId } = await createSpecDocument({ name: "Workspace walk", source: SOURCE, target: TARGET });
    await withPage(browser, task.name, async (page) => {
      const documentPage = await openDocument(page, documentId, "translator");
      await documentPage.drag(1, "attack", "Israel");
      await expect.poll(() => documentPage.selectionSummary().textContent(), POLL).toBe("Selected English: attack on Israel");
      await documentPage.drag(1, "offensive", "Gaza", { side: "source" });
      await expect.poll(() => documentPage.selectionSummary().textContent(), POLL).toBe("Selected English: attack on Israel · French: offensive israélienne contre Gaza");
      await page.keyboard.press("f");
      const flagDialog = new FlagDialog(page);
      expect(await flagDialog.dialog().getByRole("checkbox", { name: /Link the French span/ }).isChecked()).toBe(true);
      await screenshot(page, "workspace-flag-dialog");
      await flagDialog.flag({ category: "Mistranslation", severity: "Major", comment: "The French says Israel's offensive against Gaza." });

      const issue = documentPage.issues().filter({ hasText: "Accuracy: Mistranslation" });
      await expect.poll(() => issue.textContent(), POLL).toMatch(/Major.*English: attack on Israel/);
      // Both spans stay highlighted; pointing at the English one lights up its French partner.
      await documentPage.word(1, "attack").hover();
      await documentPage.row(1).locator('[data-side="source"] mark.lit').filter({ hasText: "offensive israélienne contre Gaza" }).waitFor();

      const current = await documentPage.suggestedText().inputValue();
      expect(current).toMatch(/in the attack on Israel\.$/);
      await documentPage.propose(current.replace("in the attack on Israel.", "in Israel's offensive against Gaza."), "Follow the French: l'offensive israélienne contre Gaza.");
      const suggestion = documentPage.suggestion(1);
      await suggestion.waitFor();
      expect(await suggestion.getByRole("deletion").first().textContent()).toMatch(/attack on Israel/);
      expect(await suggestion.getByRole("insertion").first().textContent()).toMatch(/offensive against Gaza/);
      expect(await suggestion.getByRole("button", { name: "Approve" }).count()).toBe(0);
      expect(await documentPage.panel().getByRole("button", { name: "Save as approved edit" }).count()).toBe(0);
      await suggestion.getByText("Side by side").click();
      await suggestion.getByRole("table").waitFor();
      await screenshot(page, "workspace-diff");

      await page.reload();
      await documentPage.suggestion(1).waitFor();
      expect(await documentPage.issues().filter({ hasText: "Accuracy: Mistranslation" }).count()).toBe(1);
      expect(await documentPage.suggestion(1).getByRole("insertion").first().textContent()).toMatch(/offensive against Gaza/);
      expect(await documentPage.row(1).textContent()).toMatch(/1 open issue.*1 suggestion/);
      await screenshot(page, "workspace-document");
    });
  }, 120_000);

  it("moves with j and k, lists the shortcuts on ?, and shows the corrected text view", async ({ task }) => {
    const { documentId } = await createSpecDocument({ name: "Workspace keys", source: SOURCE, target: TARGET });
    await withPage(browser, task.name, async (page) => {
      const documentPage = await openDocument(page, documentId, "translator");
      await page.keyboard.press("j");
      await page.keyboard.press("j");
      await page.getByRole("complementary", { name: "Segment 3 details" }).waitFor();
      expect(await documentPage.row(3).getAttribute("aria-current")).toBe("true");
      await page.keyboard.press("k");
      await page.getByRole("complementary", { name: "Segment 2 details" }).waitFor();
      await page.keyboard.press("s");
      await expect.poll(() => documentPage.suggestedText().and(page.locator(":focus")).count(), POLL).toBe(1);
      await page.keyboard.press("Escape");
      await page.getByRole("heading", { level: 1 }).click();
      await page.keyboard.press("?");
      const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
      await help.waitFor();
      expect(await help.textContent()).toMatch(/Next segment.*Previous segment.*Flag.*Suggest/);
      expect(await help.textContent()).not.toMatch(/Approve/);
      await page.keyboard.press("Escape");
      await help.waitFor({ state: "hidden" });
      await page.getByRole("link", { name: "Corrected text with changes" }).click();
      await page.getByRole("article", { name: "Corrected English text" }).waitFor();
    });
  }, 120_000);

  it("keeps filters in the URL and finds a name by substring and French words by full text", async ({ task }) => {
    const { documentId } = await createSpecDocument({ name: "Workspace filters", source: SOURCE, target: TARGET });
    await withPage(browser, task.name, async (page) => {
      const documentPage = await openDocument(page, documentId, "translator");
      await page.getByLabel("Search French or English").fill("Mokhib");
      await page.getByRole("button", { name: "Search" }).click();
      await page.waitForURL(/q=Mokhib/);
      await documentPage.row(1).waitFor();
      await expect.poll(() => documentPage.rows().allTextContents(), POLL).toEqual([expect.anything(), expect.stringMatching(/Mokhiber/)]);
      await page.goto(`/documents/${documentId}?q=bombardements&status=unreviewed`);
      await page.getByText(/segments? match/).waitFor();
      expect(await page.getByLabel("Status").inputValue()).toBe("unreviewed");
      const texts = await documentPage.rows().allTextContents();
      expect(texts.length).toBe(2);
      expect(texts[1]).toMatch(/bombing destroyed/);
    });
  }, 120_000);

  it("lets an editor approve a translator's suggestion with a and edit a segment directly, and the corrected text shows both changes", async ({ task }) => {
    const { documentId } = await createSpecDocument({ name: "Workspace approval", source: SOURCE, target: TARGET });
    const { viewer, disconnect } = await openAppDatabase("translator@recto.local");
    const { getPrisma } = await import("@/lib/db/client");
    const { createSuggestion } = await import("@/lib/review/mutations");
    const segment = await getPrisma().segment.findFirstOrThrow({ where: { documentId, position: 2 }, select: { id: true, version: true, currentText: true } });
    await createSuggestion({ viewer, input: { segmentId: segment.id, baseVersion: segment.version, text: segment.currentText.replace("regularly", "often"), note: "Style", issueIds: [] } });
    await disconnect();
    await withPage(browser, task.name, async (page) => {
      const documentPage = await openDocument(page, documentId, "editor");
      await documentPage.row(3).click();
      await page.getByRole("complementary", { name: "Segment 3 details" }).waitFor();
      await documentPage.suggestion(1).waitFor();
      await page.keyboard.press("a");
      await documentPage.suggestion(1).getByText("approved").waitFor();
      await expect.poll(() => documentPage.row(3).textContent(), POLL).toMatch(/Approved.*Corrected/);
      await documentPage.row(2).click();
      await page.getByRole("complementary", { name: "Segment 2 details" }).waitFor();
      const edited = (await documentPage.suggestedText().inputValue()).replace("addressed on Saturday", "sent on Saturday");
      await documentPage.suggestedText().fill(edited);
      await documentPage.panel().getByRole("button", { name: "Save as approved edit" }).click();
      await documentPage.panel().getByRole("listitem", { name: /^Suggestion 1 by Eddie Editor/ }).getByText("approved").waitFor();
      await page.getByRole("link", { name: "Corrected text with changes" }).click();
      const article = page.getByRole("article", { name: "Corrected English text" });
      await article.getByRole("deletion").first().waitFor();
      expect(await article.getByRole("deletion").allTextContents()).toEqual(["addressed", "regularly"]);
    });
  }, 120_000);
});
