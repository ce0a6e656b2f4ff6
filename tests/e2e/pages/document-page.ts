import type { Page } from "playwright-core";

export class DocumentPage {
  constructor(private readonly page: Page) {}

  rows() {
    return this.page.getByRole("table", { name: "Aligned segments" }).getByRole("row");
  }

  row(position: number) {
    return this.page.locator(`#segment-${position}`);
  }
}
