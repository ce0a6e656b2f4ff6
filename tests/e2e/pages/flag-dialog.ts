import type { Page } from "playwright-core";

/** The modal that flags (or edits) an MQM issue. */
export class FlagDialog {
  constructor(private readonly page: Page) {}

  dialog() {
    return this.page.getByRole("dialog", { name: /Flag an issue|Edit issue/ });
  }

  async flag(options: { category: string; severity: string; comment: string }): Promise<void> {
    const dialog = this.dialog();
    await dialog.getByLabel("Category").selectOption({ label: options.category });
    await dialog.getByRole("radio", { name: new RegExp(`^${options.severity}`) }).check();
    await dialog.getByLabel("Comment").fill(options.comment);
    await dialog.getByRole("button", { name: "Flag issue" }).click();
    await dialog.waitFor({ state: "hidden" });
  }
}
