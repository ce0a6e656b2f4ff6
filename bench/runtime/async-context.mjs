// AsyncLocalStorage's cost on promise-heavy code, as a request handler sees it (Next.js keeps
// each request's context in one): the same await loop without a store, then inside als.run with
// a read per iteration. CPU milliseconds; run by each Node under test (bench/runtime/index.ts).
import { AsyncLocalStorage } from "node:async_hooks";

const ITERATIONS = Number(process.argv[2] ?? 300_000);
const storage = new AsyncLocalStorage();

async function step(value) {
  await null;
  return Promise.resolve(value);
}

async function loop(readStore) {
  let sum = 0;
  for (let index = 0; index < ITERATIONS; index++) {
    sum += await step(index);
    if (readStore) storage.getStore();
  }
  return sum;
}

function cpuMilliseconds() {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

async function timed(body) {
  const started = cpuMilliseconds();
  await body();
  return cpuMilliseconds() - started;
}

await loop(false); // warm-up, before any store exists (on Node 20 a store turns promise hooks on for good)
const plain = await timed(() => loop(false));
const withStore = await timed(() => storage.run({ requestId: "bench" }, () => loop(true)));
console.log(JSON.stringify({ iterations: ITERATIONS, plainMs: plain, storeMs: withStore }));
