import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seriousViolations } from "./axe";
import { demoAccount, launchBrowser, screenshot, withPage, signInOverHttp } from "./browser";
import { DocumentPage } from "./pages/document-page";
import { ReviewQueuePage } from "./pages/review-queue-page";
import { SignInPage, signInAs } from "./pages/sign-in-page";
import { createSpecDocument } from "./pages/spec-document";

// Issue 5's acceptance walk on a document of this spec's own (three sentences copied from the demo
// article, never its seeded segments): the translator flags and suggests (over the API), the editor
// approves from the review queue in the browser, the segment shows approved with its history, and
// the translator can neither see an approve button nor call the endpoint.

const baseUrl = inject("baseUrl");

const SOURCE = [
  "Il s’agit d’une lettre de démission peu relayée par les médias francophones mais qui, depuis une semaine, circule sur les réseaux sociaux.",
  "Selon lui, l’ONU s’était déjà montrée incapable par le passé d’empêcher les génocides contre les Tutsis au Rwanda, les musulmans de Bosnie, les Yézidis au Kurdistan irakien et les Rohingyas en Birmanie.",
  "Craig Mokhiber dénonce aussi la « complicité » des gouvernements occidentaux dans l’offensive menée par l’État d’Israël contre l’enclave palestinienne.",
];
const TARGET = [
  "It is about of a resignation letter little disseminated by the French-speaking media but which, for the last week, has been circulating on social networks.",
  "According to him, the UN had previously been unable to prevent genocides against the Tutsis in Rwanda, the Bosnian Muslims, the Yazidis in Iraqi Kurdistan and the Rohingya in Myanmar.",
  "Craig Mokhiber also points out the “complicity” of Western governments in the offensive led by the State of Israel against the Palestinian enclave.",
];
const WRONG = "It is about of a resignation letter";
const RIGHT = "It is a resignation letter";

type Role = "translator" | "editor";
const cookies = {} as Record<Role, string>;

async function api(role: Role, method: string, path: string, body?: unknown) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { "content-type": "application/json", origin: baseUrl, cookie: cookies[role] },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

const signIn = (role: Role) => signInOverHttp(role);

type SegmentRow = { id: string; position: number; currentText: string; version: number };
let browser: Browser;
let segment: SegmentRow;
let others: SegmentRow[];
let suggestionId: string;
let documentId: string;
let title: string;
/** The document's title as a pattern for the queue's accessible names (the random suffix is hex). */
let titlePattern: RegExp;

beforeAll(async () => {
  ({ documentId, title } = await createSpecDocument({ name: "Approval walk", source: SOURCE.join("\n\n"), target: TARGET.join("\n\n") }));
  titlePattern = new RegExp(title);
  browser = await launchBrowser();
  cookies.translator = await signIn("translator");
  cookies.editor = await signIn("editor");
  const document = (await api("translator", "GET", `/api/documents/${documentId}`)).body as { segments: SegmentRow[] };
  expect(document.segments.map((candidate) => candidate.currentText)).toEqual(TARGET);
  segment = document.segments.find((candidate) => candidate.currentText.startsWith(WRONG))!;
  others = document.segments.filter((candidate) => candidate !== segment);
});
afterAll(async () => {
  await browser?.close();
});

