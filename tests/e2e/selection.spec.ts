import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, withPage } from "./browser";
import { DocumentPage } from "./pages/document-page";
import { signInAs } from "./pages/sign-in-page";
import { ATTACK_PARAGRAPH, createSpecDocument, POLL } from "./pages/spec-document";

const { source: SOURCE, target: TARGET } = ATTACK_PARAGRAPH;

let browser: Browser;
let documentId: string;

beforeAll(async () => {
  ({ documentId } = await createSpecDocument({ name: "Mouse selection", source: SOURCE, target: TARGET }));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openDocument(page: Page): Promise<DocumentPage> {
  await signInAs(page, "translator");
  await page.goto(`/documents/${documentId}`);
  const documentPage = new DocumentPage(page);
  await documentPage.ready();
  return documentPage;
}

describe("choosing words with a real mouse", () => {
  it("selects “attack on Israel” by dragging forwards across it in several steps", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      const documentPage = await openDocument(page);
      await documentPage.drag(1, "attack", "Israel");
      await expect.poll(() => documentPage.selectionSummary().textContent(), POLL).toBe("Selected English: attack on Israel");
    });
  }, 120_000);

  it("selects “attack on Israel” by dragging backwards, in a segment that was not open yet", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      const documentPage = await openDocument(page);
      await documentPage.drag(2, "detailed", "humanitarian", { backwards: true });
      await page.getByRole("complementary", { name: "Segment 2 details" }).waitFor();
      await expect.poll(() => documentPage.selectionSummary().textContent(), POLL).toBe("Selected English: detailed report on the humanitarian");
      await documentPage.word(1, "attack").scrollIntoViewIfNeeded();
      await documentPage.drag(1, "attack", "Israel", { backwards: true });
      await expect.poll(() => documentPage.selectionSummary().textContent(), POLL).toBe("Selected English: attack on Israel");
    });
  }, 120_000);

  it("selects a phrase by double-clicking its first word and shift-clicking its last, in English and in French", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      const documentPage = await openDocument(page);
      await documentPage.doubleClickThenShiftClick(1, "attack", "Israel");
      await expect.poll(() => documentPage.selectionSummary().textContent(), POLL).toBe("Selected English: attack on Israel");
      await documentPage.doubleClickThenShiftClick(1, "offensive", "Gaza", "source");
      await expect.poll(() => documentPage.selectionSummary().textContent(), POLL).toBe("Selected English: attack on Israel · French: offensive israélienne contre Gaza");
    });
  }, 120_000);
});
