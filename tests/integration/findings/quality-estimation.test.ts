import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { refreshDocumentFindings } from "@/lib/findings/mutations";
import { stopQueue } from "@/lib/jobs/queue";
import { createQaDocument } from "@/tests/factories/findings";
import { createUser } from "@/tests/factories/users";
import { prepareChecks } from "@/lib/qa/run-checks";
import { prepareChecksOffThread } from "@/lib/qa/checks-worker";

type Mode = "good" | "slow" | "invalid-json" | "http-error";
let mode: Mode = "good";
const requests: Array<{ authorization?: string; body: { model: string; messages: Array<{ role: string; content: string }> } }> = [];

const GOOD_ANSWER = {
  errors: [
    { id: "1", target_span: "village", source_span: "ville", category: "Accuracy/Mistranslation", severity: "major", explanation: "“ville” is a town or city, not a village." },
    // Not in the text: the model's invention, dropped.
    { id: "1", target_span: "the attack on Mars", source_span: "", category: "accuracy/mistranslation", severity: "critical", explanation: "Invented." },
    // No such pair.
    { id: "7", target_span: "army", category: "style", severity: "minor" },
  ],
};

function completion(content: string) {
  return JSON.stringify({ id: "stub", object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }] });
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

// A local stand-in for an OpenAI-compatible endpoint (Ollama, vLLM…), on 127.0.0.1 only.
const server: Server = createServer(async (request, response) => {
  const body = JSON.parse(await readBody(request));
  requests.push({ authorization: request.headers.authorization, body });
  if (request.url !== "/v1/chat/completions") return void response.writeHead(404).end("not found");
  if (mode === "http-error") return void response.writeHead(500, { "content-type": "text/plain" }).end("model not loaded");
  // Never answers: the client's own timeout must end the call (afterAll closes the connection).
  if (mode === "slow") return;
  const content = mode === "invalid-json" ? "Sure! Here are the errors: village" : JSON.stringify(GOOD_ANSWER);
  if (!response.destroyed) response.writeHead(200, { "content-type": "application/json" }).end(completion(content));
});

const SAVED = { ...process.env };
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});
afterEach(() => {
  for (const name of ["RECTO_QE_URL", "RECTO_QE_MODEL", "RECTO_QE_API_KEY", "RECTO_QE_TIMEOUT_MS"]) {
    if (SAVED[name] === undefined) delete process.env[name];
    else process.env[name] = SAVED[name];
  }
  requests.length = 0;
  mode = "good";
});
// The grammar checker loads once per process (seconds of CPU): not inside the first test's time.
// Both: one-segment refreshes check on this thread, document runs in the QA thread.
beforeAll(() => Promise.all([prepareChecks(), prepareChecksOffThread()]), 180_000);
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await stopQueue();
});

function configure(timeoutMs = 10_000) {
  process.env.RECTO_QE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  process.env.RECTO_QE_MODEL = "stub-model";
  process.env.RECTO_QE_API_KEY = "test-key";
  process.env.RECTO_QE_TIMEOUT_MS = String(timeoutMs);
}

const PAIRS = [
  { source: "L'armée a bombardé la ville mardi.", target: "The army bombed the village on Tuesday." },
  { source: "Au moins 1 400 personnes ont été tuées.", target: "At least 1,500 people were killed." },
];

async function setUp() {
  const editor = await createUser({ role: "editor" });
  return createQaDocument({ createdById: editor.id, pairs: PAIRS });
}

const findingsOf = (documentId: string) =>
  getPrisma().finding.findMany({
    where: { documentId }, orderBy: { checkId: "asc" },
    select: { checkId: true, category: true, severity: true, message: true, targetStart: true, targetEnd: true, sourceStart: true, sourceEnd: true, status: true },
  });

// The first refresh of a file sets up its database connection: slow on the shared 2-core machine.
describe("the optional quality-estimation provider", { timeout: 90_000 }, () => {
  it("is never called when RECTO_QE_URL is unset", async () => {
    const { documentId } = await setUp();
    const result = await refreshDocumentFindings({ documentId });
    expect(result).toEqual({ openCount: 1 });
    expect(requests).toEqual([]);
    expect((await findingsOf(documentId)).map((finding) => finding.checkId)).toEqual(["number-mismatch"]);
  });

  it("stores its findings marked as its own, with spans checked against the text", async () => {
    configure();
    const { documentId } = await setUp();
    const result = await refreshDocumentFindings({ documentId });
    expect(result?.qualityEstimation).toEqual({ status: "done", findings: 1, dropped: 2 });
    expect(requests).toHaveLength(1);
    expect(requests[0].authorization).toBe("Bearer test-key");
    expect(requests[0].body.model).toBe("stub-model");
    expect(requests[0].body.messages.at(-1)!.content).toContain("The army bombed the village on Tuesday.");
    const qe = (await findingsOf(documentId)).filter((finding) => finding.checkId === "llm-qe");
    expect(qe).toHaveLength(1);
    expect(qe[0]).toMatchObject({ category: "accuracy_mistranslation", severity: "major", status: "open" });
    expect(qe[0].message).toBe("Quality-estimation model stub-model: “ville” is a town or city, not a village.");
    expect(PAIRS[0].target.slice(qe[0].targetStart!, qe[0].targetEnd!)).toBe("village");
    expect(PAIRS[0].source.slice(qe[0].sourceStart!, qe[0].sourceEnd!)).toBe("ville");
  });

  it.each([
    ["http-error", 10_000, /answered HTTP 500: model not loaded/],
    ["slow", 300, /no answer within 300 ms \(RECTO_QE_TIMEOUT_MS\)/],
    ["invalid-json", 10_000, /not JSON: Sure! Here are the errors/],
  ] as const)("when the provider fails (%s), the QA run completes, says why, and keeps the stored QE findings", async (failure, timeoutMs, reason) => {
    configure();
    const { documentId } = await setUp();
    await refreshDocumentFindings({ documentId });
    mode = failure;
    configure(timeoutMs);
    const result = await refreshDocumentFindings({ documentId });
    expect(result?.qualityEstimation).toEqual({ status: "skipped", reason: expect.stringMatching(reason) });
    expect((await findingsOf(documentId)).map((finding) => finding.checkId)).toEqual(["llm-qe", "number-mismatch"]);
  });

  it("says why when the provider is unreachable", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    configure();
    process.env.RECTO_QE_URL = `http://127.0.0.1:${port}/v1`;
    const { documentId } = await setUp();
    const result = await refreshDocumentFindings({ documentId });
    expect(result?.qualityEstimation).toEqual({ status: "skipped", reason: `could not reach http://127.0.0.1:${port}/v1: ECONNREFUSED` });
    expect((await findingsOf(documentId)).map((finding) => finding.checkId)).toEqual(["number-mismatch"]);
  });

  it("is not asked when the document turned llm-qe off", async () => {
    configure();
    const editor = await createUser({ role: "editor" });
    const { documentId } = await createQaDocument({ createdById: editor.id, pairs: PAIRS, disabledChecks: ["llm-qe"] });
    expect(await refreshDocumentFindings({ documentId })).toEqual({ openCount: 1 });
    expect(requests).toEqual([]);
  });
});
