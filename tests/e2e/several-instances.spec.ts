import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startAppProcess, startWebInstance, type AppProcess, type WebInstance } from "../setup/app-processes";
import { waitFor } from "../setup/wait-for";
import { demoAccount, launchBrowser, signInOverHttp, signInWith } from "./browser";
import { openAppDatabase } from "./pages/app-database";
import { DocumentPage } from "./pages/document-page";
import { POLL } from "./pages/spec-document";
import { SESSION_REUSE_MS } from "@/lib/auth/session-cache";
import { signInAs } from "./pages/sign-in-page";

// Two `next start` instances on one database, as behind a load balancer: A is the suite's server,
// B is started here. Nothing a reviewer relies on may live in one instance's memory. Every process
// of the deployment is one startAppProcess call (tests/setup/app-processes.ts), the worker included.

const a = inject("baseUrl");
let b: WebInstance;
const processes: AppProcess[] = [];
let browser: Browser;
const contexts: BrowserContext[] = [];
let admin: string;

beforeAll(async () => {
  b = await startWebInstance({ name: "instance-b", deployment: inject("deployment") });
  processes.push(b);
  // And one job worker (`npm run worker`) beside the two web instances, which keep running jobs too.
  processes.push(await startAppProcess({ name: "worker", command: ["npm", "run", "worker"], deployment: inject("deployment"), ready: /processing background jobs/ }));
  // The first page a fresh instance serves loads its code: not part of what is tested.
  await (await fetch(`${b.baseUrl}/sign-in`)).arrayBuffer();
  browser = await launchBrowser();
  admin = await signInOverHttp("admin");
});
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
  for (const started of processes.reverse()) await started.stop();
  const { stopQueue } = await import("@/lib/jobs/queue");
  await stopQueue();
  const { getPrisma } = await import("@/lib/db/client");
  await getPrisma().$disconnect();
});

