import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe";
import { launchBrowser, withPage } from "./browser";
import { DocumentPage } from "./pages/document-page";
import { signInAs } from "./pages/sign-in-page";



let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});


describe("accessibility (axe-core)", () => {
  it("reports a serious violation when there is one (the check itself works)", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      await page.setContent(`<html lang="en"><title>t</title><main><img src="data:,"><button></button></main></html>`);
      const found = (await seriousViolations(page)).join("\n");
      expect(found).toMatch(/critical image-alt/);
      expect(found).toMatch(/critical button-name/);
    });
  });

  it("finds no serious or critical violations on the sign-in and home pages", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      await page.goto("/sign-in");
      expect(await seriousViolations(page)).toEqual([]);
      await signInAs(page, "editor");
      expect(await seriousViolations(page)).toEqual([]);
    });
  });

  it("finds none on the document workspace, with the score, a segment's panel and the flag dialog open", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      await signInAs(page, "editor");
      await page.getByRole("link", { name: /Craig Mokhiber resigns/ }).click();
      const documentPage = new DocumentPage(page);
      await documentPage.panel().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByText(/^MQM score/).click();
      await documentPage.flagButton().click();
      await page.getByRole("dialog", { name: /Flag an issue/ }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });

  it("gives every control on the workspace an accessible name", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      await signInAs(page, "editor");
      await page.getByRole("link", { name: /Craig Mokhiber resigns/ }).click();
      await new DocumentPage(page).panel().waitFor();
      const unnamed = await page.evaluate(() =>
        [...document.querySelectorAll("button, a[href], input, select, textarea")]
          .filter((element) => (element as HTMLInputElement).type !== "hidden")
          .filter((element) => {
            const labelled = element.getAttribute("aria-label") || element.getAttribute("aria-labelledby") || element.getAttribute("title");
            const labels = (element as HTMLInputElement).labels;
            return !labelled && !(labels && labels.length > 0) && !(element.textContent ?? "").trim();
          })
          .map((element) => element.outerHTML.slice(0, 120)),
      );
      expect(unnamed).toEqual([]);
    });
  });
});
