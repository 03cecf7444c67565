// A Node client of the collaboration server, for the integration tests
// (tests/support/collab.ts) and the co-editing benchmark
// (scripts/bench-collab.ts): a Hocuspocus provider on one article's document
// that connects as a browser tab of a signed-in person would, with their
// session cookie and this site's Origin, one WebSocket each.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import WebSocket from "ws";
import * as Y from "yjs";
import { documentName } from "@/lib/collab/layout";

export type Client = {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Stateless messages received from the server, parsed. */
  messages: { type: string; [key: string]: unknown }[];
  /** Closes and refusals, in order: "closed <code> <reason>", "refused: <reason>". */
  closes: string[];
  synced: Promise<void>;
  destroy(): void;
};

/** Connects to `server.url` for `articleId` with `cookie` (none: anonymous) from `origin` (the site's by default). */
export function connect(server: { url: string; origin: string }, articleId: string, cookie: string | null, origin = server.origin): Client {
  const headers: Record<string, string> = { origin };
  if (cookie) headers.cookie = cookie;
  class BrowserLikeSocket extends WebSocket {
    constructor(address: string) {
      super(address, { headers });
    }
  }
  const doc = new Y.Doc();
  const messages: Client["messages"] = [];
  const closes: string[] = [];
  const websocketProvider = new HocuspocusProviderWebsocket({ url: server.url, WebSocketPolyfill: BrowserLikeSocket, maxAttempts: 1, autoConnect: false });
  // A refused upgrade rejects the connection attempt: callers look at the outcome instead.
  websocketProvider.connect().catch(() => undefined);
  let resolveSynced = () => {};
  const synced = new Promise<void>((resolve) => (resolveSynced = resolve));
  const provider = new HocuspocusProvider({
    websocketProvider,
    name: documentName(articleId),
    document: doc,
    token: "cookie",
    onSynced: () => resolveSynced(),
    onStateless: ({ payload }) => messages.push(JSON.parse(payload) as Client["messages"][number]),
    onClose: ({ event }) => closes.push(`closed ${event.code} ${String(event.reason)}`),
    onAuthenticationFailed: ({ reason }) => closes.push(`refused: ${reason}`),
  });
  provider.attach();
  return {
    doc,
    provider,
    messages,
    closes,
    synced,
    destroy() {
      provider.destroy();
      websocketProvider.destroy();
    },
  };
}
