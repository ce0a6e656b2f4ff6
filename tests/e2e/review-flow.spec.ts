import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot, withPage } from "./browser";
import { openDocument } from "./pages/document-page";
import { FlagDialog } from "./pages/flag-dialog";
import { ATTACK_PARAGRAPH, createSpecDocument, POLL } from "./pages/spec-document";

const { source: SOURCE, target: TARGET } = ATTACK_PARAGRAPH;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("flagging and correcting a segment", () => {
  it("lets a keyboard-only reader choose “attack on Israel” with Shift+arrows in the text, flag it and suggest a fix", async ({ task }) => {
    const { documentId } = await createSpecDocument({ name: "Keyboard span", source: SOURCE, target: TARGET });
    await withPage(browser, task.name, async (page) => {
      const documentPage = await openDocument(page, documentId, "translator");
      await page.keyboard.press("j");
      await page.keyboard.press("k");
      await expect.poll(() => documentPage.row(1).and(page.locator(":focus")).count(), POLL).toBe(1);
      await page.keyboard.press("Tab"); // the French text's first word
      await page.keyboard.press("Tab"); // the English text's first word
      await expect.poll(() => documentPage.word(1, "Western").and(page.locator(":focus")).count(), POLL).toBe(1);
      for (let i = 0; i < 6; i += 1) await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Shift+ArrowRight");
      await page.keyboard.press("Shift+ArrowRight");
      await expect.poll(() => documentPage.selectionSummary().textContent(), POLL).toBe("Selected English: attack on Israel");
      await screenshot(page, "keyboard-span-choice");
      await page.keyboard.press("f");
      const flagDialog = new FlagDialog(page);
      await flagDialog.dialog().getByText("English: attack on Israel").waitFor();
      await screenshot(page, "keyboard-span-flag-dialog");
      await flagDialog.flag({ category: "Mistranslation", severity: "Major", comment: "Israel's offensive on Gaza, in the French." });
      const issue = documentPage.issues().filter({ hasText: "Accuracy: Mistranslation" });
      await expect.poll(() => issue.textContent(), POLL).toMatch(/English: attack on Israel/);
      // Then suggests the fix without the mouse: s, type, Tab to the note, Enter.
      await page.keyboard.press("s");
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.type("Western governments are complicit in Israel's offensive against Gaza, the director writes.");
      await page.keyboard.press("Tab");
      await page.keyboard.type("Follow the French");
      await page.keyboard.press("Enter");
      await expect.poll(() => documentPage.suggestion(1).getByRole("insertion").first().textContent(), POLL).toMatch(/offensive against Gaza/);
    });
  }, 120_000);

  it("ticks a flag made a moment ago under “Fixes these issues”, says “Suggestion pending” until approval, and approval resolves the issue", async ({ task }) => {
    const { documentId } = await createSpecDocument({ name: "Suggest after flag", source: SOURCE, target: TARGET });
    await withPage(browser, `${task.name} (translator)`, async (page) => {
      const documentPage = await openDocument(page, documentId, "translator");
      await documentPage.doubleClickThenShiftClick(1, "attack", "Israel");
      await expect.poll(() => documentPage.selectionSummary().textContent(), POLL).toBe("Selected English: attack on Israel");
      await documentPage.flagButton().click();
      await new FlagDialog(page).flag({ category: "Mistranslation", severity: "Major", comment: "Reversed roles" });
      await documentPage.issues().filter({ hasText: "Reversed roles" }).waitFor();
      const fixes = documentPage.panel().getByRole("group", { name: "Fixes these issues" }).getByRole("checkbox", { name: /Reversed roles/ });
      await expect.poll(() => fixes.isChecked(), POLL).toBe(true);
      await documentPage.propose(TARGET.split(". ")[0].replace("the attack on Israel", "Israel's offensive against Gaza") + ".", "Follow the French");
      await documentPage.suggestion(1).waitFor();
      await expect.poll(() => documentPage.row(1).getByText("Suggestion pending", { exact: true }).count(), POLL).toBe(1);
      expect(await documentPage.row(1).getByText("Corrected", { exact: true }).count()).toBe(0);
      await expect.poll(() => page.getByText(/segments ·/).textContent(), POLL).toMatch(/1 with a suggestion pending/);
      expect(await page.getByText(/segments ·/).textContent()).not.toMatch(/corrected/);
    });
    await withPage(browser, `${task.name} (editor)`, async (page) => {
      const documentPage = await openDocument(page, documentId, "editor");
      await documentPage.suggestion(1).waitFor();
      await page.keyboard.press("a");
      await documentPage.suggestion(1).getByText("approved").waitFor();
      await expect.poll(() => documentPage.issues().filter({ hasText: "Reversed roles" }).textContent(), POLL).toMatch(/resolved/);
      await expect.poll(() => documentPage.row(1).textContent(), POLL).toMatch(/Corrected/);
      expect(await documentPage.row(1).textContent()).toMatch(/offensive against Gaza/);
    });
  }, 120_000);
});
