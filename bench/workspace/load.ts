import autocannon from "autocannon";

export type LoadResult = { name: string; requests: number; errors: number; non2xx: number; requestsPerSecond: number; p50Ms: number; p99Ms: number };

/**
 * `amount` requests from 50 concurrent connections (unless told otherwise) on loopback, each body made fresh by
 * `body(i)` (a different segment each time, so requests do not all queue on one row lock).
 */
export async function loadTest(options: {
  name: string;
  url: string;
  cookie: string;
  method: "GET" | "POST";
  amount: number;
  connections?: number;
  /** Each connection sends this many requests per second, like a person working, not a flood. */
  connectionRate?: number;
  body?: (i: number) => unknown;
  path?: (i: number) => string;
}): Promise<LoadResult> {
  let counter = 0;
  const origin = new URL(options.url).origin;
  const result = await autocannon({
    url: options.url,
    connections: options.connections ?? 50,
    amount: options.amount,
    ...(options.connectionRate ? { connectionRate: options.connectionRate } : {}),
    timeout: 30,
    requests: [
      {
        method: options.method,
        headers: { cookie: options.cookie, origin, "content-type": "application/json" },
        setupRequest: (request) => {
          const i = counter++;
          return {
            ...request,
            ...(options.path ? { path: options.path(i) } : {}),
            ...(options.body ? { body: JSON.stringify(options.body(i)) } : {}),
          };
        },
      },
    ],
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
