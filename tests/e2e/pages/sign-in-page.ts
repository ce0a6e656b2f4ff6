import type { Page } from "playwright-core";

export class SignInPage {
  constructor(private readonly page: Page) {}

  async signIn(email: string, password: string): Promise<void> {
    await this.page.goto("/sign-in");
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }

  alert() {
    // Next.js has its own (empty) role="alert" route announcer; ours is inside the form.
    return this.page.locator("form").getByRole("alert");
  }
}
