import type { Locator, Page } from "playwright-core";
import { signInAs } from "./sign-in-page";

/** Signs a demo account in and opens a document's workspace (a spec's own document). */
export async function openDocument(page: Page, documentId: string, role: "translator" | "editor"): Promise<DocumentPage> {
  await signInAs(page, role);
  await page.goto(`/documents/${documentId}`);
  const documentPage = new DocumentPage(page);
  await documentPage.ready();
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

  /**
   * Waits until the page stops moving: the segment panel is loaded and the MQM score has streamed in
   * above the list (it shifts the rows down; a drag measured before that lands on the wrong words).
   */
  async ready(): Promise<void> {
    await this.panel().waitFor();
    await this.page.getByText(/^MQM score/).waitFor();
  }

  /** The `nth` (0-based) occurrence of `word` in a segment's English or French, as its own element. */
  word(position: number, word: string, side: "target" | "source" = "target", nth = 0) {
    return this.row(position).locator(`[data-side="${side}"] .word`).filter({ hasText: new RegExp(`^${escapeRegExp(word)}$`) }).nth(nth);
  }

  /** Presses the mouse on the first word's left edge and drags, in several steps, to the last word's right edge (or the reverse). */
  async drag(position: number, first: string, last: string, options: { side?: "target" | "source"; backwards?: boolean } = {}): Promise<void> {
    const from = await box(this.word(position, first, options.side));
    const to = await box(this.word(position, last, options.side));
    const start = { x: from.x + 1, y: from.y + from.height / 2 };
    const end = { x: to.x + to.width - 1, y: to.y + to.height / 2 };
    const [press, release] = options.backwards ? [end, start] : [start, end];
    await this.page.mouse.move(press.x, press.y);
    await this.page.mouse.down();
    await this.page.mouse.move(press.x + (release.x - press.x) / 3, press.y + (release.y - press.y) / 3, { steps: 4 });
    await this.page.mouse.move(release.x, release.y, { steps: 8 });
    await this.page.mouse.up();
  }

  /** Double-clicks `first`, then shift-clicks `last`: the reader's other way to select a phrase. */
  async doubleClickThenShiftClick(position: number, first: string, last: string, side: "target" | "source" = "target"): Promise<void> {
    const from = await box(this.word(position, first, side));
    const to = await box(this.word(position, last, side));
    await this.page.mouse.dblclick(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.keyboard.down("Shift");
    await this.page.mouse.click(to.x + to.width - 1, to.y + to.height / 2);
    await this.page.keyboard.up("Shift");
  }

  /** The panel's “Selected English: …” line (and its French part, when a French span is chosen too). */
  selectionSummary() {
    return this.panel().getByText(/^Selected English:|^Select words in the English/);
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

async function box(locator: Locator) {
  await locator.scrollIntoViewIfNeeded();
  const found = await locator.boundingBox();
  if (!found) throw new Error("the word is not on screen");
  return found;
}
