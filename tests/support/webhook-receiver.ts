// A webhook receiver for tests: a node:http server on 127.0.0.1 that keeps
// every request (path, headers, body) and answers each path as told (204 by
// default), so a test can check what arrived, signed how, and how often.
import { once } from "node:events";
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Received = { path: string; headers: IncomingHttpHeaders; body: string; at: number };

/** How a path answers its n-th request (0-based). */
export type Answer = (res: ServerResponse, n: number) => void;

export type Receiver = {
  /** http://127.0.0.1:<port> */
  base: string;
  received: Received[];
  /** The requests to `path`. */
  at(path: string): Received[];
  answer(path: string, answer: Answer): void;
  close(): Promise<void>;
};

export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  const answers = new Map<string, Answer>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = new URL(req.url ?? "/", "http://x").pathname;
      const n = received.filter((r) => r.path === path).length;
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString("utf8"), at: performance.now() });
      const answer = answers.get(path);
      if (answer) answer(res, n);
      else res.writeHead(204).end();
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    received,
    at: (path) => received.filter((r) => r.path === path),
    answer: (path, answer) => void answers.set(path, answer),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
