import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seriousViolations } from "./axe";
import { demoAccount, launchBrowser, screenshot, withPage, signInOverHttp } from "./browser";
import { SignInPage } from "./pages/sign-in-page";
import { suggestionTextHash } from "@/lib/review/suggestion-hash";

// Issue 5's roles matrix over HTTP against `next start`: every cell is a test. Sessions come from
// Better Auth's own sign-in endpoint; the app's data is set up through the same API.

type Role = "translator" | "editor" | "admin";
type Answer = { status: number; body: { error?: { code: string; message: string; fields?: Record<string, string[]> } } & Record<string, unknown>; text: string };

const baseUrl = inject("baseUrl");


const ROLES: Role[] = ["translator", "editor", "admin"];
const cookies = {} as Record<Role, string>;

async function call(method: string, path: string, options: { role?: Role; body?: unknown; rawBody?: string; origin?: string | null } = {}): Promise<Answer> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (options.origin !== null) headers.origin = options.origin ?? baseUrl;
  if (options.role) headers.cookie = cookies[options.role];
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body, redirect: "manual" });
  const text = await response.text();
  let parsed: Answer["body"] = {};
  try {
    parsed = JSON.parse(text);
  } catch {
    // Non-JSON answers (export files) keep only `text`.
  }
  return { status: response.status, body: parsed, text };
}

const signIn = (role: Role) => signInOverHttp(role);

const FRENCH = Array.from({ length: 30 }, (_, i) => `Le ${i + 1} mars, la délégation numéro ${i + 1} a présenté un rapport de ${(i + 1) * 10} pages sur la situation humanitaire à Genève.`);
const ENGLISH = Array.from({ length: 30 }, (_, i) => `On March ${i + 1}, delegation number ${i + 1} presented a ${(i + 1) * 10}-page report on the humanitarian situation in Geneva.`);

let documentId: string;
let segments: { id: string; currentText: string; version: number }[];
// Segments 0 and 1 are shared by the read and flag rows; the last ones are merged by the alignment cells.
let nextSegment = 2;
const freshSegment = () => segments[nextSegment++];

async function importDocument(title: string): Promise<string> {
  const answer = await call("POST", "/api/documents", { role: "admin", body: { title, sourceText: FRENCH.join("\n\n"), targetText: ENGLISH.join("\n\n") } });
  expect(answer.status).toBe(201);
  return answer.body.documentId as string;
}

const suggestionTexts = new Map<string, string>();

async function suggestion(author: Role = "translator") {
  const segment = freshSegment();
  const text = `${segment.currentText} Indeed.`;
  const answer = await call("POST", "/api/suggestions", { role: author, body: { segmentId: segment.id, baseVersion: segment.version, text } });
  expect(answer.status).toBe(201);
  const { id } = answer.body.suggestion as { id: string };
  suggestionTexts.set(id, text);
  return id;
}

/** An approval of a suggestion as the reviewer saw it (the API asks which text was seen). */
const approvalOf = (id: string) => ({ seenTextHash: suggestionTextHash(suggestionTexts.get(id)!) });

async function issue(author: Role = "translator") {
  const segment = freshSegment();
  const answer = await call("POST", "/api/issues", { role: author, body: { segmentId: segment.id, segmentVersion: 1, category: "style", severity: "minor", comment: "Heavy" } });
  expect(answer.status).toBe(201);
  return (answer.body.issue as { id: string }).id;
}

beforeAll(async () => {
  for (const role of ROLES) cookies[role] = await signIn(role);
  documentId = await importDocument("Permissions matrix document");
  const document = await call("GET", `/api/documents/${documentId}`, { role: "admin" });
  segments = document.body.segments as typeof segments;
  expect(segments.length).toBeGreaterThanOrEqual(28);
});

type Step = (role: Role) => Promise<Answer>;
type Row = { action: string; allowed: [boolean, boolean, boolean]; steps: Step[] };

