import type { Page } from "playwright-core";

export class ReviewQueuePage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto("/review");
    await this.page.getByRole("heading", { name: "Review queue" }).waitFor();
  }

  /** One queue entry, named "Suggestion by <author> on segment <n> of <title>". */
  item(segmentNumber: number, title: RegExp) {
    return this.page.getByRole("listitem", { name: new RegExp(`on segment ${segmentNumber} of ${title.source}`) });
  }

  approveButton(item: ReturnType<ReviewQueuePage["item"]>) {
    return item.getByRole("button", { name: "Approve", exact: true });
  }

  /** The queue's status line: results of approvals, rejections and batches. */
  status() {
    return this.page.getByRole("region", { name: "Batch approval" }).getByRole("status");
  }
}
