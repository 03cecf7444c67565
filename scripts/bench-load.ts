// Load measurement for the reads benchmark (scripts/bench.ts): autocannon
// against one URL after one warm-up request, the time of every response,
// a tally of one response header (Content-Encoding, X-Cache-Status), and the
// CPU milliseconds per request spent by server process trees, read from
// /proc/<pid>/stat before and after (Linux only).
import autocannon from "autocannon";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import { parseProcStat, treeTicks, type ProcStat } from "@/scripts/bench-parse";

/** What a browser asks for; the server answers with a precompressed body. */
export const BROWSER_HEADERS = { "accept-encoding": "gzip, br" };

export const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

export type Fetched = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** One GET with exactly `headers` (none: the server answers uncompressed); the body as sent. */
export function httpGet(url: string, headers: Record<string, string> = {}): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

function procStats(): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      stats.push(parseProcStat(readFileSync(`/proc/${name}/stat`, "utf8")));
    } catch {
      // the process ended between listing and reading
    }
  }
  return stats;
}

let clockTicks: number | undefined;
/** `getconf CLK_TCK`: the unit of /proc/<pid>/stat's CPU times (usually 100 per second). */
export function clockTicksPerSecond(): number {
  if (clockTicks === undefined) {
    const out = spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout?.trim();
    clockTicks = Number(out) > 0 ? Number(out) : 100;
  }
  return clockTicks;
}

export type LoadOptions = {
  url: string;
  seconds: number;
  connections: number;
  headers?: Record<string, string>;
  /** Process trees to charge CPU time to, by label: { sapo: pid, nginx: pid }. */
  cpuOf?: Record<string, number>;
  /** A response header whose values are counted (lower case). */
  tally?: string;
};

export type LoadResult = {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** Failed connections, timeouts and non-2xx answers. */
  errors: number;
  bytesPerResponse: number;
  cpuMsPerRequest: Record<string, number>;
  /** Header value (or "none") → responses. */
  tally: Record<string, number>;
  warmUp: Fetched;
};

/** One warm-up request, then `connections` connections for `seconds`. */
export async function measure(o: LoadOptions): Promise<LoadResult> {
  const headers = o.headers ?? BROWSER_HEADERS;
  const warmUp = await httpGet(o.url, headers);
  if (warmUp.status !== 200) throw new Error(`${o.url} answered ${warmUp.status}`);
  const tally: Record<string, number> = {};
  // autocannon's own histogram keeps whole milliseconds; each response's
  // time (a float) is kept here instead so sub-millisecond answers show.
  const times: number[] = [];
  const before = procStats();
  const instance = autocannon({
    url: o.url,
    connections: o.connections,
    duration: o.seconds,
    headers,
    setupClient: (client) => {
      if (!o.tally) return;
      client.on("headers", ({ headers: raw }) => {
        let value = "none";
        for (let i = 0; i < raw.length; i += 2) if (raw[i].toLowerCase() === o.tally) value = raw[i + 1];
        tally[value] = (tally[value] ?? 0) + 1;
      });
    },
  });
  instance.on("response", (_client, _status, _bytes, ms) => times.push(ms));
  const result = await instance;
  const after = procStats();
  const requests = result.requests.total;
  const cpuMsPerRequest: Record<string, number> = {};
  for (const [label, pid] of Object.entries(o.cpuOf ?? {})) {
    const ticks = treeTicks(after, pid) - treeTicks(before, pid);
    cpuMsPerRequest[label] = requests ? ((ticks / clockTicksPerSecond()) * 1000) / requests : 0;
  }
  const sorted = Float64Array.from(times).sort();
  const at = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0);
  return {
    requests,
    rps: requests / result.duration,
    p50: at(50),
    p99: at(99),
    errors: result.errors + result.timeouts + result.non2xx,
    bytesPerResponse: requests ? result.throughput.total / requests : 0,
    cpuMsPerRequest,
    tally,
    warmUp,
  };
}

const share = (tally: Record<string, number>) => {
  const total = Object.values(tally).reduce((a, b) => a + b, 0);
  return Object.entries(tally)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${((100 * n) / total).toFixed(0)}%`)
    .join(", ");
};

/** One line: throughput, latency, CPU per request, response size, tally, and % of `floor` req/s. */
export function formatLoad(name: string, r: LoadResult, floor?: LoadResult): string {
  const cpu = Object.entries(r.cpuMsPerRequest)
    .map(([label, ms]) => `${label} ${ms.toFixed(3)} ms`)
    .join(", ");
  return [
    name.padEnd(30),
    `${r.rps.toFixed(0).padStart(7)} req/s`,
    `p50 ${r.p50.toFixed(2).padStart(6)} ms`,
    `p99 ${r.p99.toFixed(2).padStart(7)} ms`,
    `CPU/req ${cpu || "-"}`,
    `${(r.bytesPerResponse / 1024).toFixed(1)} KiB/resp`,
    ...(Object.keys(r.tally).length ? [share(r.tally)] : []),
    ...(r.errors ? [`ERRORS ${r.errors}`] : []),
    ...(floor ? [`${((100 * r.rps) / floor.rps).toFixed(0)}% of floor`] : []),
  ].join("   ");
}
