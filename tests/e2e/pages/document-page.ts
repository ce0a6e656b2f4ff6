import type { Page } from "playwright-core";
import { demoAccount } from "../browser";
import { SignInPage } from "./sign-in-page";

/** Signs a demo account in and opens the demo article's workspace. */
export async function openDemoDocument(page: Page, role: "translator" | "editor"): Promise<DocumentPage> {
  const account = demoAccount(role);
  await new SignInPage(page).signIn(account.email, account.password);
  await page.getByRole("link", { name: /Craig Mokhiber resigns/ }).click();
  await page.getByRole("heading", { name: /Craig Mokhiber resigns/ }).waitFor();
  const documentPage = new DocumentPage(page);
  await documentPage.panel().waitFor();
  return documentPage;
}

/** The review workspace of one document: the segment list and the active segment's panel. */
export class DocumentPage {
  constructor(private readonly page: Page) {}

  rows() {
    return this.page.getByRole("table", { name: "Aligned segments" }).getByRole("row");
  }

  row(position: number) {
    return this.page.locator(`#segment-${position}`);
  }

  english(position: number) {
    return this.row(position).locator('[data-side="target"]');
  }

  panel() {
    return this.page.getByRole("complementary", { name: /Segment \d+ details/ });
  }

  /** Selects `text` inside the English (or French) of a segment, as a reader's drag would. */
  async selectText(position: number, text: string, side: "target" | "source" = "target"): Promise<void> {
    await this.page.evaluate(
      ({ position, text, side }) => {
        const element = document.querySelector(`#segment-${position} [data-side="${side}"]`);
        if (!element) throw new Error(`segment ${position} has no ${side} text on screen`);
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent?.indexOf(text) ?? -1;
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + text.length);
          document.getSelection()?.removeAllRanges();
          document.getSelection()?.addRange(range);
          return;
        }
        throw new Error(`“${text}” is not in segment ${position}`);
      },
      { position, text, side },
    );
  }

  flagButton() {
    return this.panel().getByRole("button", { name: /^Flag (selection|segment)$/ });
  }

  issues() {
    return this.panel().getByRole("region", { name: /Issues/ }).getByRole("listitem");
  }

  suggestedText() {
    return this.panel().getByLabel("Suggested English");
  }

  suggestion(number: number) {
    return this.panel().getByRole("listitem", { name: new RegExp(`^Suggestion ${number} by`) });
  }

  /** The inline form in which the viewer edits their own pending suggestion `number`. */
  editSuggestionForm(number: number) {
    return this.panel().getByRole("form", { name: `Edit suggestion ${number}` });
  }

  async propose(text: string, note: string): Promise<void> {
    await this.suggestedText().fill(text);
    await this.panel().getByLabel("Note").fill(note);
    await this.panel().getByRole("button", { name: "Propose suggestion" }).click();
  }
}
