import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { inject } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { DocumentPage } from "./document-page";
import { FlagDialog } from "./flag-dialog";
import { SignInPage, signInAs } from "./sign-in-page";

/** Selects a text element's whole text with a real mouse drag, left edge to right edge (one line). */
export async function dragAcross(page: Page, text: Locator): Promise<void> {
  const box = await text.boundingBox();
  if (!box) throw new Error("the text to select is not on screen");
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 1, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, y, { steps: 5 });
  await page.mouse.move(box.x + box.width - 1, y, { steps: 5 });
  await page.mouse.up();
}

/** The workspace's live parts: who else is here, the marks on rows, the notice over the panel. */
export class LivePanel {
  constructor(private readonly page: Page) {}

  presence() {
    return this.page.getByRole("region", { name: "Also viewing this document" });
  }

  notice() {
    return this.page.getByRole("alert").filter({ hasText: "review the new text" });
  }
}

/** A person with a document open in a browser context of their own (two-people specs). */
export type LivePerson = { page: Page; documentPage: DocumentPage; live: LivePanel };
export type LiveDocument = { id: string; title: string };

/**
 * Opens a browser context per person (kept in `contexts`, for the spec to close) in which a demo
 * role, or an account the spec made, signs in and opens the document.
 */
export async function openAs(browser: Browser, contexts: BrowserContext[], who: "translator" | "editor" | { email: string; password: string }, document: LiveDocument): Promise<LivePerson> {
  const context = await browser.newContext({ baseURL: inject("baseUrl"), viewport: { width: 1400, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  if (typeof who === "string") await signInAs(page, who);
  else {
    await new SignInPage(page).signIn(who.email, who.password);
    await page.getByRole("heading", { name: "Documents" }).waitFor();
  }
  await page.goto(`/documents/${document.id}`);
  await page.getByRole("heading", { name: document.title }).waitFor();
  const documentPage = new DocumentPage(page);
  await documentPage.ready();
  return { page, documentPage, live: new LivePanel(page) };
}

/** A two-segment document (the cat on the sofa, the dog in the garden), imported by `viewer`. */
export async function importCatAndDog(viewer: Viewer, title: string): Promise<string> {
  const { importDocument } = await import("@/lib/documents/mutations");
  const imported = await importDocument({
    viewer,
    input: {
      title,
      sourceText: "Le chat dort sur le canapé.\n\nLe chien aboie dans le jardin.\n",
      targetText: "The cat sleeps on the sofa.\n\nThe dog barks in the garden.\n",
      allowLanguageMismatch: true,
    },
  });
  return imported.documentId;
}

/** Flags the whole of a segment through the panel, as a person does. */
export async function flagSegment(person: LivePerson, row: number, comment: string): Promise<void> {
  await person.documentPage.row(row).click();
  await person.page.getByRole("complementary", { name: `Segment ${row} details` }).waitFor();
  await person.documentPage.flagButton().click();
  await new FlagDialog(person.page).flag({ category: "Mistranslation", severity: "Major", comment });
  await person.documentPage.issues().filter({ hasText: comment }).waitFor();
}
