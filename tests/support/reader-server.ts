// The reader site on a free local port for integration tests: a reader
// handler (lib/reader/handler.ts) behind a plain HTTP server, or a whole
// Sapo server (lib/server/http-server.ts), and a client that answers the
// status, the headers and the body (gunzipped when it came gzipped).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import type { ReaderHandler } from "@/lib/reader/handler";

export type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

export type ReaderTestServer = {
  base: string;
  request(method: string, pathname: string, options?: { body?: string; headers?: Record<string, string> }): Promise<Answer>;
  get(pathname: string, headers?: Record<string, string>): Promise<Answer>;
  close(): void;
};

/** Serves `site`; a reader handler's "not mine" answers 418 ("Next.js's"). */
export async function serveReader(site: ReaderHandler | http.Server): Promise<ReaderTestServer> {
  const server =
    site instanceof http.Server
      ? site
      : http.createServer((req, res) => {
          void site(req, res).then((handled) => {
            if (!handled) res.writeHead(418).end("Next.js's");
          });
        });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const request: ReaderTestServer["request"] = (method, pathname, { body, headers = {} } = {}) =>
    new Promise((resolve, reject) => {
      const req = http.request(`${base}${pathname}`, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const raw = Buffer.concat(chunks);
          const text = res.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw;
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text.toString("utf8") });
        });
      });
      req.on("error", reject);
      req.end(body);
    });
  return { base, request, get: (pathname, headers) => request("GET", pathname, { headers }), close: () => server.close() };
}
