import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot, withPage } from "./browser";
import { ImportPage } from "./pages/import-page";
import { signInAs } from "./pages/sign-in-page";

const FRENCH = "Craig Mokhiber a démissionné fin octobre. Il dénonce les bombardements israéliens sur Gaza.\n\nAu moins 1 400 personnes ont été tuées dans les attaques du Hamas.";
const ENGLISH = "Craig Mokhiber resigned at the end of October. He denounces the Israeli bombings of Gaza.\n\nAt least 1,400 people were killed in Hamas attacks.";

/** Over the 300,000-character threshold: imported by the server's background worker. */
function longArticle(count: number) {
  const french: string[] = [];
  const english: string[] = [];
  for (let i = 1; i <= count; i++) {
    const end = i % 5 === 0 ? "\n\n" : " ";
    french.push(`Le conseil municipal de la ville numéro ${i} a voté ${i * 3} mesures nouvelles pour les écoles, les crèches et les hôpitaux.${end}`);
    english.push(`The council of town number ${i} voted ${i * 3} new measures for schools, nurseries and hospitals.${end}`);
  }
  return { french: french.join(""), english: english.join("") };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the import page", () => {
  it("imports two pasted texts and opens the new document", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      await signInAs(page, "editor");
      const importPage = new ImportPage(page);
      await importPage.goto();
      await importPage.submit();
      await page.getByText("Title is required").waitFor();
      await importPage.fill({ title: "Mokhiber resigns (e2e)", french: FRENCH, english: ENGLISH });
      await screenshot(page, "import");
      await importPage.submit();
      await page.getByRole("heading", { name: "Mokhiber resigns (e2e)" }).waitFor();
      expect(new URL(page.url()).pathname).toMatch(/^\/documents\/[0-9a-f-]{36}$/);
      expect(await page.getByText("He denounces the Israeli bombings of Gaza.").count()).toBeGreaterThan(0);
    });
  });

  it("warns before importing two English texts and imports them only when told to", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      await signInAs(page, "editor");
      const importPage = new ImportPage(page);
      await importPage.goto();
      await importPage.fill({ title: "Two English texts (e2e)", french: ENGLISH, english: ENGLISH });
      await importPage.submit();
      await importPage.alert().filter({ hasText: "Both texts look English" }).waitFor();
      await screenshot(page, "import-language-warning");
      expect(new URL(page.url()).pathname).toBe("/import");
      await importPage.importAnyway().click();
      await page.getByRole("heading", { name: "Two English texts (e2e)" }).waitFor();
    });
  });

  it("imports a long text in the background, showing a progress bar, then links to the document", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      await signInAs(page, "editor");
      const importPage = new ImportPage(page);
      await importPage.goto();
      await importPage.fill({ title: "Town councils (e2e)", ...longArticle(2600) });
      await importPage.submit();
      const progress = page.getByRole("progressbar", { name: "Import progress" });
      await progress.waitFor();
      expect(Number(await progress.getAttribute("aria-valuenow"))).toBeGreaterThanOrEqual(0);
      await page.getByRole("link", { name: "Open the document" }).waitFor({ timeout: 60_000 });
      expect(await progress.getAttribute("aria-valuenow")).toBe("100");
      await screenshot(page, "import-progress-done");
      await page.getByRole("link", { name: "Open the document" }).click();
      await page.getByRole("heading", { name: "Town councils (e2e)" }).waitFor();
    });
  }, 120_000);
});
