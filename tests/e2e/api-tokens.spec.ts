import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signInOverHttp, withPage } from "./browser";
import { signInAs } from "./pages/sign-in-page";

// An admin creates a token on the API tokens page, a script uses it (no cookie, no Origin), the
// admin revokes it, and the script is refused. The old unversioned paths still answer.

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const asScript = (token: string, path: string, init: RequestInit = {}) =>
  fetch(`${baseUrl}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...init.headers } });

describe("API tokens", () => {
  it("are created on the admin page, work for a script, and stop at revocation", async ({ task }) => {
    const name = `CMS import ${Date.now()}`;
    await withPage(browser, task.name, async (page) => {
      await signInAs(page, "admin");
      await page.getByRole("link", { name: "API tokens" }).click();
      await page.getByRole("heading", { name: "API tokens" }).waitFor();
      await page.getByLabel("Name").fill(name);
      await page.getByLabel("Role", { exact: true }).selectOption("editor");
      await page.getByRole("button", { name: "Create token" }).click();
      const shown = page.getByRole("status").filter({ hasText: name });
      const token = (await shown.locator("code").textContent()) ?? "";
      expect(token).toMatch(/^recto_[A-Za-z0-9_-]{43}$/);

      const imported = await asScript(token, "/api/v1/documents", {
        method: "POST",
        body: JSON.stringify({ title: `${name}: article`, sourceText: "Le ministre est parti hier soir.", targetText: "The minister left last night." }),
      });
      expect(imported.status).toBe(201);
      const { documentId } = (await imported.json()) as { documentId: string };
      expect((await asScript(token, `/api/v1/documents/${documentId}/findings`)).status).toBe(200);
      // The unversioned path of earlier releases is an alias of /api/v1.
      const legacy = await asScript(token, "/api/documents");
      expect(legacy.status).toBe(200);
      expect(((await legacy.json()) as { id: string }[]).map((row) => row.id)).toContain(documentId);

      await page.reload();
      await page.getByRole("cell", { name, exact: true }).waitFor();
      page.once("dialog", (dialog) => void dialog.accept());
      await page.getByRole("button", { name: `Revoke ${name}` }).click();
      await expect.poll(async () => (await asScript(token, "/api/v1/documents")).status, { timeout: 10_000 }).toBe(401);
      await page.getByRole("row", { name: new RegExp(name) }).getByText(/^Revoked/).waitFor();
    });
  }, 120_000); // a page, an import with its QA run and a revocation: about a minute on a loaded machine

  it("are an admin page: a translator gets 403, and no link", async () => {
    const cookie = await signInOverHttp("translator");
    const response = await fetch(`${baseUrl}/tokens`, { headers: { cookie }, redirect: "manual" });
    expect(response.status).toBe(403);
    expect(await (await fetch(`${baseUrl}/`, { headers: { cookie } })).text()).not.toContain('href="/tokens"');
  });

  it("come with a public OpenAPI 3.1 description", async () => {
    const response = await fetch(`${baseUrl}/api/v1/openapi.json`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ openapi: "3.1.0", servers: [{ url: "/api/v1" }] });
  });
});
