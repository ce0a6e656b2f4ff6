import { beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser";
import { openAppDatabase } from "./pages/app-database";
import { peopleInBrowsers } from "./pages/people";
import { createSpecDocument, POLL } from "./pages/spec-document";

// Findings a QA run writes after the workspace opened (an import's first run, a glossary change)
// reach the open segment's panel without a reload: the walk with a real mouse found the first
// segment's panel empty after an import until another segment was clicked.

const TERM = `trêve-${crypto.randomUUID().slice(0, 6)}`;
const people = peopleInBrowsers();
let documentId: string;

beforeAll(async () => {
  ({ documentId } = await createSpecDocument({ name: "Findings arrive live", source: `La ${TERM} tient depuis lundi.`, target: "The truce has held since Monday." }));
  const { viewer } = await openAppDatabase("editor@recto.local");
  const { createGlossaryEntry } = await import("@/lib/findings/glossary/mutations");
  await createGlossaryEntry({ viewer, input: { documentId, kind: "term", sourceTerm: TERM, targetTerms: ["truce"] } });
});

describe("findings written while the workspace is open", () => {
  it("appear in the open segment's panel when another editor's glossary change reruns the checks", async () => {
    const translator = await people.openDocument("translator", documentId);
    const findings = translator.doc.panel().getByRole("region", { name: /Automatic findings/ });
    const term = findings.getByRole("listitem", { name: /^Glossary term/ });
    expect(await term.count()).toBe(0);

    // The editor changes the term's required rendering on the glossary page, with the keyboard.
    const editor = await people.signedIn("editor");
    await editor.goto("/glossary");
    await editor.getByLabel(`Edit the glossary entry “${TERM}”`).click();
    const form = editor.getByRole("form", { name: `Edit “${TERM}”` });
    await form.getByRole("textbox", { name: "Required English renderings" }).click();
    await editor.keyboard.press("Control+A");
    await editor.keyboard.type("ceasefire");
    await form.getByRole("button", { name: "Save changes" }).click();

    // The translator never reloads nor clicks: the run's findings reach the open panel.
    await expect.poll(() => term.count(), POLL).toBe(1);
    expect(await term.textContent()).toMatch(/ceasefire/);
    await screenshot(translator.page, "findings-arrive-live");
  }, 120_000);
});
