import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, withPage } from "./browser";
import { openAppDatabase } from "./pages/app-database";
import { DocumentPage } from "./pages/document-page";
import { signInAs } from "./pages/sign-in-page";

const SCRIPT = "<script>window.__xss = 'script'</script>";
const IMAGE = `<img src="x" onerror="window.__xss = 'img'">`;
const FRENCH = `Le texte contient ${SCRIPT} et une image ${IMAGE} au milieu.\n\nLa deuxième phrase reste tranquille.`;
const ENGLISH = `The text contains ${SCRIPT} and an image ${IMAGE} in the middle.\n\nThe second sentence stays quiet.`;
const COMMENT = `<b onmouseover="window.__xss = 'comment'">bold</b>`;

let browser: Browser;
let documentId: string;

beforeAll(async () => {
  const { viewer, disconnect } = await openAppDatabase("admin@recto.local");
  const { getPrisma } = await import("@/lib/db/client");
  const { importDocument } = await import("@/lib/documents/mutations");
  const { flagIssue } = await import("@/lib/review/mutations");
  const prisma = getPrisma();
  const imported = await importDocument({ viewer, input: { title: `Hostile ${IMAGE}`, sourceText: FRENCH, targetText: ENGLISH, allowLanguageMismatch: true } });
  documentId = imported.documentId;
  const segment = await prisma.segment.findFirstOrThrow({ where: { documentId, position: 0 }, select: { id: true } });
  await flagIssue({ viewer, input: { segmentId: segment.id, segmentVersion: 1, category: "design_markup", severity: "minor", comment: COMMENT } });
  await disconnect();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("user text is rendered as text", () => {
  it("shows <script> and <img onerror> in segments, titles and comments literally, and runs none of them", async ({ task }) => {
    await withPage(browser, task.name, async (page) => {
      await signInAs(page, "translator");
      expect(await page.getByRole("link", { name: `Hostile ${IMAGE}` }).count()).toBe(1);
      await page.goto(`/documents/${documentId}`);
      const documentPage = new DocumentPage(page);
      await page.getByRole("heading", { name: `Hostile ${IMAGE}` }).waitFor();
      await documentPage.panel().waitFor();
      expect(await documentPage.english(1).textContent()).toContain(`${SCRIPT} and an image ${IMAGE}`);
      expect(await documentPage.row(1).locator('[lang="fr"]').textContent()).toContain(SCRIPT);
      await documentPage.issues().getByText(COMMENT).waitFor();
      await documentPage.suggestedText().fill(ENGLISH.split("\n")[0].replace("in the middle", `${IMAGE} twice`));
      const preview = documentPage.panel().getByRole("group", { name: /Preview/ });
      await preview.getByRole("insertion").first().waitFor();
      expect(await preview.textContent()).toContain(`${IMAGE} twice`);

      await page.goto(`/documents/${documentId}/text`);
      expect(await page.getByRole("article").textContent()).toContain(IMAGE);

      expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
      expect(await page.locator("main img, main script").count()).toBe(0);
    });
  });
});
