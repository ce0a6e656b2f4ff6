import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { DEMO_DOCUMENT_KEY, seedDemo } from "@/lib/demo/seed";
import { verifyPassword } from "@/lib/auth/password";

describe("the demo seed", () => {
  it("creates three demo accounts with hashed random passwords and imports the article once", async () => {
    const first = await seedDemo();
    const second = await seedDemo();
    const prisma = getPrisma();
    expect(first.accounts.map((a) => a.role).sort()).toEqual(["admin", "editor", "translator"]);
    expect(first.importedDocument).toBe(true);
    expect(second).toEqual({ accounts: [], importedDocument: false });
    expect(await prisma.document.count({ where: { seedKey: DEMO_DOCUMENT_KEY } })).toBe(1);
    for (const account of first.accounts) {
      const stored = await prisma.account.findFirstOrThrow({ where: { user: { email: account.email } }, select: { password: true } });
      expect(stored.password).toMatch(/^\$argon2id\$/);
      expect(stored.password).not.toContain(account.password);
      expect(await verifyPassword(stored.password!, account.password)).toBe(true);
    }
  });

  it("aligns the article: the adaptation's closing note is 0-1 and the long French sentence is 1-2", async () => {
    await seedDemo();
    const document = await getPrisma().document.findUniqueOrThrow({
      where: { seedKey: DEMO_DOCUMENT_KEY },
      select: { provenance: true, segments: { orderBy: { position: "asc" }, select: { sourceText: true, publishedText: true, kind: true } } },
    });
    expect(document.provenance).toMatch(/French source reconstructed for this demo/);
    const segments = document.segments;
    expect(segments[0].sourceText).toMatch(/l’offensive israélienne contre Gaza|l'offensive israélienne contre Gaza/);
    expect(segments[0].publishedText).toMatch(/in the attack on Israel\.$/);
    expect(segments.at(-1)).toMatchObject({ kind: "0-1", sourceText: "", publishedText: "*This article was adapted from its original in French" });
    const everyWeek = segments.find((s) => s.publishedText.startsWith("Every week"));
    expect(everyWeek).toMatchObject({ kind: "1-2", sourceText: expect.stringMatching(/^Chaque semaine/) });
    expect(everyWeek?.publishedText).toMatch(/Protesters who rebel/);
  });

  it("pre-flags the reversed 'attack on Israel', and the article's two other reversals, with automatic role-reversal findings", async () => {
    await seedDemo();
    const findings = await getPrisma().finding.findMany({
      where: { document: { seedKey: DEMO_DOCUMENT_KEY }, checkId: "role-reversal", status: "open" },
      select: { targetStart: true, targetEnd: true, segment: { select: { position: true, publishedText: true } } },
    });
    const flagged = findings
      .map((finding) => [finding.segment.position, finding.segment.publishedText.slice(finding.targetStart!, finding.targetEnd!)] as const)
      .sort(([a], [b]) => a - b);
    // "l'offensive israélienne", "L'ONU prend ses distances", "mouvement de boycott d'Israël" (issue 12).
    expect(flagged).toEqual([[0, "attack on Israel"], [9, "Distancing yourself from the UN"], [11, "boycott of the Israeli movement"]]);
  });
});
