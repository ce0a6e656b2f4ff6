import type { Page } from "playwright-core";

/** The translation memory's concordance page, reached from the main navigation. */
export class MemoryPage {
  constructor(private readonly page: Page) {}

  /** Clicks "Memory" in the main navigation, as a reader would. */
  async open(): Promise<void> {
    await this.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Memory" }).click();
    await this.page.getByRole("heading", { name: "Translation memory" }).waitFor();
  }

  /** Clicks into the search box, replaces what it holds with the query and presses Enter. */
  async search(query: string): Promise<void> {
    await this.page.getByRole("searchbox", { name: "Search the memory" }).click();
    await this.page.keyboard.press("Control+A");
    await this.page.keyboard.type(query);
    await this.page.keyboard.press("Enter");
  }

  results() {
    return this.page.getByRole("table", { name: "Concordance results" }).getByRole("row");
  }
}
