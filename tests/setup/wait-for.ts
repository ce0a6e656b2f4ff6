/**
 * Reads until `isDone` holds or `timeoutMs` passes, and returns the last value read: for results of
 * background jobs, which a test cannot await. The caller asserts on the value, so a timeout fails
 * with what was last seen.
 */
export async function waitFor<T>(read: () => Promise<T>, isDone: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!isDone(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}
