import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, withPage } from "./browser";
import { openAppDatabase } from "./pages/app-database";
import { signInAs } from "./pages/sign-in-page";

let browser: Browser;
let documentId: string;
const TITLE = "Throw-away article to delete";

beforeAll(async () => {
  browser = await launchBrowser();
  const { viewer, disconnect } = await openAppDatabase("editor@recto.local");
  const { importDocument } = await import("@/lib/documents/mutations");
  ({ documentId } = await importDocument({
    viewer,
    input: { title: TITLE, sourceText: "Le chat dort sur le canapé du salon.\n", targetText: "The cat sleeps on the living-room sofa.\n", allowLanguageMismatch: true },
  }));
  await disconnect();
});
afterAll(async () => {
  await browser?.close();
});

describe("deleting a document", () => {
  it("offers a translator no delete button", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      await signInAs(page, "translator");
      await page.goto(`/documents/${documentId}`);
      await page.getByRole("heading", { name: TITLE }).waitFor();
      expect(await page.getByRole("button", { name: "Delete document" }).count()).toBe(0);
    });
  });

  it("asks an editor to confirm, then removes the document from the list", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      await signInAs(page, "editor");
      await page.goto(`/documents/${documentId}`);
      await page.getByRole("button", { name: "Delete document" }).click();
      const dialog = page.getByRole("dialog", { name: `Delete “${TITLE}”?` });
      await dialog.waitFor();
      await dialog.getByRole("button", { name: "Delete document" }).click();
      await page.waitForURL((url) => url.pathname === "/");
      await page.getByRole("heading", { name: "Documents" }).waitFor();
      expect(await page.getByRole("link", { name: TITLE }).count()).toBe(0);
      const response = await page.goto(`/documents/${documentId}`);
      expect(response?.status()).toBe(404);
    });
  });
});
