// The collaboration server: Hocuspocus (Yjs over WebSocket) at /collab on
// Sapo's own HTTP server (lib/server/http-server.ts), same origin and port as
// the pages. `npm start` and `npm run dev` serve it with no extra command.
// - Upgrade: refused unless the Origin is this site (a page elsewhere cannot
//   open a socket with our cookie).
// - Connect: the session cookie, checked against the database
//   (session.ts); the article must exist and the person may read it; they
//   write only if canEditArticle() says so (read-only otherwise). The sweep
//   (connections.ts) re-checks every few seconds.
// - Every incoming update, in the order each connection sent them
//   (message-order.ts): the cheap structural check (check-update.ts: known nodes, marks and
//   attributes, safe links, images from the library, size). A refused update
//   is never applied: the sender's connection closes with the reason and
//   their browser reloads the stored version; the others never see it.
// - Store (debounced while people type, at once on "flush" and when the last
//   person leaves): the sessions of the document's connections are checked
//   again, then store.ts validates the whole document with the same rules
//   as every save before the article changes.
// - Several instances: with REDIS_URL, @hocuspocus/extension-redis relays
//   updates between the instances that have a document open (redis-relay.ts:
//   with departures relayed at once). Without it, one instance is the norm.
import type http from "node:http";
import type { Duplex } from "node:stream";
import { Hocuspocus, type beforeHandleMessagePayload as BeforeHandleMessagePayload, type Document, type Extension } from "@hocuspocus/server";
import IORedis from "ioredis";
import { WebSocketServer } from "ws";
import * as Y from "yjs";
import type { Db } from "@/lib/db/client";
import { can } from "@/lib/auth/permissions";
import { canEditArticle } from "@/lib/articles/access";
import { loadRow, ownership } from "@/lib/articles/article-state";
import { addressedHost, originMatchesHost } from "@/lib/http/origin";
import { refusalIn } from "@/lib/errors/user-error";
import { messageFor, resolveLocale } from "@/lib/i18n/catalogue";
import { onSharedChange } from "@/lib/collab/change-signal";
import { inspectUpdate, syncUpdateOf } from "@/lib/collab/check-update";
import { checkInOrder } from "@/lib/collab/message-order";
import { ConnectionRegistry, type ConnectionContext } from "@/lib/collab/connections";
import { articleIdOf, BODY_FIELD, COLLAB_PATH, documentName } from "@/lib/collab/layout";
import { REFUSALS, updateRefused } from "@/lib/collab/refusals";
import { RedisRelay } from "@/lib/collab/redis-relay";
import { authSecret, liveSession } from "@/lib/collab/session";
import { FROM_DATABASE, loadDocumentState, mergeStoredState, storeDocument, suggestionIdsOf, type StoreOutcome } from "@/lib/collab/store";
import { onCommentsChanged } from "@/lib/live/bus";
import { notifySuggestions } from "@/lib/notifications/notify";
import { BODY_LIMITS } from "@/lib/content/body";

export type CollabOptions = {
  db: Db;
  /** Store this long after the last change… */
  debounceMs?: number;
  /** …but at least this often while changes keep coming. */
  maxDebounceMs?: number;
  /** How often open connections are re-checked against the database. */
  sweepMs?: number;
  /**
   * A connection that answers no ping for this long counts as gone (a phone
   * that lost its network says nothing): it closes, and its person leaves the
   * others' presence. Hocuspocus's default is 30 s, checked every 30 s.
   */
  pingMs?: number;
  redisUrl?: string;
};

export type CollabServer = {
  /** Takes a WebSocket upgrade for /collab; false for other paths (left to Next.js). */
  handleUpgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** Stores what is open and closes every connection. */
  close(): Promise<void>;
  /** For tests and the benchmark: open documents and connections. */
  stats(): { documents: number; connections: number };
};

/** Per open document: who changed it since the last store, and its approximate size. */
type DocState = {
  contributors: Set<string>;
  lastAuthor: string | null;
  knownVersion: number;
  chars: number;
  /** Open suggestions as last stored: new ones notify the story's people. */
  suggestions: Set<string>;
  queue: Promise<unknown>;
};