async function call(baseUrl: string, method: string, path: string, cookie: string, body?: unknown): Promise<Response> {
  return fetch(`${baseUrl}${path}`, {
    method,
    headers: { cookie, origin: baseUrl, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    redirect: "manual",
  });
}

async function status(baseUrl: string, method: string, path: string, cookie: string, body?: unknown): Promise<number> {
  const response = await call(baseUrl, method, path, cookie, body);
  await response.arrayBuffer();
  return response.status;
}

async function prisma() {
  const { viewer } = await openAppDatabase(demoAccount("editor").email);
  const { getPrisma } = await import("@/lib/db/client");
  return { viewer, prisma: getPrisma() };
}

describe("two app instances and a worker on one database", () => {
  it("a flag made through instance A reaches a browser connected to instance B without a reload", async () => {
    const { viewer, prisma: db } = await prisma();
    const { importDocument } = await import("@/lib/documents/mutations");
    const title = `Two instances ${crypto.randomUUID().slice(0, 8)}`;
    const { documentId } = await importDocument({
      viewer,
      input: { title, sourceText: "Le chat dort sur le canapé.\n\nLe chien aboie.\n", targetText: "The cat sleeps on the sofa.\n\nThe dog barks.\n", allowLanguageMismatch: true },
    });
    const segment = await db.segment.findFirstOrThrow({ where: { documentId, position: 0 }, select: { id: true, version: true } });

    const context = await browser.newContext({ baseURL: b.baseUrl, viewport: { width: 1400, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    let navigations = 0;
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) navigations += 1;
    });
    await signInAs(page, "translator");
    await page.goto(`/documents/${documentId}`);
    await page.getByRole("heading", { name: title }).waitFor();
    const documentPage = new DocumentPage(page);
    await documentPage.ready();
    const loadedAfter = navigations;

    const editor = await signInWith(demoAccount("editor").email, demoAccount("editor").password);
    const flagged = await status(a, "POST", "/api/issues", editor, {
      segmentId: segment.id, segmentVersion: segment.version, targetStart: 4, targetEnd: 7, category: "accuracy_mistranslation", severity: "major", comment: "Through A",
    });
    expect(flagged).toBe(201);

    const { name: editorName } = await db.user.findUniqueOrThrow({ where: { email: demoAccount("editor").email }, select: { name: true } });
    const row = documentPage.row(1);
    await expect.poll(() => row.getByText("1 open issue").count(), POLL).toBe(1);
    await expect.poll(() => row.getByText(`updated by ${editorName}`).count(), POLL).toBe(1);
    expect(navigations).toBe(loadedAfter);
  }, 120_000);

  it("a deactivation or a role change made on A applies on B as soon as B hears of it, well inside the reuse window", async () => {
    // Each round: a fresh translator whose session B has just verified (and so remembers), then the change on A.
    const fresh = async (label: string) => {
      const email = `instances-${label}-${Date.now()}@example.test`;
      const response = await call(a, "POST", "/api/users", admin, { email, name: `Instances ${label}`, role: "translator" });
      expect(response.status).toBe(201);
      const { user, password } = (await response.json()) as { user: { id: string }; password: string };
      const cookie = await signInWith(email, password);
      expect(await status(b.baseUrl, "GET", "/api/documents", cookie)).toBe(200);
      expect(await status(b.baseUrl, "GET", "/api/users", cookie)).toBe(403);
      return { id: user.id, cookie };
    };
    // B hears of the change through NOTIFY, which a loaded machine may deliver a moment after the next request
    // leaves: B must apply it well inside the reuse window (SESSION_REUSE_MS), which without NOTIFY it could not.
    const WELL_INSIDE_REUSE = { timeout: SESSION_REUSE_MS - 1_000, interval: 50 };
    for (let round = 0; round < 3; round += 1) {
      const deactivated = await fresh(`deactivate-${round}`);
      expect(await status(a, "POST", `/api/users/${deactivated.id}/deactivate`, admin, { reason: "Left the desk" })).toBe(200);
      await expect.poll(() => status(b.baseUrl, "GET", "/api/documents", deactivated.cookie), WELL_INSIDE_REUSE).toBe(401);

      const promoted = await fresh(`promote-${round}`);
      expect(await status(a, "PATCH", `/api/users/${promoted.id}`, admin, { role: "admin" })).toBe(200);
      await expect.poll(() => status(b.baseUrl, "GET", "/api/users", promoted.cookie), WELL_INSIDE_REUSE).toBe(200);
    }
  }, 120_000);

  it("runs every import job and every QA job exactly once while both instances and a worker run jobs", async () => {
    const { viewer, prisma: db } = await prisma();
    const { startImportJob } = await import("@/lib/documents/import-job");
    const run = crypto.randomUUID().slice(0, 8);
    const jobIds: string[] = [];
    for (let n = 0; n < 6; n += 1) {
      const input = {
        title: `Jobs ${run} ${n}`,
        sourceText: `Le rapport numéro ${n} est publié.\n\nLe bureau de Genève le commente.\n`,
        targetText: `Report number ${n} is published.\n\nThe Geneva office comments on it.\n`,
        allowLanguageMismatch: true,
      };
      jobIds.push((await startImportJob({ viewer, input })).jobId);
    }
    const imports = await waitFor(
      () => db.importJob.findMany({ where: { id: { in: jobIds } }, select: { id: true, status: true, documentId: true, error: true } }),
      (rows) => rows.every((row) => row.status === "succeeded" || row.status === "failed"),
      60_000,
    );
    expect(imports.map((row) => [row.status, row.error])).toEqual(jobIds.map(() => ["succeeded", null]));
    const documentIds = imports.map((row) => row.documentId!);
    expect(await db.document.count({ where: { title: { startsWith: `Jobs ${run} ` } } })).toBe(6);
    const importEvents = await db.historyEvent.findMany({ where: { action: "document.import", documentId: { in: documentIds } }, select: { after: true } });
    expect(importEvents.map((event) => (event.after as { importJobId: string }).importJobId).sort()).toEqual([...jobIds].sort());

    // Each import queues one QA run of its document; each pg-boss job ran once and completed.
    const jobsOf = (queue: string) =>
      db.$queryRaw<{ key: string; state: string; slot: Date | null }[]>`
        SELECT coalesce(data->>'importJobId', data->>'documentId') AS key, state::text AS state, singleton_on AS slot FROM pgboss.job WHERE name = ${queue}
          AND coalesce(data->>'importJobId', data->>'documentId') = ANY(${[...jobIds, ...documentIds]}::text[])
        UNION ALL
        SELECT coalesce(data->>'importJobId', data->>'documentId'), state::text, singleton_on FROM pgboss.archive WHERE name = ${queue}
          AND coalesce(data->>'importJobId', data->>'documentId') = ANY(${[...jobIds, ...documentIds]}::text[])`;
    const importJobs = await jobsOf("import-document");
    expect(importJobs.map((job) => `${job.key} ${job.state}`).sort()).toEqual(jobIds.map((id) => `${id} completed`).sort());
    const qaJobs = await waitFor(() => jobsOf("qa-document"), (jobs) => jobs.length >= 6 && jobs.every((job) => job.state === "completed"), 60_000);
    expect(qaJobs.map((job) => `${job.key} ${job.state}`).sort()).toEqual(documentIds.map((id) => `${id} completed`).sort());

    // Edits through both instances at once: the debounced document-wide run is queued at most once per slot, not once per instance.
    const editor = await signInWith(demoAccount("editor").email, demoAccount("editor").password);
    const [documentId] = documentIds;
    const edit = async (baseUrl: string, position: number) => {
      const segment = await db.segment.findFirstOrThrow({ where: { documentId, position }, select: { id: true, version: true, currentText: true } });
      return status(baseUrl, "PATCH", `/api/segments/${segment.id}`, editor, { baseVersion: segment.version, text: `${segment.currentText} (edited)`, note: "Two instances" });
    };
    expect(await Promise.all([edit(a, 0), edit(b.baseUrl, 1)])).toEqual([200, 200]);
    expect(await Promise.all([edit(b.baseUrl, 0), edit(a, 1)])).toEqual([200, 200]);
    const afterEdits = await waitFor(
      () => jobsOf("qa-document").then((jobs) => jobs.filter((job) => job.key === documentId && job.slot !== null)),
      (jobs) => jobs.length > 0 && jobs.every((job) => job.state === "completed"),
      60_000,
    );
    expect(afterEdits.length).toBeGreaterThan(0);
    expect(afterEdits.every((job) => job.state === "completed")).toBe(true);
    expect(new Set(afterEdits.map((job) => job.slot!.toISOString())).size).toBe(afterEdits.length);
  }, 180_000);
});
