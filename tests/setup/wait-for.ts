import { vi } from "vitest";

/**
 * Reads until `isDone` holds or `timeoutMs` passes (vi.waitFor), and returns the last value read:
 * for results of background jobs, which a test cannot await. The caller asserts on the value, so a
 * timeout fails with what was last seen.
 */
export async function waitFor<T>(read: () => Promise<T>, isDone: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  let last: { value: T } | undefined;
  try {
    return await vi.waitFor(async () => {
      last = { value: await read() };
      if (!isDone(last.value)) throw new Error("not done yet");
      return last.value;
    }, { timeout: timeoutMs, interval: 100 });
  } catch (error) {
    if (!last) throw error;
    return last.value;
  }
}
