import { chromium } from "playwright-core";
import { readEnv } from "@/lib/env";

export type BrowserTiming = {
  /** Navigation start → first segment row visible, per run (ms). */
  firstRowsMs: number[];
  /** The browser's own time to first byte (navigation timing responseStart), per run (ms). */
  browserTtfbMs: number[];
  domRowsAtStart: number;
  /** After jumping to the middle of the document: ms until its rows are loaded, and DOM rows then. */
  jumpMs: number;
  domRowsAfterJump: number;
  /** Frame times while scrolling 300 px per frame for 120 frames (ms). */
  frameP50Ms: number;
  frameP95Ms: number;
};

const ROW = '[role="row"][data-index]';

// A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
const FRAME_TIMES_SCRIPT = `new Promise((resolve) => {
  const times = [];
  let last = performance.now();
  function step(now) {
    times.push(now - last);
    last = now;
    window.scrollBy(0, 300);
    if (times.length < 120) requestAnimationFrame(step);
    else resolve(times.slice(1));
  }
  requestAnimationFrame(step);
})`;

/** Opens the document page in Chromium with the session cookie and times what a reader sees. */
export async function measureInBrowser(baseUrl: string, cookie: string, documentPath: string, runs: number): Promise<BrowserTiming> {
  const browser = await chromium.launch({
    executablePath: readEnv().CHROMIUM_PATH,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addCookies(cookie.split("; ").map((pair) => {
      const [name, ...value] = pair.split("=");
      return { name, value: value.join("="), url: baseUrl };
    }));
    const page = await context.newPage();
    const firstRowsMs: number[] = [];
    const browserTtfbMs: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      await page.goto(`${baseUrl}${documentPath}`, { waitUntil: "commit" });
      await page.locator(`${ROW}[data-index="0"]`).waitFor({ state: "visible" });
      firstRowsMs.push(performance.now() - started);
      browserTtfbMs.push(await page.evaluate(() => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).responseStart));
    }
    await page.waitForLoadState("load");
    const domRowsAtStart = await page.locator(ROW).count();
    const jumpStarted = performance.now();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    await page.waitForFunction((selector) => {
      const rows = document.querySelectorAll(selector);
      return rows.length > 0 && document.querySelectorAll(".segment-row.loading").length === 0 && Number(rows[0].getAttribute("data-index")) > 100;
    }, ROW);
    const jumpMs = performance.now() - jumpStarted;
    const domRowsAfterJump = await page.locator(ROW).count();
    const frames = await page.evaluate<number[]>(FRAME_TIMES_SCRIPT);
    frames.sort((a, b) => a - b);
    return {
      firstRowsMs, browserTtfbMs, domRowsAtStart, jumpMs, domRowsAfterJump,
      frameP50Ms: frames[Math.floor(frames.length * 0.5)], frameP95Ms: frames[Math.floor(frames.length * 0.95)],
    };
  } finally {
    await browser.close();
  }
}
