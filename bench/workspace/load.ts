import autocannon, { type Result } from "autocannon";
import { createRandom } from "../qa/random";

export type LoadResult = {
  name: string;
  requests: number;
  errors: number;
  non2xx: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** p99 of each run, when the line is the median of several. */
  p99Runs?: number[];
  /** reviewersTest only: each counted answer, when it arrived (performance.now()) and its latency. */
  answers?: Array<{ at: number; ms: number }>;
};

type Shape = {
  name: string;
  url: string;
  method: "GET" | "POST";
  /** One session cookie per reviewer; request i goes out as reviewer i mod cookies.length. */
  cookies: string[];
  /** Fresh body for request i (a different segment each time, so requests do not all queue on one row lock). */
  body?: (i: number) => unknown;
  path?: (i: number) => string;
};

function requestFor(options: Shape, next: () => number) {
  const origin = new URL(options.url).origin;
  return {
    method: options.method,
    headers: { origin, "content-type": "application/json" },
    setupRequest: (request: { headers?: Record<string, string> }) => {
      const i = next();
      return {
        ...request,
        headers: { ...request.headers, cookie: options.cookies[i % options.cookies.length] },
        ...(options.path ? { path: options.path(i) } : {}),
        ...(options.body ? { body: JSON.stringify(options.body(i)) } : {}),
      };
    },
  };
}

/**
 * Flood: `amount` requests from `connections` connections (50 unless told otherwise) on loopback, each sent
 * as soon as the previous answer arrives. Measures capacity: with every client always waiting,
 * latency ≈ connections ÷ throughput.
 */
export async function floodTest(options: Shape & { amount: number; connections?: number }): Promise<LoadResult> {
  let counter = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections ?? 50,
    amount: options.amount,
    timeout: 30,
    requests: [requestFor(options, () => counter++)],
  });
  return {
    name: options.name,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
  };
}

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * Reviewers at work: one autocannon client per reviewer (own session, own connection), each sending one
 * request per second. Each client starts at a random (seeded) moment within the first second, so
 * requests arrive spread out as they would from people, not in one burst per second as with a single
 * autocannon run's `connectionRate` (all its connections tick together). Each client's first
 * `rampUpRequests` answers are left out (all 50 connections and session look-ups start in the same
 * second, which people signing in over a morning never do); p50/p99 are computed from every other
 * response time over the next `seconds` seconds, not averaged over clients. With `until`, the clients
 * stop when it settles instead, after at most `seconds` (so a window can cover work of unknown length).
 */
export async function reviewersTest(options: Shape & { seconds: number; rampUpRequests: number; seed: number; until?: Promise<unknown> }): Promise<LoadResult> {
  const random = createRandom(options.seed);
  const latencies: number[] = [];
  const answers: Array<{ at: number; ms: number }> = [];
  let counter = 0;
  let allAnswers = 0;
  const started = performance.now();
  const stops: Array<() => void> = [];
  let stopped = false;
  void options.until?.finally(() => {
    stopped = true;
    for (const stop of stops) stop();
  });
  const runs = options.cookies.map(
    (cookie) =>
      new Promise<Result>((resolve, reject) => {
        setTimeout(() => {
          const instance = autocannon(
            {
              url: options.url,
              connections: 1,
              connectionRate: 1,
              amount: options.rampUpRequests + options.seconds,
              timeout: 30,
              requests: [requestFor({ ...options, cookies: [cookie] }, () => counter++)],
            },
            (error, result) => (error ? reject(error) : resolve(result)),
          );
          stops.push(() => instance.stop());
          if (stopped) instance.stop();
          let answered = 0;
          instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
            answered += 1;
            allAnswers += 1;
            if (answered > options.rampUpRequests) {
              latencies.push(responseTime);
              answers.push({ at: performance.now(), ms: responseTime });
            }
          });
        }, random.next() * 1000);
      }),
  );
  const results = await Promise.all(runs);
  const elapsedSeconds = (performance.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  return {
    name: options.name,
    requests: sorted.length,
    errors: results.reduce((sum, result) => sum + result.errors + result.timeouts, 0),
    non2xx: results.reduce((sum, result) => sum + result.non2xx, 0),
    requestsPerSecond: allAnswers / elapsedSeconds,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    answers,
  };
}
