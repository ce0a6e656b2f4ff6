import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot, withPage } from "./browser";
import { openAppDatabase } from "./pages/app-database";
import { openDemoDocument } from "./pages/document-page";
import { FlagDialog } from "./pages/flag-dialog";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the review workspace", () => {
  it("walks the demo: flag “attack on Israel”, propose Israel's offensive against Gaza, see the diff, reload and find it all", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      const documentPage = await openDemoDocument(page, "translator");
      await documentPage.selectText(1, "attack on Israel");
      await documentPage.panel().getByText("attack on Israel", { exact: true }).waitFor();
      await documentPage.selectText(1, "offensive israélienne contre Gaza", "source");
      await documentPage.panel().getByText("offensive israélienne contre Gaza", { exact: true }).waitFor();
      await page.keyboard.press("f");
      const flagDialog = new FlagDialog(page);
      expect(await flagDialog.dialog().getByRole("checkbox", { name: /Link the French span/ }).isChecked()).toBe(true);
      expect(await flagDialog.dialog().textContent()).toMatch(/Example of minor/);
      await screenshot(page, "workspace-flag-dialog");
      await flagDialog.flag({ category: "Mistranslation", severity: "Major", comment: "The French says Israel's offensive against Gaza." });

      const issue = documentPage.issues().filter({ hasText: "Accuracy: Mistranslation" });
      await issue.waitFor();
      expect(await issue.textContent()).toMatch(/Major.*English: attack on Israel/);
      // Both spans stay highlighted; focusing the English one lights up its French partner.
      await documentPage.english(1).getByText("attack on Israel", { exact: true }).focus();
      await documentPage.row(1).locator('[data-side="source"] mark.lit').getByText("offensive israélienne contre Gaza").waitFor();

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
      await documentPage.panel().waitFor();
      await documentPage.suggestion(1).waitFor();
      expect(await documentPage.issues().filter({ hasText: "Accuracy: Mistranslation" }).count()).toBe(1);
      expect(await documentPage.suggestion(1).getByRole("insertion").first().textContent()).toMatch(/offensive against Gaza/);
      expect(await documentPage.row(1).textContent()).toMatch(/1 open issue.*1 suggestion/);
      await screenshot(page, "workspace-document");
    });
  });

  it("moves with j and k, lists the shortcuts on ?, and shows the corrected text view", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      const documentPage = await openDemoDocument(page, "translator");
      await page.keyboard.press("j");
      await page.keyboard.press("j");
      await page.getByRole("complementary", { name: "Segment 3 details" }).waitFor();
      expect(await documentPage.row(3).getAttribute("aria-current")).toBe("true");
      await page.keyboard.press("k");
      await page.getByRole("complementary", { name: "Segment 2 details" }).waitFor();
      await page.keyboard.press("s");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("suggested-text");
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
  });

  it("keeps filters in the URL and finds a name by substring and French words by full text", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      const documentPage = await openDemoDocument(page, "translator");
      await page.getByLabel("Search French or English").fill("Mokhib");
      await page.getByRole("button", { name: "Search" }).click();
      await page.waitForURL(/q=Mokhib/);
      await documentPage.row(1).waitFor();
      const found = await documentPage.rows().count();
      expect(found).toBeGreaterThan(1);
      await page.goto(`${new URL(page.url()).pathname}?q=bombardements&status=unreviewed`);
      await page.getByText(/segments? match/).waitFor();
      expect(await page.getByLabel("Status").inputValue()).toBe("unreviewed");
      const texts = await documentPage.rows().allTextContents();
      expect(texts.length).toBeGreaterThan(1);
      for (const text of texts.slice(1)) expect(text).toMatch(/bombard/i);
    });
  });

  it("lets an editor approve a translator's suggestion with a and edit a segment directly, and the corrected text shows both changes", async ({ task }) => {
    const { viewer, disconnect } = await openAppDatabase("translator@recto.local");
    const { getPrisma } = await import("@/lib/db/client");
    const { createSuggestion } = await import("@/lib/review/mutations");
    // Not segment 2 ("It is about of…"): the approval walk (approval.spec.ts) works on that one.
    const segment = await getPrisma().segment.findFirstOrThrow({
      where: { document: { seedKey: { not: null } }, currentText: { contains: "He has regularly faced criticism" } },
      select: { id: true, version: true, currentText: true, position: true },
    });
    await createSuggestion({ viewer, input: { segmentId: segment.id, baseVersion: segment.version, text: segment.currentText.replace("regularly", "often"), note: "Style", issueIds: [] } });
    const row = segment.position + 1;
    await disconnect();
    await withPage(browser, task.name, async (page) => {
      const documentPage = await openDemoDocument(page, "editor");
      await documentPage.row(row).click();
      await page.getByRole("complementary", { name: `Segment ${row} details` }).waitFor();
      await documentPage.suggestion(1).waitFor();
      await page.keyboard.press("a");
      await documentPage.suggestion(1).getByText("approved").waitFor();
      expect(await documentPage.row(row).textContent()).toMatch(/Approved.*Changed/);
      await documentPage.row(3).click();
      await page.getByRole("complementary", { name: "Segment 3 details" }).waitFor();
      const edited = (await documentPage.suggestedText().inputValue()).replace("addressed on Saturday", "sent on Saturday");
      await documentPage.suggestedText().fill(edited);
      await documentPage.panel().getByRole("button", { name: "Save as approved edit" }).click();
      await documentPage.panel().getByRole("listitem", { name: /^Suggestion 1 by Eddie Editor/ }).getByText("approved").waitFor();
      await page.getByRole("link", { name: "Corrected text with changes" }).click();
      const article = page.getByRole("article", { name: "Corrected English text" });
      await article.getByRole("deletion").first().waitFor();
      // Other browser tests approve changes in the same demo document, so only ours are asserted.
      expect(await article.getByRole("deletion").allTextContents()).toEqual(expect.arrayContaining(["addressed", "regularly"]));
    });
  });
});