// One row per line of the issue's table; `steps` are the endpoints that row covers.
const MATRIX: Row[] = [
  {
    action: "read documents, segments, issues, history", allowed: [true, true, true],
    steps: [(role) => call("GET", `/api/documents/${documentId}`, { role }), (role) => call("GET", `/api/segments/${segments[0].id}`, { role })],
  },
  {
    action: "flag issues, comment, propose suggestions", allowed: [true, true, true],
    steps: [
      (role) => call("POST", "/api/issues", { role, body: { segmentId: segments[1].id, segmentVersion: 1, category: "terminology", severity: "minor", comment: `by ${role}` } }),
      (role) => call("POST", "/api/suggestions", { role, body: { segmentId: segments[1].id, baseVersion: 1, text: `${segments[1].currentText} (${role})` } }),
    ],
  },
  {
    action: "edit/withdraw own issue or pending suggestion", allowed: [true, true, true],
    steps: [
      async (role) => call("PATCH", `/api/issues/${await issue(role)}`, { role, body: { severity: "major" } }),
      async (role) => call("POST", `/api/suggestions/${await suggestion(role)}/withdraw`, { role }),
    ],
  },
  {
    action: "approve/reject suggestions, resolve/dismiss issues, fix alignment", allowed: [false, true, true],
    steps: [
      async (role) => { const id = await suggestion(); return call("POST", `/api/suggestions/${id}/approve`, { role, body: approvalOf(id) }); },
      async (role) => call("POST", `/api/suggestions/${await suggestion()}/reject`, { role, body: { reason: "style", comment: "Keep it" } }),
      async (role) => call("POST", `/api/issues/${await issue()}/close`, { role, body: { status: "dismissed", reason: "Deliberate" } }),
      async (role) => call("POST", `/api/segments/${segments[segments.length - 2 - 2 * ROLES.indexOf(role)].id}/merge`, { role, body: {} }),
    ],
  },
  {
    action: "edit segment text directly", allowed: [false, true, true],
    steps: [(role) => { const segment = freshSegment(); return call("PATCH", `/api/segments/${segment.id}`, { role, body: { baseVersion: 1, text: `${segment.currentText} Edited.`, note: "" } }); }],
  },
  {
    action: "import and delete documents", allowed: [false, true, true],
    steps: [
      (role) => call("POST", "/api/documents", { role, body: { title: `Imported by ${role}`, sourceText: FRENCH.slice(0, 3).join("\n\n"), targetText: ENGLISH.slice(0, 3).join("\n\n") } }),
      async (role) => call("DELETE", `/api/documents/${await importDocument(`To delete by ${role}`)}`, { role }),
    ],
  },
  {
    action: "export", allowed: [false, false, true],
    steps: [(role) => call("GET", `/api/documents/${documentId}/export?format=txt&override=true`, { role })],
  },
  {
    action: "manage users", allowed: [false, false, true],
    steps: [(role) => call("POST", "/api/users", { role, body: { email: `made-by-${role}-${Date.now()}@example.test`, name: "Made", role: "translator" } })],
  },
];

const CELLS = MATRIX.flatMap((row) => ROLES.map((role, column) => ({ row, role, isAllowed: row.allowed[column] })));

describe("the roles matrix, over HTTP", () => {
  it.each(CELLS)("a $role may $row.action: $isAllowed", async ({ row, role, isAllowed }) => {
    for (const step of row.steps) {
      const answer = await step(role);
      if (isAllowed) {
        expect([200, 201], answer.text).toContain(answer.status);
      } else {
        expect(answer.status, answer.text).toBe(403);
        expect(answer.body.error?.message).toMatch(new RegExp(`^A ${role} may not do this \\(needs permission [a-z]+\\.[a-z]+\\)\\.$`));
      }
    }
  });
});

const NO_STACK = /\bat \S+ \(|node_modules|\.tsx?:\d+|webpack|TypeError|PrismaClient/;
const UNKNOWN = "00000000-0000-4000-8000-000000000000";

describe("signed out", () => {
  it.each([
    ["GET", "/api/documents"],
    ["GET", `/api/segments/${UNKNOWN}`],
    ["POST", "/api/issues"],
    ["POST", "/api/suggestions"],
    ["POST", `/api/suggestions/${UNKNOWN}/approve`],
    ["POST", "/api/suggestions/batch-approve"],
    ["PATCH", `/api/segments/${UNKNOWN}`],
    ["DELETE", `/api/documents/${UNKNOWN}`],
    ["POST", "/api/users"],
    ["POST", `/api/users/${UNKNOWN}/deactivate`],
  ])("%s %s answers 401 asking to sign in", async (method, path) => {
    const answer = await call(method, path, { body: method === "GET" ? undefined : {} });
    expect(answer.status).toBe(401);
    expect(answer.body.error).toEqual({ code: "UNAUTHENTICATED", message: "Sign in first." });
  });

  it("sends a signed-out page request to the sign-in page", async () => {
    const response = await fetch(`${baseUrl}/review`, { redirect: "manual" });
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get("location")!, baseUrl).pathname).toBe("/sign-in");
  });
});