describe("the approval walk on the spec's own document", () => {
  it("a translator flags the span and suggests a correction linked to the issue", async () => {
    const flagged = await api("translator", "POST", "/api/issues", {
      segmentId: segment.id, segmentVersion: segment.version, targetStart: 0, targetEnd: WRONG.length,
      category: "linguistic_grammar", severity: "minor", comment: "“It is about of” is not English",
    });
    expect(flagged.status).toBe(201);
    const suggested = await api("translator", "POST", "/api/suggestions", {
      segmentId: segment.id, baseVersion: segment.version, text: segment.currentText.replace(WRONG, RIGHT), note: "Grammar", issueIds: [flagged.body.issue.id],
    });
    expect(suggested.status).toBe(201);
    suggestionId = suggested.body.suggestion.id;
  });

  it("the translator sees no approve button, and the endpoint refuses them", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      await signInAs(page, "translator");
      expect(await page.getByRole("link", { name: "Review queue" }).count()).toBe(0);
      expect((await page.goto("/review"))?.status()).toBe(403);
      await page.getByRole("heading", { name: "Not allowed" }).waitFor();
      expect(await page.getByRole("button", { name: /Approve/ }).count()).toBe(0);
    });
    const refused = await api("translator", "POST", `/api/suggestions/${suggestionId}/approve`, { seenTextHash: "0".repeat(64) });
    expect(refused).toEqual({ status: 403, body: { error: { code: "FORBIDDEN", message: "A translator may not do this (needs permission suggestion.review)." } } });
  });

  it("the editor approves it from the review queue; the segment shows approved with its history", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      const account = demoAccount("editor");
      await new SignInPage(page).signIn(account.email, account.password);
      await page.getByRole("link", { name: "Review queue" }).click();
      const queue = new ReviewQueuePage(page);
      const item = queue.item(segment.position + 1, titlePattern);
      await item.waitFor();
      expect(await item.textContent()).toMatch(/Grammar · minor — “It is about of” is not English \(Tess Translator\)/);
      expect(await item.getByRole("checkbox", { name: /Accept change 1/ }).isChecked()).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, "review-queue");
      await queue.approveButton(item).click();
      await queue.status().getByText(`Approved: segment ${segment.position + 1} of`).waitFor();
      expect(await queue.status().textContent()).toMatch(new RegExp(`${title} is now at version ${segment.version + 1}\\.$`));
      await item.waitFor({ state: "detached" });
      await page.goto(`/documents/${documentId}`);
      const row = new DocumentPage(page).row(segment.position + 1);
      await row.getByText("Approved", { exact: true }).waitFor({ timeout: 10_000 }).catch(async (error: Error) => {
        throw new Error(`${error.message}\nrow: ${await row.textContent()}`);
      });
      expect(await row.textContent()).toContain(RIGHT);
    });
    const review = (await api("editor", "GET", `/api/segments/${segment.id}`)).body;
    expect(review).toMatchObject({ status: "approved", version: segment.version + 1, issues: [{ status: "resolved" }], suggestions: [{ id: suggestionId, status: "approved" }] });
    // Newest first, as the workspace shows it (one use case under both).
    expect(review.history.map((event: { action: string; actor: { name: string } }) => `${event.action} by ${event.actor.name}`)).toEqual([
      "suggestion.approve by Eddie Editor", "suggestion.create by Tess Translator", "issue.flag by Tess Translator",
    ]);
  });
});

describe("reviewing change by change", () => {
  it("the editor accepts one hunk of two, and rejects another suggestion with an MQM reason the author sees", async ({ task }) => {
    const [partly, rejected] = others;
    const twoChanges = `Indeed, ${partly.currentText} (sic)`;
    const first = await api("translator", "POST", "/api/suggestions", { segmentId: partly.id, baseVersion: partly.version, text: twoChanges, note: "Two changes" });
    const second = await api("translator", "POST", "/api/suggestions", { segmentId: rejected.id, baseVersion: rejected.version, text: `${rejected.currentText} Really.`, note: "" });
    expect([first.status, second.status]).toEqual([201, 201]);
    await withPage(browser, task.name, async (page) => {
      await signInAs(page, "editor");
      const queue = new ReviewQueuePage(page);
      await queue.open();
      const item = queue.item(partly.position + 1, titlePattern);
      await item.getByRole("checkbox", { name: /Accept change 2/ }).uncheck();
      await item.getByRole("button", { name: "Approve checked changes only" }).click();
      await queue.status().getByText(`Approved: segment ${partly.position + 1} of`).waitFor();
      const other = queue.item(rejected.position + 1, titlePattern);
      await other.getByText("Reject…").click();
      await other.getByLabel(/^Reason/).selectOption("style");
      await other.getByLabel("Comment for the author").fill("Adds nothing; keep the published wording.");
      await other.getByRole("button", { name: "Reject suggestion" }).click();
      await queue.status().getByText("Rejected; the author sees your reason.").waitFor();
    });
    const approved = (await api("translator", "GET", `/api/segments/${partly.id}`)).body;
    expect(approved).toMatchObject({ status: "approved", currentText: `Indeed, ${partly.currentText}`, suggestions: [{ status: "approved_with_edits", text: twoChanges }] });
    const refused = (await api("translator", "GET", `/api/segments/${rejected.id}`)).body;
    expect(refused.suggestions).toMatchObject([{ status: "rejected", rejectionReason: "style", reviewComment: "Adds nothing; keep the published wording.", reviewer: { name: "Eddie Editor" } }]);
  });
});
