import { beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser";
import { openAppDatabase } from "./pages/app-database";
import { peopleInBrowsers } from "./pages/people";
import { createSpecDocument, POLL } from "./pages/spec-document";

// Issue 16 "Conflicts stay safe", on the glossary: two editors edit the same entry. The second save
// is refused instead of silently overwriting the first; its texts stay in the form, the other
// editor's version shows against them as a word diff, and the editor saves theirs over it or discards it.

const TERM = `trêve-${crypto.randomUUID().slice(0, 6)}`;
const people = peopleInBrowsers();
let entryId: string;

beforeAll(async () => {
  const { documentId } = await createSpecDocument({ name: "Glossary conflict", source: "La trêve tient.", target: "The truce holds." });
  const { viewer } = await openAppDatabase("editor@recto.local");
  const { createGlossaryEntry } = await import("@/lib/findings/glossary/mutations");
  ({ entryId } = await createGlossaryEntry({ viewer, input: { documentId, kind: "term", sourceTerm: TERM, targetTerms: ["truce"] } }));
});

async function storedEntry() {
  const { getPrisma } = await import("@/lib/db/client");
  return getPrisma().glossaryEntry.findUniqueOrThrow({ where: { id: entryId }, select: { targetTerms: true, note: true } });
}

/** Opens the glossary, unfolds the entry's edit form and replaces its renderings with the keyboard. */
async function editRenderings(role: "editor" | "admin", renderings: string) {
  const page = await people.signedIn(role);
  await page.goto("/glossary");
  await page.getByLabel(`Edit the glossary entry “${TERM}”`).click();
  const form = page.getByRole("form", { name: `Edit “${TERM}”` });
  await form.getByRole("textbox", { name: "Required English renderings" }).click();
  await page.keyboard.press("Control+A");
  await page.keyboard.type(renderings);
  return { page, form };
}

describe("two editors changing the same glossary entry", () => {
  it("refuses the second save with the first's version diffed against it, keeps its texts, and saves them on request", async () => {
    const mine = await editRenderings("editor", "ceasefire, truce");
    const theirs = await editRenderings("admin", "truce, lull");
    await theirs.form.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(async () => (await storedEntry()).targetTerms, POLL).toEqual(["truce", "lull"]);

    await mine.form.getByRole("button", { name: "Save changes" }).click();
    const conflict = mine.form.getByRole("alert", { name: "The entry changed" });
    await conflict.waitFor({ timeout: POLL.timeout });
    expect(await conflict.textContent()).toContain(`Someone changed the entry “${TERM}” after you opened it`);
    const renderings = conflict.getByRole("group", { name: "Required English renderings: theirs against yours" });
    expect((await renderings.locator("del").allTextContents()).join(" ")).toMatch(/lull/);
    expect((await renderings.locator("ins").allTextContents()).join(" ")).toMatch(/ceasefire/);
    expect(await mine.form.getByRole("textbox", { name: "Required English renderings" }).inputValue()).toBe("ceasefire, truce");
    expect((await storedEntry()).targetTerms).toEqual(["truce", "lull"]);
    await screenshot(mine.page, "glossary-conflict");

    await conflict.getByRole("button", { name: "Save mine over theirs" }).click();
    await expect.poll(async () => (await storedEntry()).targetTerms, POLL).toEqual(["ceasefire", "truce"]);
    await expect.poll(() => conflict.count(), POLL).toBe(0);

    // Saved on the version it replaced: the next save from the same form goes through too.
    await mine.form.getByRole("textbox", { name: "Note" }).click();
    await mine.page.keyboard.type("House style");
    await mine.form.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(async () => (await storedEntry()).note, POLL).toBe("House style");
  }, 180_000);
});
