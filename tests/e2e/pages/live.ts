import type { Locator, Page } from "playwright-core";

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
