import type { Browser, Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe";
import { launchBrowser, withPage } from "./browser";
import { openAppDatabase } from "./pages/app-database";
import { DocumentPage, openDocument } from "./pages/document-page";
import { signInAs } from "./pages/sign-in-page";
import { createSpecDocument } from "./pages/spec-data";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});


/** The panel's controls as "role \"name\"", from its accessibility tree: no two may be the same, so a screen reader's list tells them apart. */
async function namedControls(panel: Locator): Promise<string[]> {
  return [...(await panel.ariaSnapshot()).matchAll(/- (button|textbox|combobox|checkbox|radio|menuitem|link) "([^"]+)"/g)].map(([, role, name]) => `${role} "${name}"`);
}

describe("accessibility (axe-core)", () => {
  it("reports a serious violation when there is one (the check itself works)", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      await page.setContent(`<html lang="en"><title>t</title><main><img src="data:,"><button></button></main></html>`);
      const found = (await seriousViolations(page)).join("\n");
      expect(found).toMatch(/critical image-alt/);
      expect(found).toMatch(/critical button-name/);
    });
  });

  it("finds no serious or critical violations on the sign-in and home pages", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      await page.goto("/sign-in");
      expect(await seriousViolations(page)).toEqual([]);
      await signInAs(page, "editor");
      expect(await seriousViolations(page)).toEqual([]);
    });
  });

  it("finds none on the document workspace, with the score, a segment's panel and the flag dialog open", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      await signInAs(page, "editor");
      await page.getByRole("link", { name: /Craig Mokhiber resigns/ }).click();
      const documentPage = new DocumentPage(page);
      await documentPage.panel().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByText(/^MQM score/).click();
      await documentPage.flagButton().click();
      await page.getByRole("dialog", { name: /Flag an issue/ }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });

  it("gives every control on the workspace an accessible name", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      await signInAs(page, "editor");
      await page.getByRole("link", { name: /Craig Mokhiber resigns/ }).click();
      await new DocumentPage(page).panel().waitFor();
      const unnamed = await page.evaluate(() =>
        [...document.querySelectorAll("button, a[href], input, select, textarea")]
          .filter((element) => (element as HTMLInputElement).type !== "hidden")
          .filter((element) => {
            const labelled = element.getAttribute("aria-label") || element.getAttribute("aria-labelledby") || element.getAttribute("title");
            const labels = (element as HTMLInputElement).labels;
            return !labelled && !(labels && labels.length > 0) && !(element.textContent ?? "").trim();
          })
          .map((element) => element.outerHTML.slice(0, 120)),
      );
      expect(unnamed).toEqual([]);
    });
  });
  it("names every control of the segment panel apart, saying what it acts on, with two issues and two suggestions on the segment", async ({ task }) => {
    const { documentId, segmentIds: [segmentId] } = await createSpecDocument(`Distinct control names ${Date.now()}`);
    const { viewer, disconnect } = await openAppDatabase("translator@recto.local");
    try {
      const { createSuggestion, flagIssue } = await import("@/lib/review/mutations");
      for (const comment of ["Resumed, or restarted?", "Only the morning?"]) {
        await flagIssue({ viewer, input: { segmentId, segmentVersion: 1, category: "accuracy_mistranslation", severity: "minor", comment } });
      }
      for (const text of ["The bombing restarted in the Gaza Strip on Tuesday morning.", "The bombing resumed in the Gaza Strip on Tuesday."]) {
        await createSuggestion({ viewer, input: { segmentId, baseVersion: 1, text, issueIds: [] } });
      }
    } finally {
      await disconnect();
    }
    await withPage(browser, task.name, async (page) => {
      const panel = (await openDocument(page, documentId, "editor")).panel();
      for (const number of [1, 2]) await panel.getByRole("listitem", { name: new RegExp(`^Suggestion ${number} by`) }).getByText("Reject…").click();
      await panel.getByRole("button", { name: /^Reject suggestion/ }).nth(1).waitFor();
      const controls = await namedControls(panel);
      expect(controls.length).toBeGreaterThan(10);
      expect(controls.filter((control, index) => controls.indexOf(control) !== index)).toEqual([]);
      const names = [
        ["button", "Fix alignment of segment 1"],
        ["textbox", "Reason to close issue 1, Accuracy: Mistranslation"], ["button", "Resolve issue 1, Accuracy: Mistranslation"],
        ["button", "Dismiss issue 2, Accuracy: Mistranslation"], ["button", "Approve suggestion 1"], ["button", "Approve suggestion 2"],
        ["combobox", "Reason to reject suggestion 2"], ["textbox", "Comment for the author of suggestion 1"], ["button", "Reject suggestion 2"],
      ] as const;
      for (const [role, name] of names) expect(await panel.getByRole(role, { name, exact: true }).count()).toBe(1);
    });
    // The author sees Edit and Withdraw on each of their two suggestions, each named after it.
    await withPage(browser, `${task.name} (author)`, async (page) => {
      const panel = (await openDocument(page, documentId, "translator")).panel();
      await panel.getByRole("button", { name: "Withdraw suggestion 2", exact: true }).waitFor();
      const controls = await namedControls(panel);
      expect(controls.filter((control, index) => controls.indexOf(control) !== index)).toEqual([]);
      for (const number of [1, 2]) {
        for (const name of [`Edit suggestion ${number}`, `Withdraw suggestion ${number}`]) expect(await panel.getByRole("button", { name, exact: true }).count()).toBe(1);
      }
    });
  });
});
