import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe";
import { launchBrowser, screenshot, withPage } from "./browser";
import { DocumentPage } from "./pages/document-page";
import { signInAs } from "./pages/sign-in-page";
import { createSpecDocument } from "./pages/spec-data";

// Issue 13: what reviewers of Weblate, Pontoon and MateCat look for, driven by keyboard and mouse.

let browser: Browser;
const documents: Record<string, string> = {};
beforeAll(async () => {
  browser = await launchBrowser();
  for (const name of ["walk", "comments", "glossary"]) documents[name] = (await createSpecDocument(`Review walk: ${name} ${Date.now()}`)).documentId;
});
afterAll(async () => {
  await browser?.close();
});

const progressText = (page: import("playwright-core").Page) => page.locator(".review-progress").textContent();

describe("working through a document", () => {
  it("marks every segment reviewed from the keyboard alone, and the header reaches 3/3", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      await signInAs(page, "translator");
      await page.goto(`/documents/${documents.walk}`);
      const documentPage = new DocumentPage(page);
      await documentPage.panel().waitFor();
      expect(await progressText(page)).toMatch(/Reviewed 0\/3/);

      await page.keyboard.press("?");
      const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
      await help.getByRole("row", { name: /r Mark the segment reviewed/ }).waitFor();
      await page.keyboard.press("Escape");
      await help.waitFor({ state: "hidden" });

      for (let done = 1; done <= 3; done += 1) {
        await documentPage.panel().getByText("Unreviewed ·").waitFor();
        await page.keyboard.press("r");
        await expect.poll(() => progressText(page), { timeout: 10_000 }).toMatch(new RegExp(`Reviewed ${done}/3`));
      }
      await expect.poll(() => documentPage.rows().filter({ hasText: "Reviewed" }).count()).toBe(3);
      expect(await page.getByRole("progressbar", { name: "Segments reviewed" }).getAttribute("value")).toBe("3");
      await screenshot(page, "workspace-all-reviewed");

      await page.reload();
      await documentPage.panel().waitFor();
      expect(await progressText(page)).toMatch(/Reviewed 3\/3/);
    });
  }, 150_000); // three actions and two page loads on a shared two-core machine

  it("gives the flag dialog MQM's guidance: the reversed attack is the example of critical, not major", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      await signInAs(page, "translator");
      await page.goto(`/documents/${documents.walk}`);
      await new DocumentPage(page).panel().waitFor();
      await page.keyboard.press("f");
      const dialog = page.getByRole("dialog", { name: /Flag an issue/ });
      await dialog.getByRole("radio", { name: /^Critical/ }).click();
      await expect.poll(() => dialog.locator(".example").textContent()).toMatch(/Example of critical: .*the attack on Israel.*reversed/);
      await dialog.getByRole("radio", { name: /^Major/ }).click();
      await expect.poll(() => dialog.locator(".example").textContent()).toMatch(/Example of major:/);
      expect(await dialog.locator(".example").textContent()).not.toMatch(/attack on Israel/);
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "hidden" });
    });
  });
});

describe("a comment thread on a segment", () => {
  it("posts a comment shown as plain text (no markup runs), keeps it on reload, and lets its author delete it", async ({ task }) => {
    const body = "Is “resumed” right here?\n<img src=x onerror=\"document.title='pwned'\"> <b>bold?</b>";
    await withPage(browser, task.name, async (page) => {
      await signInAs(page, "translator");
      await page.goto(`/documents/${documents.comments}`);
      const panel = new DocumentPage(page).panel();
      await panel.getByRole("heading", { name: "Comments (0)" }).waitFor();
      await panel.getByLabel("Your comment").click();
      await page.keyboard.type(body);
      await panel.getByRole("button", { name: "Post comment" }).click();
      const comment = panel.getByRole("listitem", { name: "Comment by Tess Translator" });
      await comment.waitFor();
      expect(await comment.locator(".comment-body").textContent()).toBe(body);
      expect(await comment.locator("img, b").count()).toBe(0);
      expect(await panel.getByLabel("Your comment").inputValue()).toBe("");
      expect(await page.title()).not.toBe("pwned");
      expect(await seriousViolations(page)).toEqual([]);

      await page.reload();
      await comment.waitFor();
      await panel.getByRole("heading", { name: "Comments (1)" }).waitFor();
      await comment.getByRole("button", { name: "Delete comment" }).click();
      await panel.getByRole("heading", { name: "Comments (0)" }).waitFor();
      expect(await comment.count()).toBe(0);
    });
  });

  it("refuses an empty comment with a message, keeping what is stored", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      await signInAs(page, "editor");
      await page.goto(`/documents/${documents.comments}`);
      const panel = new DocumentPage(page).panel();
      await panel.getByRole("heading", { name: /Comments \(\d+\)/ }).waitFor();
      await panel.getByLabel("Your comment").click();
      await page.keyboard.type("   ");
      await panel.getByRole("button", { name: "Post comment" }).click();
      await expect.poll(() => panel.getByRole("alert").textContent()).toMatch(/Write something before posting/);
    });
  });
});

describe("glossary matches next to the segment", () => {
  it("shows the glossary term in the segment with the French and English terms marked", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      await signInAs(page, "translator");
      await page.goto(`/documents/${documents.glossary}`);
      const panel = new DocumentPage(page).panel();
      const term = panel.getByRole("listitem", { name: "Glossary term bande de Gaza" });
      await term.waitFor();
      expect(await term.locator("mark").allTextContents()).toEqual(["bande de Gaza", "Gaza Strip"]);
      expect(await panel.getByRole("heading", { name: "Glossary (1)" }).count()).toBe(1);
      await screenshot(page, "workspace-glossary-and-comments");
      expect(await seriousViolations(page)).toEqual([]);

      await page.keyboard.press("j");
      await panel.getByRole("heading", { name: "Segment 2" }).waitFor();
      await expect.poll(() => panel.getByRole("heading", { name: /^Glossary/ }).count()).toBe(0);
    });
  });
});
