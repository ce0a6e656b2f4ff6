import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccount, launchBrowser, screenshot, withPage } from "./browser";
import { DocumentPage } from "./pages/document-page";
import { SignInPage, signInAs } from "./pages/sign-in-page";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the home and document pages", () => {
  it("sends a signed-out visitor to the sign-in page and refuses a wrong password", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      await page.goto("/");
      expect(new URL(page.url()).pathname).toBe("/sign-in");
      const signIn = new SignInPage(page);
      await signIn.signIn(demoAccount("translator").email, "not-the-password");
      await signIn.alert().waitFor();
      expect(await signIn.alert().textContent()).toMatch(/Email or password is wrong/);
    });
  });

  it("lists the demo article and shows it side by side, French | English", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      await signInAs(page, "translator");
      await screenshot(page, "home");
      await page.getByRole("link", { name: /Craig Mokhiber resigns/ }).click();
      await page.getByRole("heading", { name: /Craig Mokhiber resigns/ }).waitFor();
      const documentPage = new DocumentPage(page);
      expect(await page.getByText("French source reconstructed for this demo").count()).toBe(1);
      const first = documentPage.row(1);
      expect(await first.locator('[lang="fr"]').textContent()).toMatch(/offensive israélienne contre Gaza/);
      expect(await first.locator('[lang="en"]').textContent()).toMatch(/in the attack on Israel/);
      expect(await documentPage.rows().last().textContent()).toMatch(/No French: added in the adaptation.*This article was adapted/);
      await screenshot(page, "document");
    });
  });
});
