// Sapo's HTTP server: Node's own http.Server that answers the reader site
// itself (lib/reader/handler.ts: cached documents, no framework runtime) and
// hands every other request to Next.js (scripts/server.ts wires them
// together; `npm start` runs it).
//
// It also exists because Next.js route handlers cannot see the connection's
// address, and that is the one address a client cannot forge. Each request's
// x-sapo-peer header is removed and set again from req.socket.remoteAddress;
// lib/http/client-ip.ts reads it (and believes X-Forwarded-For only from the
// proxies in TRUSTED_PROXIES).
//
// WebSocket upgrades: Next.js adds its own 'upgrade' listener to this server
// on the first request (hot reload in development). Listeners added here run
// before it. Sapo's own endpoint (/collab, lib/collab/server.ts) is the
// `upgrade` handler: it stamps the peer like any request, takes its own path,
// and leaves other paths alone for Next.js.
import http from "node:http";
import type { Duplex } from "node:stream";
import { PEER_HEADER } from "@/lib/http/client-ip";

export type RequestHandler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;

/** Replaces whatever x-sapo-peer the client sent with the connection's own address. */
export function stampPeer(req: http.IncomingMessage): void {
  delete req.headers[PEER_HEADER];
  const address = req.socket.remoteAddress;
  if (address) req.headers[PEER_HEADER] = address;
}

/** Answers a request and resolves true, or resolves false to pass it on to Next.js. */
export type FrontHandler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<boolean>;

/** Takes a WebSocket upgrade and returns true, or returns false to leave it to Next.js. */
export type UpgradeHandler = (req: http.IncomingMessage, socket: Duplex, head: Buffer) => boolean;

export function createSapoServer(handle: RequestHandler, front?: FrontHandler, upgrade?: UpgradeHandler): http.Server {
  const server = http.createServer((req, res) => {
    stampPeer(req);
    const answer = async () => {
      if (!(front && (await front(req, res)))) await handle(req, res);
    };
    answer().catch((error: unknown) => {
      console.error(`Failed to handle ${req.method} ${req.url}:`, error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  server.on("upgrade", (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    stampPeer(req);
    upgrade?.(req, socket, head);
  });
  return server;
}

/**
 * Stops taking connections, lets requests in flight finish (up to
 * `graceMs`), then runs `close` (Next.js's own clean-up). Resolves when done.
 */
export async function stopServer(server: http.Server, close: () => Promise<void>, graceMs = 10_000): Promise<void> {
  await new Promise<void>((resolve) => {
    // Keep-alive connections with nothing in flight (any more) would hold
    // close() open until they time out: closed as soon as they are idle.
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
  await close();
}