export function createCollabServer(options: CollabOptions): CollabServer {
  const { db } = options;
  const registry = new ConnectionRegistry();
  const states = new WeakMap<Document, DocState>();
  const stateOf = (document: Document): DocState => {
    let s = states.get(document);
    if (!s) states.set(document, (s = { contributors: new Set(), lastAuthor: null, knownVersion: 0, chars: 0, suggestions: new Set(), queue: Promise.resolve() }));
    return s;
  };

  /** Stores one document, one store at a time per document; tells its connections the outcome. */
  const store = (document: Document): Promise<StoreOutcome | null> => {
    const state = stateOf(document);
    const run = state.queue.then(async () => {
      const articleId = articleIdOf(document.name);
      if (!articleId) return null;
      // Every stored change: the sessions behind it are checked again first.
      await registry.sweep(db, document);
      const contributors = [...state.contributors];
      state.contributors.clear();
      const outcome = await storeDocument(db, articleId, document, contributors, state.lastAuthor).catch((error: unknown) => {
        contributors.forEach((c) => state.contributors.add(c));
        throw error;
      });
      state.chars = textLength(document);
      announce(document, outcome);
      if (outcome.kind === "stored") {
        state.knownVersion = outcome.version;
        await noticeSuggestions(articleId, state, outcome.suggestionIds, state.lastAuthor);
      }
      return outcome;
    });
    state.queue = run.catch(() => undefined);
    return run;
  };

  /** New suggestions on a story notify its people (lib/notifications: one per typing session). */
  const noticeSuggestions = async (articleId: string, state: DocState, ids: string[], actorId: string | null) => {
    const fresh = ids.filter((id) => !state.suggestions.has(id));
    state.suggestions = new Set(ids);
    if (fresh.length) await notifySuggestions(db, { articleId, actorId, count: fresh.length }).catch(logError);
  };

  const announce = (document: Document, outcome: StoreOutcome) => {
    if (outcome.kind === "stored") {
      const { version, updatedAt, slug, pending } = outcome;
      document.broadcastStateless(JSON.stringify({ type: "stored", version, updatedAt, slug, pending }));
    } else if (outcome.kind === "invalid") {
      for (const { connection, context } of registry.of(document)) {
        const fieldErrors = Object.fromEntries(
          Object.entries(outcome.fieldErrors).map(([field, keys]) => [field, keys.map((key) => messageFor(context.locale, key))]),
        );
        const message = refusalIn(outcome.error, context.locale) ?? messageFor(context.locale, "errors.fieldsNeedAttention");
        connection.sendStateless(JSON.stringify({ type: "invalid", message, fieldErrors }));
      }
    }
  };

  const extensions: Extension[] = [];
  if (options.redisUrl) extensions.push(new RedisRelay({ createClient: () => new IORedis(options.redisUrl!) }));

  /**
   * The checks of one incoming message (see beforeHandleMessage): an update's
   * content. Sessions are checked by the sweep every few seconds and again
   * before every store (`store`), not per keystroke: a query per message
   * would be most of the server's work.
   */
  const checkMessage = async ({ connection, context, update, document }: BeforeHandleMessagePayload) => {
    const ctx = context as ConnectionContext;
    const change = syncUpdateOf(update);
    if (!change || connection.readOnly) return;
    const verdict = inspectUpdate(change, document);
    if (!verdict.ok) throw updateRefused(verdict.reason);
    if (verdict.mediaIds.length) {
      const found = await db.media.count({ where: { id: { in: verdict.mediaIds } } });
      if (found !== new Set(verdict.mediaIds).size) throw updateRefused("image not in the media library");
    }
    const state = stateOf(document);
    if (verdict.insertedChars && state.chars + verdict.insertedChars > BODY_LIMITS.maxTextChars) {
      state.chars = textLength(document); // the estimate only grows: measure before refusing
      if (state.chars + verdict.insertedChars > BODY_LIMITS.maxTextChars) throw updateRefused("the text is too long");
    }
    state.chars += verdict.insertedChars;
    state.contributors.add(ctx.session.userId);
    state.lastAuthor = ctx.session.userId;
  };

  const hocuspocus = new Hocuspocus({
    quiet: true,
    debounce: options.debounceMs ?? 2000,
    maxDebounce: options.maxDebounceMs ?? 10_000,
    timeout: options.pingMs ?? 10_000,
    extensions,

    async onConnect({ request, documentName: name, connectionConfig }) {
      const session = await liveSession(db, request.headers.cookie, authSecret());
      if (!session || !can(session.user.role, "article:read-any")) throw REFUSALS.sessionEnded;
      const articleId = articleIdOf(name);
      const row = articleId ? await loadRow(db, articleId) : null;
      if (!articleId || !row) throw REFUSALS.noAccess;
      connectionConfig.readOnly = !canEditArticle({ id: session.user.id, role: session.user.role }, ownership(row));
      const context: ConnectionContext = { session, articleId, locale: resolveLocale(session.user.language) };
      return context;
    },

    async connected({ connection, context, documentName: name }) {
      const document = hocuspocus.documents.get(name);
      if (document) registry.add(connection, document, context as ConnectionContext);
    },

    async onDisconnect({ context }) {
      registry.remove(context);
    },

    async onLoadDocument({ document, documentName: name }) {
      const articleId = articleIdOf(name);
      const state = articleId ? await loadDocumentState(db, articleId) : null;
      if (!state) throw REFUSALS.noAccess;
      Y.applyUpdate(document, state, FROM_DATABASE);
      stateOf(document).chars = textLength(document);
      stateOf(document).suggestions = new Set(suggestionIdsOf(document));
      return document;
    },

    // One connection's messages are checked one after another (message-order.ts).
    beforeHandleMessage: checkInOrder(checkMessage),

    async onStoreDocument({ document }) {
      await store(document);
    },

    async onStateless({ connection, payload, document }) {
      let message: { type?: unknown; requestId?: unknown };
      try {
        message = JSON.parse(payload) as typeof message;
      } catch {
        return;
      }
      if (message.type !== "flush" || typeof message.requestId !== "string") return;
      const outcome = await store(document).catch(() => null);
      const version = outcome?.kind === "stored" ? outcome.version : null;
      connection.sendStateless(JSON.stringify({ type: "flushed", requestId: message.requestId, version }));
    },
  });

  // Changes written to the database by others: merged into the open document
  // at once in this process (the JSON API, a restored revision) …
  const mergeFromDatabase = async (articleId: string) => {
    const document = hocuspocus.documents.get(documentName(articleId));
    if (document && !document.isLoading) await mergeStoredState(db, articleId, document);
  };
  const stopListening = onSharedChange((articleId) => void mergeFromDatabase(articleId).catch(logError));
  // Comment threads live in the database (lib/comments/): the sockets of the
  // article are told to fetch them again.
  const stopComments = onCommentsChanged((articleId, threadId) => {
    hocuspocus.documents.get(documentName(articleId))?.broadcastStateless(JSON.stringify({ type: "comments", ...(threadId ? { threadId } : {}) }));
  });
  // … and by the sweep, which also notices versions written by other instances.
  const sweep = async () => {
    await registry.sweep(db);
    const open = [...hocuspocus.documents.values()].filter((d) => !d.isLoading);
    const ids = open.map((d) => articleIdOf(d.name)).filter((id): id is string => Boolean(id));
    if (!ids.length) return;
    const rows = await db.article.findMany({ where: { id: { in: ids } }, select: { id: true, version: true } });
    for (const row of rows) {
      const document = hocuspocus.documents.get(documentName(row.id));
      if (!document) continue;
      const state = stateOf(document);
      if (state.knownVersion !== row.version) {
        state.knownVersion = row.version;
        await mergeStoredState(db, row.id, document);
      }
    }
  };
  let sweeping = false;
  const timer = setInterval(() => {
    if (sweeping) return;
    sweeping = true;
    sweep()
      .catch(logError)
      .finally(() => (sweeping = false));
  }, options.sweepMs ?? 2000);
  timer.unref();

  const wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 * 1024 });

  return {
    handleUpgrade(req, socket, head) {
      const path = (req.url ?? "").split("?")[0];
      if (path !== COLLAB_PATH && !path.startsWith(COLLAB_PATH + "/")) return false;
      if (!originMatchesHost(req.headers.origin, addressedHost((name) => headerValue(req, name)))) {
        socket.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n");
        return true;
      }
      wss.handleUpgrade(req, socket, head, (ws) => hocuspocus.handleConnection(ws, req));
      return true;
    },
    async close() {
      clearInterval(timer);
      stopListening();
      stopComments();
      // Store what is open before the connections go.
      await Promise.all([...hocuspocus.documents.values()].map((d) => store(d).catch(logError)));
      hocuspocus.closeConnections();
      wss.close();
      // Extensions let go of what they hold (the Redis extension its clients).
      await hocuspocus.hooks("onDestroy", { instance: hocuspocus });
    },
    stats() {
      return { documents: hocuspocus.documents.size, connections: registry.size };
    },
  };
}

function headerValue(req: http.IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** Characters of text in the body, for the size limit. */
function textLength(doc: Y.Doc): number {
  let chars = 0;
  for (const node of doc.getXmlFragment(BODY_FIELD).createTreeWalker(() => true)) if (node instanceof Y.XmlText) chars += node.length;
  return chars;
}

function logError(e: unknown) {
  console.error("Collaboration server:", e);
}

