import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, signInOverHttp, withPage } from "./browser";
import { ReviewQueuePage } from "./pages/review-queue-page";
import { signInAs } from "./pages/sign-in-page";

// Issue 14 item 5: the author changes a suggestion while an editor has it open in the review
// queue; the editor's approval is refused and the queue shows the new text's diff.

const baseUrl = inject("baseUrl");
const TITLE = `Changed under review ${Date.now()}`;
const SEEN = "The rapporteur denounces Israel's offensive against Gaza.";
const SNUCK_IN = "The rapporteur praises the attack on Israel.";
let browser: Browser;
let suggestionId: string;
let translator: string;

async function api(cookie: string, method: string, path: string, body: unknown) {
  const response = await fetch(`${baseUrl}${path}`, { method, headers: { "content-type": "application/json", origin: baseUrl, cookie }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  browser = await launchBrowser();
  translator = await signInOverHttp("translator");
  const editor = await signInOverHttp("editor");
  const imported = await api(editor, "POST", "/api/documents", {
    title: TITLE,
    sourceText: "Le rapporteur dénonce l'offensive israélienne contre Gaza.",
    targetText: "The rapporteur denounces the attack on Israel.",
  });
  expect(imported.status).toBe(201);
  const document = await fetch(`${baseUrl}/api/documents/${imported.body.documentId}`, { headers: { cookie: translator } }).then((response) => response.json());
  const segment = document.segments[0] as { id: string; version: number };
  const suggested = await api(translator, "POST", "/api/suggestions", { segmentId: segment.id, baseVersion: segment.version, text: SEEN });
  expect(suggested.status).toBe(201);
  suggestionId = suggested.body.suggestion.id;
});
afterAll(async () => {
  await browser?.close();
});

describe("approving a suggestion its author changed meanwhile", () => {
  it("is refused, and the queue shows the new text's diff", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      await signInAs(page, "editor");
      const queue = new ReviewQueuePage(page);
      await queue.open();
      const item = queue.item(1, new RegExp(TITLE));
      await item.getByText("offensive against Gaza").first().waitFor();
      expect((await api(translator, "PATCH", `/api/suggestions/${suggestionId}`, { text: SNUCK_IN })).status).toBe(200);
      await queue.approveButton(item).click();
      await queue.status().getByText(/The author changed this suggestion after you opened it/).waitFor();
      await item.getByRole("group", { name: "Suggestion against the published English" }).getByText("praises").waitFor();
      expect(await item.textContent()).not.toContain("offensive against Gaza");
    });
  }, 120_000);
});
