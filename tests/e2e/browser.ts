import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { inject } from "vitest";
import { readEnv } from "@/lib/env";

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, "screenshots");
const CHROMIUM = readEnv().CHROMIUM_PATH;

/** System Chromium (Debian's `chromium` package); Playwright never downloads a browser here. */
export async function launchBrowser(): Promise<Browser> {
  try {
    return await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    });
  } catch (error) {
    throw new Error(`Cannot start Chromium at ${CHROMIUM} (install it: apt-get install -y chromium, or set CHROMIUM_PATH): ${(error as Error).message}`);
  }
}

/** Runs `body` on a fresh page; on failure keeps a Playwright trace beside the screenshots. */
export async function withPage(browser: Browser, testName: string, body: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ baseURL: inject("baseUrl"), viewport: { width: 1400, height: 900 } });
  await context.tracing.start({ screenshots: true, snapshots: true });
  try {
    await body(await context.newPage());
    await context.tracing.stop();
  } catch (error) {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await context.tracing.stop({ path: path.join(SCREENSHOT_DIR, `trace-${testName.replace(/\W+/g, "-")}.zip`) });
    throw error;
  } finally {
    await context.close();
  }
}

export function demoAccount(role: "translator" | "editor" | "admin") {
  const account = inject("demoAccounts").find((a) => a.role === role);
  if (!account) throw new Error(`no demo ${role}`);
  return account;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Signs a demo account in through Better Auth's endpoint; returns the Cookie header for its session. */
export async function signInOverHttp(role: "translator" | "editor" | "admin"): Promise<string> {
  const { email, password } = demoAccount(role);
  return signInWith(email, password);
}

/** Signs any account in through Better Auth's endpoint; returns the Cookie header for its session. */
export async function signInWith(email: string, password: string): Promise<string> {
  const baseUrl = inject("baseUrl");
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`signing in ${email} answered ${response.status}`);
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
}
