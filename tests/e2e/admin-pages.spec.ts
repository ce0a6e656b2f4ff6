import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seriousViolations } from "./axe";
import { launchBrowser, signInOverHttp, withPage } from "./browser";
import { openAppDatabase } from "./pages/app-database";
import { signInAs } from "./pages/sign-in-page";
import { createSpecDocument } from "./pages/spec-data";

// Issue 13 items 7 and 8: admin pages (and, issue 16, the editors' pages) refuse with 403, the favicon, the export menu, the audit log in words.

const baseUrl = inject("baseUrl");
const ADMIN_PAGES = ["/users", "/tokens", "/export", "/audit"];
const EDITOR_PAGES = ["/review", "/import", "/import-bilingual"];
let browser: Browser;
let documentId: string;
const TITLE = `Audit links ${Date.now()}`;

beforeAll(async () => {
  browser = await launchBrowser();
  let segmentIds: string[];
  ({ documentId, segmentIds } = await createSpecDocument(TITLE));
  const { viewer, disconnect } = await openAppDatabase("translator@recto.local");
  const { flagIssue } = await import("@/lib/review/mutations");
  await flagIssue({ viewer, input: { segmentId: segmentIds[1], segmentVersion: 1, category: "style", severity: "minor", comment: "Heavy" } });
  await disconnect();
});
afterAll(async () => {
  await browser?.close();
});

describe("admin pages", () => {
  it.each(["translator", "editor"] as const)("answer a %s with 403 Forbidden", async (role) => {
    const cookie = await signInOverHttp(role);
    for (const path of ADMIN_PAGES) {
      const response = await fetch(`${baseUrl}${path}`, { headers: { cookie }, redirect: "manual" });
      expect([path, response.status]).toEqual([path, 403]);
      expect(await response.text()).toMatch(/Not allowed/);
    }
  });

  it("answer a translator on the editors' pages too (review queue, imports) with 403, and an editor there with 200", async () => {
    const [translator, editor] = await Promise.all([signInOverHttp("translator"), signInOverHttp("editor")]);
    for (const path of EDITOR_PAGES) {
      const refused = await fetch(`${baseUrl}${path}`, { headers: { cookie: translator }, redirect: "manual" });
      expect([path, refused.status]).toEqual([path, 403]);
      expect(await refused.text()).toMatch(/Not allowed/);
      expect([path, (await fetch(`${baseUrl}${path}`, { headers: { cookie: editor }, redirect: "manual" })).status]).toEqual([path, 200]);
    }
  });

  it("answer an admin with 200", async () => {
    const cookie = await signInOverHttp("admin");
    for (const path of ADMIN_PAGES) expect([path, (await fetch(`${baseUrl}${path}`, { headers: { cookie }, redirect: "manual" })).status]).toEqual([path, 200]);
  });

  it("show an editor who follows a link a page that says why, with a way back", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      await signInAs(page, "editor");
      expect((await page.goto("/export"))?.status()).toBe(403);
      await page.getByRole("heading", { name: "Not allowed" }).waitFor();
      await page.getByRole("link", { name: "Back to documents" }).click();
      await page.getByRole("heading", { name: "Documents" }).waitFor();
    });
  });
});

describe("small things", () => {
  it("serves a favicon", async () => {
    const response = await fetch(`${baseUrl}/favicon.ico`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/image/);
  });

  it("styles the export page's Document menu like the app's other menus, not full width", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      await signInAs(page, "admin");
      await page.goto("/export");
      const select = page.getByRole("combobox", { name: /^Document/ });
      await select.waitFor();
      const box = (await select.boundingBox())!;
      const main = (await page.locator("main").boundingBox())!;
      expect(box.width).toBeLessThan(main.width * 0.75);
      expect(box.height).toBeGreaterThanOrEqual(30);
      expect(await seriousViolations(page)).toEqual([]);
    });
  });

  it("reads the audit log in words, with a link to the segment that takes you there", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      await signInAs(page, "admin");
      await page.goto(`/audit?documentId=${documentId}`);
      const row = page.getByRole("row").filter({ hasText: "flagged an issue" });
      await row.waitFor();
      expect(await row.textContent()).not.toMatch(/issue\.flag/);
      expect(await page.getByRole("table").textContent()).toMatch(/imported a document/);
      expect(await seriousViolations(page)).toEqual([]);
      await row.getByRole("link", { name: "Segment 2" }).click();
      await page.getByRole("complementary", { name: "Segment 2 details" }).waitFor();
      expect(page.url()).toMatch(new RegExp(`/documents/${documentId}#segment-2$`));
    });
  });
});
