import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { demoAccount, launchBrowser, screenshot, withPage } from "./browser";
import { openAppDatabase } from "./pages/app-database";
import { openDocument } from "./pages/document-page";
import { MemoryPage } from "./pages/memory-page";
import { signInAs } from "./pages/sign-in-page";
import { createSpecDocument, POLL } from "./pages/spec-document";

// Issue 16's translation memory, driven by mouse and keyboard: a concordance search finds the
// approved correction first, and an editor's approval offers the same fix in another document.

// A word of this spec's own, so the memory's other documents never match it.
const MARK = `Quelvorn${crypto.randomUUID().slice(0, 6).replace(/\d/g, "x")}`;
const SOURCE = `Les gouvernements occidentaux sont complices de l’offensive israélienne contre Gaza, écrit ${MARK}.`;
const WRONG = `Western governments are complicit in the attack on Israel, writes ${MARK}.`;
const RIGHT = `Western governments are complicit in Israel's offensive on Gaza, writes ${MARK}.`;

// Approve, find, propagate and reopen take several server round trips: minutes on a loaded 2-core machine.
vi.setConfig({ testTimeout: 240_000 });

let browser: Browser;
let origin: { documentId: string; title: string };
let other: { documentId: string; title: string };
let suggestionId: string;
let editorName: string;

beforeAll(async () => {
  origin = await createSpecDocument({ name: "Memory origin", source: SOURCE, target: WRONG });
  other = await createSpecDocument({ name: "Memory elsewhere", source: `${SOURCE} Il le répète.`, target: `${WRONG} He says it again.` });
  const { viewer, disconnect } = await openAppDatabase(demoAccount("translator").email);
  try {
    const { getPrisma } = await import("@/lib/db/client");
    editorName = (await getPrisma().user.findUniqueOrThrow({ where: { email: demoAccount("editor").email }, select: { name: true } })).name;
    const { createSuggestion } = await import("@/lib/review/mutations");
    const segment = await getPrisma().segment.findFirstOrThrow({ where: { documentId: origin.documentId, position: 0 }, select: { id: true, version: true } });
    ({ suggestion: { id: suggestionId } } = await createSuggestion({ viewer, input: { segmentId: segment.id, baseVersion: segment.version, text: RIGHT, issueIds: [] } }));
  } finally {
    await disconnect();
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe("translation memory", () => {
  it("an editor approves a fix, then offers it where the same error occurs; the suggestion there names its origin", async () => {
    await withPage(browser, "memory-propagate", async (page) => {
      const document = await openDocument(page, origin.documentId, "editor");
      const panel = document.panel();
      await panel.getByRole("listitem", { name: /^Suggestion 1 by/ }).getByRole("button", { name: "Approve" }).click();
      const offers = panel.getByRole("region", { name: /^Same error elsewhere/ });
      const offer = offers.getByRole("listitem", { name: `${other.title}, segment 1` });
      await expect.poll(() => offer.count(), POLL).toBe(1);
      await expect.poll(() => offers.innerText(), POLL).toContain("“the attack on Israel” to “Israel's offensive on Gaza”");
      await offer.getByRole("button", { name: "Suggest here" }).click();
      // The panel has other status lines (the word counterpart): find ours by what it says.
      await expect.poll(() => panel.getByRole("status").filter({ hasText: "1 suggestion created; each still needs an editor's approval." }).count(), POLL).toBe(1);
      await expect.poll(() => offer.count(), POLL).toBe(0);
      await screenshot(page, "memory-propagate");
    });
    await withPage(browser, "memory-propagated-suggestion", async (page) => {
      const elsewhere = await openDocument(page, other.documentId, "translator");
      const suggestion = elsewhere.panel().getByRole("listitem", { name: /^Suggestion 1 by/ });
      await expect.poll(() => suggestion.innerText(), POLL).toContain(`Same correction as approved in “${origin.title}”, segment 1.`);
      expect(await suggestion.innerText()).toContain("pending");
    });
    expect(suggestionId).toBeTruthy();
  });

  it("the concordance finds French or English text across documents, the approved correction first with its approver", async () => {
    await withPage(browser, "memory-concordance", async (page) => {
      await signInAs(page, "translator");
      await page.goto("/");
      const memory = new MemoryPage(page);
      await memory.open();
      await memory.search(`complices ${MARK}`);
      const rows = memory.results();
      await expect.poll(() => rows.count(), POLL).toBe(3); // header + both documents
      const first = await rows.nth(1).innerText();
      expect(first).toContain(origin.title);
      expect(first).toContain(editorName);
      expect(await rows.nth(2).innerText()).toContain(other.title);
      await memory.search(`governments complicit ${MARK}`);
      await expect.poll(() => page.url(), POLL).toContain("governments");
      await expect.poll(() => rows.count(), POLL).toBe(3);
      await screenshot(page, "memory-concordance");
    });
  });
});
