// The parts of autocannon's API the workspace benchmark uses (the package ships no types).
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  type Request = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
  export type Options = {
    url: string;
    connections?: number;
    amount?: number;
    /** Requests per second per connection (open loop), instead of as fast as answers come. */
    connectionRate?: number;
    timeout?: number;
    requests?: (Request & { setupRequest?: (request: Request) => Request })[];
  };
  type Histogram = { average: number; p50: number; p99: number; total: number };
  export type Result = { requests: Histogram; latency: Histogram; errors: number; timeouts: number; non2xx: number };
  /** Emits "response" (client, statusCode, resBytes, responseTimeMs) for every answer. */
  type Instance = EventEmitter & { /** Ends the run at its next tick; the callback then gets the results so far. */ stop(): void };
  function autocannon(options: Options): Promise<Result>;
  function autocannon(options: Options, done: (error: Error | null, result: Result) => void): Instance;
  export default autocannon;
}