describe("forged cross-site requests", () => {
  it.each([
    ["another site's Origin", "https://evil.example"],
    ["no Origin at all", null],
    ["a look-alike Origin", `${baseUrl}.evil.example`],
  ])("are refused with 403 when they carry %s, and change nothing", async (_name, origin) => {
    const segment = segments[0];
    const flag = await call("POST", "/api/issues", { role: "admin", origin, body: { segmentId: segment.id, segmentVersion: 1, category: "style", severity: "minor", comment: "forged" } });
    expect(flag.status).toBe(403);
    expect(flag.body.error?.message).toMatch(/^Cross-site request refused/);
    const remove = await call("DELETE", `/api/documents/${documentId}`, { role: "admin", origin });
    expect(remove.status).toBe(403);
    const promote = await call("PATCH", `/api/users/${UNKNOWN}`, { role: "admin", origin, body: { role: "admin" } });
    expect(promote.status).toBe(403);
    const review = await call("GET", `/api/segments/${segment.id}`, { role: "admin" });
    expect((review.body.issues as { comment: string }[]).some((issue) => issue.comment === "forged")).toBe(false);
    expect((await call("GET", `/api/documents/${documentId}`, { role: "admin" })).status).toBe(200);
  });
});

describe("input validation at the boundary", () => {
  it.each([
    ["an oversized suggestion", 413, "POST", "/api/suggestions", { segmentId: UNKNOWN, baseVersion: 1, text: "x".repeat(20_001) }, /Suggested text is over 20,000 characters/],
    ["an oversized comment", 413, "POST", "/api/issues", { segmentId: UNKNOWN, segmentVersion: 1, category: "style", severity: "minor", comment: "y".repeat(5_001) }, /Comment is over 5,000 characters/],
    ["a body over 1 MB", 413, "POST", "/api/suggestions", { text: "z".repeat(1_100_000) }, /over 1,000,000 bytes/],
    ["a version that is not a number", 422, "POST", "/api/issues", { segmentId: UNKNOWN, segmentVersion: "one", category: "style", severity: "minor" }, /segmentVersion: Version must be a number/],
    ["an unknown category", 422, "POST", "/api/issues", { segmentId: UNKNOWN, segmentVersion: 1, category: "vibes", severity: "minor" }, /category: Category must be one of terminology/],
    ["ids that are not strings", 422, "POST", "/api/suggestions/batch-approve", { suggestionIds: [1, 2] }, /suggestionIds\.0/],
    ["an unknown suggestion id", 404, "POST", `/api/suggestions/${UNKNOWN}/approve`, { seenTextHash: "0".repeat(64) }, new RegExp(`Suggestion ${UNKNOWN} does not exist`)],
    ["a malformed segment id", 404, "GET", "/api/segments/not-an-id", undefined, /Segment not-an-id does not exist/],
    ["an unknown user id", 404, "POST", `/api/users/${UNKNOWN}/reset-password`, {}, new RegExp(`User ${UNKNOWN} does not exist`)],
  ])("refuses %s with %i and a clear message, no stack trace", async (_name, status, method, path, body, message) => {
    const answer = await call(method, path, { role: "admin", body });
    expect(answer.status, answer.text).toBe(status);
    expect(answer.body.error?.message).toMatch(message);
    expect(answer.text).not.toMatch(NO_STACK);
  });

  it("refuses a body that is not JSON with 422", async () => {
    const answer = await call("POST", "/api/issues", { role: "translator", rawBody: "{not json" });
    expect(answer.status).toBe(422);
    expect(answer.body.error?.message).toBe("The request body is not valid JSON.");
  });
});

describe("stale versions over HTTP", () => {
  it("answers 409 naming both versions, with the word diff against the current text", async () => {
    const segment = freshSegment();
    const id = (await call("POST", "/api/suggestions", { role: "translator", body: { segmentId: segment.id, baseVersion: 1, text: `${segment.currentText} Indeed.` } })).body.suggestion as { id: string };
    expect((await call("PATCH", `/api/segments/${segment.id}`, { role: "editor", body: { baseVersion: 1, text: `${segment.currentText} Edited.` } })).status).toBe(200);
    const answer = await call("POST", `/api/suggestions/${id.id}/approve`, { role: "admin", body: { seenTextHash: suggestionTextHash(`${segment.currentText} Indeed.`) } });
    expect(answer.status).toBe(409);
    expect(answer.body.error).toMatchObject({
      code: "CONFLICT",
      message: "Suggestion was based on version 1; the segment is now at version 2 — review the new text",
      details: { currentVersion: 2, hunks: [{ before: "Edited", after: "Indeed" }] },
    });
  });
});

