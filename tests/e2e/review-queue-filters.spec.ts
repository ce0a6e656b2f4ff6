import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, withPage } from "./browser";
import { openAppDatabase } from "./pages/app-database";
import { ReviewQueuePage } from "./pages/review-queue-page";
import { signInAs } from "./pages/sign-in-page";
import { createSpecDocument } from "./pages/spec-data";

// Issue 13: the review queue filtered by document, author, issue category and severity, in the URL.

let browser: Browser;
const TITLE = `Queue filters ${Date.now()}`;

beforeAll(async () => {
  browser = await launchBrowser();
  const { segmentIds } = await createSpecDocument(TITLE);
  const { createSuggestion, flagIssue } = await import("@/lib/review/mutations");
  const { getPrisma } = await import("@/lib/db/client");
  const suggest = async (email: string, segmentId: string, issue: { category: "accuracy_mistranslation" | "style"; severity: "critical" | "minor" }) => {
    const { viewer, disconnect } = await openAppDatabase(email);
    const { currentText } = await getPrisma().segment.findUniqueOrThrow({ where: { id: segmentId }, select: { currentText: true } });
    const { issue: flagged } = await flagIssue({ viewer, input: { segmentId, segmentVersion: 1, ...issue } });
    await createSuggestion({ viewer, input: { segmentId, baseVersion: 1, text: `${currentText} Indeed.`, issueIds: [flagged.id] } });
    await disconnect();
  };
  await suggest("translator@recto.local", segmentIds[0], { category: "accuracy_mistranslation", severity: "critical" });
  await suggest("translator@recto.local", segmentIds[1], { category: "style", severity: "minor" });
  await suggest("editor@recto.local", segmentIds[2], { category: "style", severity: "minor" });
});
afterAll(async () => {
  await browser?.close();
});

describe("the review queue's filters", () => {
  it("narrow the queue by document, author, category and severity, and live in the URL", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      await signInAs(page, "admin");
      const queue = new ReviewQueuePage(page);
      await queue.open();
      const filters = page.getByRole("form", { name: "Filter the review queue" });
      const items = page.getByRole("listitem", { name: new RegExp(`^Suggestion by .* of ${TITLE}$`) });

      await filters.getByRole("combobox", { name: /^Document/ }).selectOption({ label: TITLE });
      await filters.getByRole("button", { name: "Filter" }).click();
      await expect.poll(() => items.count()).toBe(3);
      expect(await page.getByRole("listitem", { name: /^Suggestion by/ }).count()).toBe(3);
      expect(new URL(page.url()).searchParams.get("documentId")).toMatch(/^[0-9a-f-]{36}$/);

      await filters.getByRole("combobox", { name: /^Author/ }).selectOption({ label: "Tess Translator" });
      await filters.getByRole("button", { name: "Filter" }).click();
      await expect.poll(() => items.count()).toBe(2);

      await filters.getByRole("combobox", { name: /^Issue category/ }).selectOption({ label: "Accuracy: Mistranslation" });
      await filters.getByRole("button", { name: "Filter" }).click();
      await expect.poll(() => items.count()).toBe(1);
      await queue.item(1, new RegExp(TITLE)).waitFor();
      expect(new URL(page.url()).searchParams.get("category")).toBe("accuracy_mistranslation");

      await page.reload();
      await expect.poll(() => items.count()).toBe(1);
      expect(await filters.getByRole("combobox", { name: /^Issue category/ }).inputValue()).toBe("accuracy_mistranslation");

      await filters.getByRole("combobox", { name: /^Issue severity/ }).selectOption({ label: "Minor" });
      await filters.getByRole("button", { name: "Filter" }).click();
      await page.getByText("No pending suggestion matches these filters.").waitFor();

      await page.getByRole("link", { name: "Clear" }).click();
      await expect.poll(() => new URL(page.url()).search).toBe("");
      await expect.poll(() => filters.getByRole("combobox", { name: /^Issue category/ }).inputValue()).toBe("");
    });
  }, 150_000); // eight page loads on a shared two-core machine

  it("says so when the address carries a filter it does not understand", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      await signInAs(page, "editor");
      await page.goto("/review?severity=catastrophic");
      await expect.poll(() => page.locator("main").getByRole("alert").textContent()).toMatch(/not understood.*Severity must be one of/);
    });
  });
});
