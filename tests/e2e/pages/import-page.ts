import type { Page } from "playwright-core";

export class ImportPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/import");
    await this.page.getByRole("heading", { name: "Import a document" }).waitFor();
  }

  async fill(texts: { title: string; french: string; english: string }): Promise<void> {
    await this.page.getByLabel("Title", { exact: true }).fill(texts.title);
    await this.page.getByLabel("French text", { exact: true }).fill(texts.french);
    await this.page.getByLabel("English text", { exact: true }).fill(texts.english);
  }

  async submit(): Promise<void> {
    await this.page.getByRole("button", { name: "Import", exact: true }).click();
  }

  /** Alerts inside the form (Next.js has its own empty role="alert" route announcer). */
  alert() {
    return this.page.locator("form").getByRole("alert");
  }

  importAnyway() {
    return this.page.getByRole("button", { name: "Import anyway" });
  }
}
