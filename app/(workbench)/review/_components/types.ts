/** A line for the queue's status region: results of approvals, rejections and batches. */
export type QueueMessage = { text: string; isError: boolean };
