import { readFileSync } from "node:fs";
import type { Worker } from "node:worker_threads";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { alignTexts, type AlignOptions } from "@/lib/align/align";
import { alignTextsOffThread, OFF_THREAD_MIN_CHARS } from "@/lib/align/align-worker";
import { generateSyntheticBook } from "@/bench/align/synthetic-book";

// The real Worker, recorded: proves which calls ran in a thread and that each thread has ended.
const started = vi.hoisted((): Worker[] => []);
vi.mock("node:worker_threads", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:worker_threads")>();
  class RecordedWorker extends actual.Worker {
    constructor(...args: ConstructorParameters<typeof actual.Worker>) {
      super(...args);
      started.push(this);
    }
  }
  return { ...actual, Worker: RecordedWorker };
});

const FR_EN: AlignOptions = { sourceLanguage: "fr", targetLanguage: "en" };
const demoSource = readFileSync("prisma/demo/mokhiber-resignation.fr.txt", "utf8");
const demoTarget = readFileSync("prisma/demo/mokhiber-resignation.en.txt", "utf8");
/** The demo article three times over: past the threshold, so it goes to a thread. */
const tripleSource = [demoSource, demoSource, demoSource].join("\n\n");
const tripleTarget = [demoTarget, demoTarget, demoTarget].join("\n\n");
/** A worker's threadId is -1 once its thread has stopped. */
const isEnded = (worker: Worker) => worker.threadId === -1;

let book: { sourceText: string; targetText: string };
beforeAll(() => {
  // About 20,000 sentences a side (3 MB): long enough for the event loop to turn many times meanwhile.
  book = generateSyntheticBook(20_000);
});
beforeEach(() => {
  started.length = 0;
});

describe("alignTextsOffThread", () => {
  it("aligns the demo article on the calling thread, as alignTexts does", async () => {
    expect(demoSource.length + demoTarget.length).toBeLessThan(OFF_THREAD_MIN_CHARS);
    expect(await alignTextsOffThread(demoSource, demoTarget, FR_EN)).toEqual(alignTexts(demoSource, demoTarget, FR_EN));
    expect(started).toHaveLength(0);
  });

  it("aligns the demo article three times over in a thread, as alignTexts does", async () => {
    expect(tripleSource.length + tripleTarget.length).toBeGreaterThanOrEqual(OFF_THREAD_MIN_CHARS);
    expect(await alignTextsOffThread(tripleSource, tripleTarget, FR_EN)).toEqual(alignTexts(tripleSource, tripleTarget, FR_EN));
    expect(started).toHaveLength(1);
    expect(isEnded(started[0])).toBe(true);
  });

  it("aligns a generated book in a thread, as alignTexts does", async () => {
    const offThread = await alignTextsOffThread(book.sourceText, book.targetText);
    expect(started).toHaveLength(1);
    expect(isEnded(started[0])).toBe(true);
    expect(offThread.segments.length).toBeGreaterThan(19_000);
    expect(offThread).toEqual(alignTexts(book.sourceText, book.targetText));
  }, 60_000);

  it("keeps the event loop turning while it aligns a book", async () => {
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 1);
    try {
      await alignTextsOffThread(book.sourceText, book.targetText);
    } finally {
      clearInterval(ticker);
    }
    // Aligning on the calling thread leaves no turn at all: the interval cannot fire before the await returns.
    expect(ticks).toBeGreaterThanOrEqual(10);
  }, 60_000);

  it("rejects with the thread's error, and ends the thread, when alignment throws there", async () => {
    const badOptions = null as unknown as AlignOptions;
    await expect(alignTextsOffThread(book.sourceText, book.targetText, badOptions)).rejects.toThrow(
      /^Sentence alignment failed in its worker thread: Cannot read properties of null \(reading 'sourceLanguage'\)$/,
    );
    expect(started).toHaveLength(1);
    expect(isEnded(started[0])).toBe(true);
  }, 60_000);
});
