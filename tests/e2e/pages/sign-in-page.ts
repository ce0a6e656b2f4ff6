import type { Page } from "playwright-core";
import { demoAccount } from "../browser";

/** Signs a demo account in and waits for the documents list, where every signed-in user lands. */
export async function signInAs(page: Page, role: "translator" | "editor" | "admin"): Promise<void> {
  const account = demoAccount(role);
  await new SignInPage(page).signIn(account.email, account.password);
  await page.getByRole("heading", { name: "Documents" }).waitFor();
}

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
