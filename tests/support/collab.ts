// Co-editing in integration tests: a collaboration server on an ephemeral
// port with a real database, and Hocuspocus providers in Node
// (scripts/collab-client.ts) that connect as a staff member (their signed
// session cookie) from this site's origin, as a browser on a newsroom page
// would.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import type { Db } from "@/lib/db/client";
import { createCollabServer, type CollabOptions, type CollabServer } from "@/lib/collab/server";
import { connect, type Client } from "@/scripts/collab-client";

export const TEST_SECRET = "collab-test-secret-0123456789abcdef";

export type RunningCollab = { url: string; origin: string; collab: CollabServer; stop(): Promise<void> };

/** A collaboration server on its own port; AUTH_SECRET is set for the test process. */
export async function startCollab(db: Db, options: Partial<CollabOptions> = {}): Promise<RunningCollab> {
  process.env.AUTH_SECRET = TEST_SECRET;
  const collab = createCollabServer({ db, debounceMs: 100, maxDebounceMs: 500, sweepMs: 200, ...options });
  const server = http.createServer((_req, res) => res.writeHead(404).end());
  server.on("upgrade", (req, socket, head) => {
    if (!collab.handleUpgrade(req, socket, head)) socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}/collab`,
    origin: `http://127.0.0.1:${port}`,
    collab,
    async stop() {
      await collab.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The session cookie of a staff member, as next-auth would have set it (with a token id of its own). */
export async function sessionCookie(user: { id: string; sessionVersion?: number }): Promise<string> {
  const token = await encode({ token: { uid: user.id, sv: user.sessionVersion ?? 0 }, secret: TEST_SECRET });
  return `next-auth.session-token=${token}`;
}

export { connect, type Client };

/** Resolves when `check` holds, polling; fails with `what` after `ms`. */
export async function eventually<T>(check: () => T | Promise<T>, what: string, ms = 5000): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Asks the server to store now and waits for its answer (the "flush" a workflow step sends). */
export async function flush(client: Client): Promise<number | null> {
  const requestId = Math.random().toString(36).slice(2);
  client.provider.sendStateless(JSON.stringify({ type: "flush", requestId }));
  const answer = await eventually(() => client.messages.find((m) => m.type === "flushed" && m.requestId === requestId), "the flush answer");
  return answer.version as number | null;
}
