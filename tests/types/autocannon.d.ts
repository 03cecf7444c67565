// Types for the part of autocannon (a devDependency without its own) that the
// reads benchmark uses (scripts/bench-load.ts): one run against one URL, each
// connection's response headers, each response's time, the summary.
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  /** One connection; emits "headers" with the parser's raw [name, value, …] list. */
  interface Client extends EventEmitter {
    on(event: "headers", listener: (response: { statusCode: number; headers: string[] }) => void): this;
  }

  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    headers?: Record<string, string>;
    method?: string;
    timeout?: number;
    setupClient?: (client: Client) => void;
  };

  type Histogram = { average: number; mean: number; stddev: number; min: number; max: number; total: number; p50: number; p99: number };

  type Result = {
    url: string;
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    resets: number;
    latency: Histogram;
    requests: Histogram & { sent: number };
    throughput: Histogram;
    statusCodeStats: Record<string, { count: number }>;
  };

  interface Instance extends EventEmitter, PromiseLike<Result> {
    on(event: "response", listener: (client: Client, statusCode: number, bytes: number, responseTimeMs: number) => void): this;
    stop(): void;
  }

  function autocannon(options: Options): Instance;
  export default autocannon;
}
