import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signInOverHttp, signInWith, withPage } from "./browser";
import { signInAs } from "./pages/sign-in-page";

// A verified session is reused for a few seconds (lib/auth/session-cache.ts). These prove that
// sign-out, deactivation, role changes and password resets still apply to the very next request.

const baseUrl = inject("baseUrl");
let admin: string;

async function call(method: string, path: string, cookie: string, body?: unknown): Promise<number> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { cookie, origin: baseUrl, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    redirect: "manual",
  });
  await response.arrayBuffer();
  return response.status;
}

/** A fresh translator, signed in, whose session has just been used (and so is remembered). */
async function signedInTranslator(label: string): Promise<{ id: string; name: string; cookie: string }> {
  const email = `session-${label}-${Date.now()}@example.test`;
  const response = await fetch(`${baseUrl}/api/users`, {
    method: "POST",
    headers: { cookie: admin, origin: baseUrl, "content-type": "application/json" },
    body: JSON.stringify({ email, name: `Session ${label}`, role: "translator" }),
  });
  expect(response.status).toBe(201);
  const { user, password } = (await response.json()) as { user: { id: string }; password: string };
  const cookie = await signInWith(email, password);
  expect(await call("GET", "/api/documents", cookie)).toBe(200);
  expect(await call("GET", "/api/documents", cookie)).toBe(200);
  return { id: user.id, name: `Session ${label}`, cookie };
}

describe("a reused session still ends at once", () => {
  beforeAll(async () => {
    admin = await signInOverHttp("admin");
  });

  it("after signing out", async () => {
    const { cookie } = await signedInTranslator("sign-out");
    expect(await call("POST", "/api/auth/sign-out", cookie, {})).toBe(200);
    expect(await call("GET", "/api/documents", cookie)).toBe(401);
  });

  it("after an admin deactivates the account", async () => {
    const { id, cookie } = await signedInTranslator("deactivate");
    expect(await call("POST", `/api/users/${id}/deactivate`, admin, { reason: "Left" })).toBe(200);
    expect(await call("GET", "/api/documents", cookie)).toBe(401);
  });

  it("after an admin resets the password", async () => {
    const { id, cookie } = await signedInTranslator("reset");
    expect(await call("POST", `/api/users/${id}/reset-password`, admin, {})).toBe(200);
    expect(await call("GET", "/api/documents", cookie)).toBe(401);
  });

  it("after an admin changes the role, the new role applies to the next request", async () => {
    const { id, cookie } = await signedInTranslator("role");
    expect(await call("GET", "/api/users", cookie)).toBe(403);
    expect(await call("PATCH", `/api/users/${id}`, admin, { role: "admin" })).toBe(200);
    expect(await call("GET", "/api/users", cookie)).toBe(200);
  });
});

describe("a reused session ends at once when an admin uses the admin page", () => {
  let browser: Browser;
  beforeAll(async () => {
    admin = await signInOverHttp("admin");
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // The page's server action and the API's route handler are bundled apart: the action's
  // forgetting must reach the cache the route handler reads.
  it("deactivation through the users page", async ({ task }) => {
    const { name, cookie } = await signedInTranslator("page");
    await withPage(browser, task.name, async (page) => {
      page.on("dialog", (dialog) => void dialog.accept());
      await signInAs(page, "admin");
      await page.goto("/users");
      const row = page.getByRole("row", { name });
      await row.getByRole("button", { name: "Deactivate" }).click();
      await row.getByText("deactivated", { exact: true }).waitFor();
    });
    expect(await call("GET", "/api/documents", cookie)).toBe(401);
  });
});
