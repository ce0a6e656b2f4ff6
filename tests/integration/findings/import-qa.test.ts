import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { importBilingualFile } from "@/lib/documents/import-bilingual";
import { registerWorkers as registerImportWorkers } from "@/lib/documents/import-bilingual-job";
import { getImportJob } from "@/lib/documents/import-job";
import { registerWorkers } from "@/lib/findings/qa-job";
import { stopQueue } from "@/lib/jobs/queue";
import { listFindings } from "@/tests/factories/findings";
import { createUser } from "@/tests/factories/users";
import { waitFor } from "@/tests/setup/wait-for";

// The route is called directly with a factory-made viewer; everything below the session is real.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ requireApiViewer: async () => session.viewer }));
const { POST } = await import("@/app/api/v1/documents/route");
const bilingualRoute = await import("@/app/(workbench)/import-bilingual/submit/route");

beforeAll(async () => {
  await registerWorkers();
  await registerImportWorkers();
});
afterAll(() => stopQueue());

const FRENCH = "Au moins 1 400 personnes ont été tuées.";
const ENGLISH = "At least 1,500 people were killed.";

const numberMismatches = async (documentId: string) => {
  const findings = await waitFor(() => listFindings(documentId), (rows) => rows.length > 0);
  return findings.filter((finding) => finding.checkId === "number-mismatch");
};

describe("every import path queues the document's automatic QA run", () => {
  it("POST /api/documents", async () => {
    session.viewer = (await createUser({ role: "editor" })).viewer;
    const request = new Request("http://recto.test/api/v1/documents", {
      method: "POST",
      headers: { host: "recto.test", origin: "http://recto.test", "content-type": "application/json" },
      body: JSON.stringify({ title: "Via the API", sourceText: FRENCH, targetText: ENGLISH }),
    });
    const response = await POST(request, undefined as never);
    expect(response.status).toBe(201);
    const { documentId } = (await response.json()) as { documentId: string };
    expect(await numberMismatches(documentId)).toHaveLength(1);
  });

  it("the bilingual import page's upload (a background job)", async () => {
    session.viewer = (await createUser({ role: "editor" })).viewer;
    const tmx = `<tmx version="1.4"><header srclang="fr"/><body><tu><tuv xml:lang="fr"><seg>${FRENCH}</seg></tuv><tuv xml:lang="en"><seg>${ENGLISH}</seg></tuv></tu></body></tmx>`;
    const url = `http://recto.test/import-bilingual/submit?${new URLSearchParams({ title: "Via the page", fileName: "memory.tmx" })}`;
    const response = await bilingualRoute.POST(new Request(url, { method: "POST", headers: { host: "recto.test", origin: "http://recto.test" }, body: tmx }));
    expect(response.status).toBe(202);
    const { jobId } = (await response.json()) as { jobId: string };
    const job = await waitFor(() => getImportJob({ viewer: session.viewer!, jobId }), (row) => row.documentId !== null || row.status === "failed");
    expect(job).toMatchObject({ status: "succeeded" });
    expect(await numberMismatches(job.documentId!)).toHaveLength(1);
  });

  it("a bilingual file (the CLI's use case)", async () => {
    const { viewer } = await createUser({ role: "editor" });
    const csv = `source,target\n"${FRENCH}","${ENGLISH}"\n`;
    const { documentId } = await importBilingualFile({ viewer, input: { title: "Via a CSV", fileName: "pairs.csv", bytes: new TextEncoder().encode(csv) } });
    expect(await numberMismatches(documentId)).toHaveLength(1);
  });
});
