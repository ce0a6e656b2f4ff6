import type { CheckResult, DocumentStats, QaOptions, SegmentPair } from "./types";

/**
 * Distinct pairs per page of segment checks. Small, so the last pages are shared out evenly
 * between the threads (a page is 20–100 ms of checks).
 */
export const CHECK_PAGE = 16;

/**
 * Segment checks shared by the calling thread and the grammar threads (decision 028): each thread
 * claims the next page with one atomic add on `next` (a SharedArrayBuffer, so a thread busy with
 * its own pages never has to answer a message) and checks it with `options`.
 */
export type CheckPages = { pairs: SegmentPair[]; options: QaOptions & { documentStats: DocumentStats }; next: Int32Array };

export function newCheckPages(pairs: SegmentPair[], options: CheckPages["options"]): CheckPages {
  return { pairs, options, next: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)) };
}

export const pageCount = (pages: CheckPages) => Math.ceil(pages.pairs.length / CHECK_PAGE);

/** The next page no thread has claimed (claimed now by the caller), or null when none is left. */
export function claimPage(pages: CheckPages): number | null {
  const page = Atomics.add(pages.next, 0, 1);
  return page < pageCount(pages) ? page : null;
}

/** Pages claimed so far, by any thread. */
export const claimedPages = (pages: CheckPages) => Math.min(Atomics.load(pages.next, 0), pageCount(pages));

/** Checks the claimed `page` with `check` (runSegmentChecks): one list of findings per pair. */
export function checkPage(pages: CheckPages, page: number, check: (pair: SegmentPair, options: CheckPages["options"]) => CheckResult[]): CheckResult[][] {
  return pages.pairs.slice(page * CHECK_PAGE, (page + 1) * CHECK_PAGE).map((pair) => check(pair, pages.options));
}
