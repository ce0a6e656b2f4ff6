import { readdirSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { readBilingualOffThread } from "@/lib/documents/bilingual-worker";
import { checkDocumentOffThread, stopChecksThread } from "@/lib/qa/checks-worker";
import { BACKGROUND_NICE } from "@/lib/thread-priority";

afterAll(() => stopChecksThread());

/** Each thread of this process (Linux /proc): its id and nice value (field 19 of its stat line). */
function threadNices(): { tid: number; nice: number }[] {
  return readdirSync("/proc/self/task").map((tid) => {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
    // Fields after the command name, which is in parentheses and may hold spaces: state is field 3.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { tid: Number(tid), nice: Number(fields[19 - 3]) };
  });
}

const backgroundThreads = () => threadNices().filter((thread) => thread.nice === BACKGROUND_NICE).length;
const mainThreadNice = () => threadNices().find((thread) => thread.tid === process.pid)!.nice;

const xliff = (count: number) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2"><file source-language="fr" target-language="en" original="a" datatype="plaintext"><body>\n` +
  Array.from({ length: count }, (_, i) => `<trans-unit id="u${i}"><source>Le conseil municipal numéro ${i} a voté ${i * 3} mesures nouvelles.</source><target>Council number ${i} voted ${i * 3} new measures.</target></trans-unit>\n`).join("") +
  "</body></file></xliff>\n";

describe("background threads run at the lowest CPU priority, the main thread keeps its own", () => {
  it("a bilingual file's parse thread runs at nice 19 while it reads", async () => {
    const bytes = new TextEncoder().encode(xliff(3000));
    expect(bytes.length).toBeGreaterThan(256 * 1024);
    const before = backgroundThreads();
    const seen: number[] = [];
    await readBilingualOffThread({ fileName: "a.xlf", format: "xliff", maxBytes: bytes.length, maxUnits: 10_000, bytes }, async () => {
      seen.push(backgroundThreads() - before);
    });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.every((count) => count === 1)).toBe(true);
    expect(mainThreadNice()).toBe(0);
  });

  it("the QA thread runs at nice 19", async () => {
    const before = backgroundThreads();
    // The length statistics start the thread without building its checkers (seconds of CPU).
    await checkDocumentOffThread([{ id: "s1", source: "Le conseil a voté.", target: "The council voted." }], {}, "stats");
    expect(backgroundThreads() - before).toBe(1);
    expect(mainThreadNice()).toBe(0);
    await stopChecksThread();
    expect(backgroundThreads()).toBe(before);
  }, 30_000);
});