describe("admin pages and sign-in rules, in the browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function signInAs(page: Page, email: string, password: string) {
    await new SignInPage(page).signIn(email, password);
  }

  it("a translator has no Users or Audit log link, and those pages refuse them", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      const { email, password } = demoAccount("translator");
      await signInAs(page, email, password);
      await page.getByRole("heading", { name: "Documents" }).waitFor();
      for (const name of ["Users", "Audit log", "Review queue"]) expect(await page.getByRole("link", { name }).count()).toBe(0);
      for (const path of ["/users", "/audit"]) {
        expect((await page.goto(path))?.status()).toBe(403);
        await page.getByRole("heading", { name: "Not allowed" }).waitFor();
      }
    });
  });

  it("an admin creates a user (password shown once), deactivates them, allows self-approval on a document, finds it all in the audit log; the user cannot sign in", async ({ task }) => {
    const email = `casey-${Date.now()}@example.test`;
    let password = "";
    await withPage(browser, task.name, async (page) => {
      page.on("dialog", (dialog) => void dialog.accept());
      const admin = demoAccount("admin");
      await signInAs(page, admin.email, admin.password);
      await page.getByRole("link", { name: "Users" }).click();
      await page.getByRole("heading", { name: "Add a user" }).waitFor();
      const form = page.getByRole("region", { name: "Add a user" });
      await form.getByLabel("Name").fill("Casey Copy");
      await form.getByLabel("Email").fill(email);
      // A label around a select also names it by the chosen option ("Role translator").
      await form.getByLabel(/^Role/).selectOption("editor");
      await page.getByRole("button", { name: "Create user" }).click();
      const shown = form.getByRole("status");
      await shown.waitFor();
      password = (await shown.locator("code").textContent()) ?? "";
      expect(password).toMatch(/^[\w-]{16}$/);
      const row = page.getByRole("row", { name: "Casey Copy" });
      await row.getByRole("button", { name: "Deactivate" }).click();
      await row.getByText("deactivated", { exact: true }).waitFor();
      const selfApproval = page.getByRole("checkbox", { name: "Allow self-approval on Permissions matrix document" });
      // Controlled by the server's answer: it turns on once the change is saved.
      await selfApproval.click();
      await page.getByText("Authors may now approve their own suggestions on “Permissions matrix document”.").waitFor();
      await page.waitForFunction(() => document.querySelector<HTMLInputElement>('.self-approval input[type="checkbox"]:checked') !== null);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, "users");
      await page.getByRole("link", { name: "Audit log" }).click();
      await page.getByLabel(/^Action/).selectOption("user.deactivate");
      await page.getByRole("button", { name: "Filter" }).click();
      await page.waitForURL(/action=user\.deactivate/);
      expect(await page.getByRole("table").textContent()).toMatch(/Ada Admin.*deactivated a user/s);
      expect(await page.getByRole("table").textContent()).not.toMatch(/created a user/);
      await page.goto("/audit?action=document.self_approval");
      expect(await page.getByRole("table").textContent()).toMatch(/Ada Admin.*changed self-approval on a document/s);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, "audit-log");
    });
    await withPage(browser, `${task.name} (sign-in)`, async (page) => {
      await signInAs(page, email, password);
      const alert = new SignInPage(page).alert();
      await alert.waitFor();
      expect(await alert.textContent()).toBe("Email or password is wrong, or the account is deactivated.");
    });
  });

  it("five wrong passwords lock the account with a clear message, even for the right password", async ({ task }) => {
    const created = await call("POST", "/api/users", { role: "admin", body: { email: `locked-${Date.now()}@example.test`, name: "Lou Locked", role: "translator" } });
    const { email } = (created.body.user as { email: string });
    await withPage(browser, task.name, async (page) => {
      const form = new SignInPage(page);
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        await form.signIn(email, `wrong-${attempt}`);
        await form.alert().waitFor();
        const expected = attempt < 5 ? "Email or password is wrong, or the account is deactivated." : "Too many failed sign-ins for this account; try again in 1 minute";
        expect(await form.alert().textContent()).toBe(expected);
      }
      await form.signIn(email, created.body.password as string);
      await form.alert().waitFor();
      expect(await form.alert().textContent()).toBe("Too many failed sign-ins for this account; try again in 1 minute");
    });
  });
});
