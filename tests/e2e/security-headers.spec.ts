import type { Browser, ConsoleMessage, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signInOverHttp, withPage } from "./browser";
import { DocumentPage } from "./pages/document-page";
import { signInAs } from "./pages/sign-in-page";

// The nonce-based Content-Security-Policy is on, and the app still works under it: every main
// page loads, hydrates and answers clicks with no CSP violation in the browser's console.

const baseUrl = inject("baseUrl");
const TITLE = `CSP walk ${Date.now()}`;
let browser: Browser;
let documentId: string;
let admin: string;

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await signInOverHttp("admin");
  const response = await fetch(`${baseUrl}/api/documents`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl, cookie: admin },
    body: JSON.stringify({
      title: TITLE,
      sourceText: "Le rapporteur dénonce l'offensive israélienne contre Gaza. Il démissionne le lendemain.",
      targetText: "The rapporteur denounces Israel's offensive against Gaza. He resigns the next day.",
    }),
  });
  expect(response.status).toBe(201);
  documentId = ((await response.json()) as { documentId: string }).documentId;
});
afterAll(async () => {
  await browser?.close();
});

/** CSP violations as Chromium reports them: console errors "Refused to … Content Security Policy …". */
function recordViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message: ConsoleMessage) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => violations.push(`${page.url()}: ${error.message}`));
  return violations;
}

/** Visits each page as `role` and waits for its heading: proof it rendered and hydrated under the CSP. */
async function visitAll(page: Page, pages: [string, string][]): Promise<void> {
  for (const [path, heading] of pages) {
    const response = await page.goto(path);
    expect(response!.headers()["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    await page.getByRole("heading", { name: heading, level: 1 }).waitFor();
  }
}

describe("security headers", () => {
  it("the sign-in page carries a nonce-based CSP and signing in works under it", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      const violations = recordViolations(page);
      const signInResponse = await page.goto("/sign-in");
      const csp = signInResponse!.headers()["content-security-policy"];
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(signInResponse!.headers()).toMatchObject({ "x-content-type-options": "nosniff", "referrer-policy": "strict-origin-when-cross-origin" });
      await signInAs(page, "editor");
      expect(violations).toEqual([]);
    });
  }, 120_000);

  it("the workbench and admin pages load under it with no violation", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      const violations = recordViolations(page);
      await signInAs(page, "admin");
      await visitAll(page, [
        ["/review", "Review queue"], ["/glossary", "Glossary"], ["/import", "Import a document"],
        ["/users", "Users"], ["/audit", "Audit log"], ["/export", "Export"],
      ]);
      expect(violations).toEqual([]);
    });
  }, 120_000);

  it("the workspace works under it: rows load and a click opens the segment", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      const violations = recordViolations(page);
      await signInAs(page, "translator");
      await visitAll(page, [[`/documents/${documentId}/findings`, `Automatic findings: ${TITLE}`], [`/documents/${documentId}`, TITLE]]);
      const documentPage = new DocumentPage(page);
      await expect.poll(() => documentPage.english(1).textContent()).toMatch(/offensive against Gaza/);
      await documentPage.english(1).click();
      await documentPage.panel().waitFor();
      expect(violations).toEqual([]);
    });
  }, 120_000);

  it("route handlers' JSON is never stored and never sniffed", async () => {
    const response = await fetch(`${baseUrl}/api/documents`, { headers: { cookie: admin } });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toMatch(/no-store/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    await response.arrayBuffer();
  });
});
