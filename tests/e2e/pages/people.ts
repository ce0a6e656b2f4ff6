import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject } from "vitest";
import { launchBrowser } from "../browser";
import { openAppDatabase } from "./app-database";
import { DocumentPage } from "./document-page";
import { signInAs } from "./sign-in-page";
import { POLL } from "./spec-document";

export type Role = "translator" | "editor" | "admin";

/** One person with a document open in the workspace, in a browser context of their own. */
export type Reviewer = { page: Page; doc: DocumentPage; documentId: string };

/** Two short segments that the conflict specs edit, flag and approve. */
export const CAT_AND_DOG = {
  source: "Le chat dort sur le canapé.\n\nLe chien aboie dans le jardin.",
  target: "The cat sleeps on the sofa.\n\nThe dog barks in the garden.",
};

/**
 * Several people at once, each in a browser context of their own (own cookies, own session): what
 * the conflict specs need. Call it once at a spec's top level. It launches the browser and points
 * the spec's own reads at the app's database before the spec's tests, and closes everything after.
 */
export function peopleInBrowsers() {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  let disconnect: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ disconnect } = await openAppDatabase("admin@recto.local"));
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
    await disconnect?.();
  });

  /** A new browser context, signed in as the role's demo account through the sign-in form. */
  async function signedIn(role: Role): Promise<Page> {
    if (!browser) throw new Error("peopleInBrowsers: the browser is launched in beforeAll, before any test");
    const context = await browser.newContext({ baseURL: inject("baseUrl"), viewport: { width: 1400, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    await signInAs(page, role);
    return page;
  }

  /** A new person signed in as `role`, with the document open in the workspace. */
  async function openDocument(role: Role, documentId: string): Promise<Reviewer> {
    const page = await signedIn(role);
    await page.goto(`/documents/${documentId}`);
    const doc = new DocumentPage(page);
    await doc.ready();
    return { page, doc, documentId };
  }

  return { signedIn, openDocument };
}

/** The segment at `row` (1-based, as the workspace numbers it) as stored. */
export async function storedSegment(documentId: string, row: number) {
  const { getPrisma } = await import("@/lib/db/client");
  return getPrisma().segment.findFirstOrThrow({
    where: { documentId, position: row - 1 },
    select: { id: true, version: true, currentText: true },
  });
}

/**
 * An editor rewrites the segment at `row` with the keyboard and saves it as an approved edit, then
 * waits until the new text is stored.
 */
export async function saveDirectEdit(editor: Reviewer, row: number, text: string): Promise<void> {
  await editor.doc.row(row).click();
  await editor.doc.suggestedText().click();
  await editor.page.keyboard.press("Control+A");
  await editor.page.keyboard.type(text);
  await editor.doc.panel().getByRole("button", { name: "Save as approved edit" }).click();
  await expect.poll(async () => (await storedSegment(editor.documentId, row)).currentText, POLL).toBe(text);
}
