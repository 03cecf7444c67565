// One open article in this browser tab: its Yjs document, the copy kept in
// this browser (IndexedDB, per person, so offline edits survive a closed tab)
// and the connection to the collaboration server (Hocuspocus, cookie
// authenticated, at COLLAB_PATH on the page's own host). Plain TypeScript with
// subscribe/getSnapshot, so React reads it through useSyncExternalStore
// (use-shared-document.ts) and nothing here depends on render timing.
// start() and stop() may alternate (React's development double mount): the
// document stays, the browser copy and the connection are made anew.
import { HocuspocusProvider, WebSocketStatus } from "@hocuspocus/provider";
import { clearDocument, IndexeddbPersistence } from "y-indexeddb";
import * as Y from "yjs";
import { BODY_FIELD, COLLAB_PATH, documentName, FIELDS_MAP } from "@/lib/collab/layout";
import { offlineCopyName } from "@/components/newsroom/offline-copies";
import { encodeClientMessage, endingOf, endingOfAuthFailure, newRequestId, parseServerMessage, type Ending, type ServerMessage, type StoredState } from "@/components/newsroom/editor/collab/protocol";
import { statusOf, type InvalidState, type SessionState } from "@/components/newsroom/editor/collab/status";
import { MODE_FIELD, modeOf } from "@/components/newsroom/editor/collab/awareness";

export type SessionOptions = { articleId: string; userId: string; readOnly: boolean; stored: StoredState };

/** flush() gives up after this long (the workflow panel then says to save first). */
export const FLUSH_TIMEOUT_MS = 8000;
/** After a refused update, the message stays this long before the page reloads. */
export const REFUSED_RELOAD_MS = 5000;
/** A document closed by the server on a socket that stays open is joined again after this long. */
const REJOIN_MS = 2000;

function collabUrl(): string {
  return `${window.location.protocol === "https:" ? "wss" : "ws"}://${window.location.host}${COLLAB_PATH}`;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class CollabSession {
  readonly doc = new Y.Doc();
  private readonly options: SessionOptions;
  private provider: HocuspocusProvider | null = null;
  // The provider the editor is bound to: kept after the connection ended for
  // good, so the text stays on screen (read-only); cleared by stop().
  private shownProvider: HocuspocusProvider | null = null;
  private persistence: IndexeddbPersistence | null = null;
  private listeners = new Set<() => void>();
  private messageListeners = new Set<(m: ServerMessage) => void>();
  private flushWaiters = new Map<string, (version: number | null) => void>();
  private timers = new Set<ReturnType<typeof setTimeout>>();
  private state: SessionState;
  // Raw facts the state is derived from.
  private socket: WebSocketStatus = WebSocketStatus.Connecting;
  private online = true;
  private serverReadOnly: boolean | null = null;
  private ending: Ending | null = null;
  private invalid: InvalidState | null = null;
  private lastStored: StoredState;
  private localCopyLoaded = false;
  private serverSynced = false;

  constructor(options: SessionOptions) {
    this.options = options;
    this.lastStored = options.stored;
    this.state = this.derive();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SessionState => this.state;

  /** Every stateless message from the server (e.g. "comments" for the comments sidebar). */
  onMessage(listener: (m: ServerMessage) => void): () => void {
    this.messageListeners.add(listener);
    return () => this.messageListeners.delete(listener);
  }

  start(): void {
    if (this.provider || this.ending) return;
    const { articleId, userId } = this.options;
    this.online = navigator.onLine;
    window.addEventListener("online", this.onOnline);
    window.addEventListener("offline", this.onOnline);
    window.addEventListener("beforeunload", this.onBeforeUnload);
    try {
      const persistence = new IndexeddbPersistence(offlineCopyName(userId, documentName(articleId)), this.doc);
      persistence.on("synced", () => {
        if (this.persistence !== persistence) return;
        this.localCopyLoaded = this.doc.getXmlFragment(BODY_FIELD).length > 0 || this.doc.getMap(FIELDS_MAP).size > 0;
        this.update();
      });
      this.persistence = persistence;
    } catch {
      this.persistence = null; // no IndexedDB (some private modes): the server copy still works
    }
    const provider = new HocuspocusProvider({
      url: collabUrl(),
      name: documentName(articleId),
      document: this.doc,
      // The session cookie authenticates; Hocuspocus still sends a token message, so it is a fixed word.
      token: "cookie",
    });
    this.provider = provider;
    this.shownProvider = provider;
    this.announceMode();
    this.socket = WebSocketStatus.Connecting;
    provider.on("status", ({ status }: { status: WebSocketStatus }) => {
      this.socket = status;
      this.update();
    });
    provider.on("synced", () => {
      this.serverSynced = true;
      this.update();
    });
    provider.on("unsyncedChanges", () => this.update());
    provider.on("authenticated", ({ scope }: { scope: string }) => {
      // A read-write scope proves nothing (the server may leave the scope alone
      // and speak through "access" messages); a read-only one is binding.
      if (scope === "readonly") this.serverReadOnly = true;
      this.update();
    });
    provider.on("authenticationFailed", ({ reason }: { reason: string }) => this.end(endingOfAuthFailure(reason)));
    provider.on("close", ({ event }: { event: { code?: number; reason?: string } }) => {
      const ending = endingOf(event.code, event.reason);
      if (ending) return this.end(ending);
      // Hocuspocus closed only this document (the socket stays open): join it again.
      if (this.socket === WebSocketStatus.Connected) this.later(REJOIN_MS, () => this.rejoin(provider));
      this.update();
    });
    provider.on("stateless", ({ payload }: { payload: string }) => {
      const message = parseServerMessage(payload);
      if (message) this.receive(message);
    });
    this.update();
  }

  stop(): void {
    window.removeEventListener("online", this.onOnline);
    window.removeEventListener("offline", this.onOnline);
    window.removeEventListener("beforeunload", this.onBeforeUnload);
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.disconnect();
    this.shownProvider = null;
    void this.persistence?.destroy();
    this.persistence = null;
    this.localCopyLoaded = false;
    this.serverSynced = false;
    this.update();
  }

  /**
   * Asks the server to store now; resolves with the stored version, or null
   * if it could not be stored (offline, refused, no answer within 8 s).
   */
  async flush(): Promise<number | null> {
    if (this.ending) return null;
    if (this.state.readOnly) return this.lastStored.version; // nothing of mine to store
    const deadline = Date.now() + FLUSH_TIMEOUT_MS;
    // A connection still being made is waited for: the editor has just
    // opened (a workflow step reloads it, and the next step may be clicked
    // at once) or the network has just come back. Offline is not waited for.
    while (this.online && this.provider && !(this.socket === WebSocketStatus.Connected && this.provider.isSynced) && Date.now() < deadline) await sleep(100);
    const provider = this.provider;
    if (!provider || !this.online || this.socket !== WebSocketStatus.Connected) return null;
    // Let the server acknowledge every update first, so the flush comes after them.
    while (provider.hasUnsyncedChanges && Date.now() < deadline && this.provider === provider) await sleep(100);
    if (this.provider !== provider || Date.now() >= deadline) return null;
    const requestId = newRequestId();
    return new Promise((resolve) => {
      const timer = this.later(deadline - Date.now(), () => {
        this.flushWaiters.delete(requestId);
        resolve(null);
      });
      this.flushWaiters.set(requestId, (version) => {
        clearTimeout(timer);
        this.timers.delete(timer);
        resolve(version);
      });
      provider.sendStateless(encodeClientMessage({ type: "flush", requestId }));
    });
  }

  private receive(message: ServerMessage): void {
    switch (message.type) {
      case "stored": {
        const { type: _type, ...stored } = message;
        this.lastStored = stored;
        this.invalid = null;
        break;
      }
      case "invalid":
        this.invalid = { message: message.message, fieldErrors: message.fieldErrors };
        break;
      case "access":
        this.serverReadOnly = message.readOnly;
        break;
      case "flushed":
        this.flushWaiters.get(message.requestId)?.(message.version);
        this.flushWaiters.delete(message.requestId);
        break;
      case "comments":
        break;
    }
    for (const listener of this.messageListeners) listener(message);
    this.update();
  }

  private end(ending: Ending): void {
    if (this.ending) return;
    this.ending = ending;
    this.disconnect();
    if (ending.kind === "refused") void this.discardLocalCopyAndReload();
    this.update();
  }

  /**
   * After a refused update: this browser's copy holds the refused state, and
   * would send it again on the next visit. It goes; the page reloads from
   * the server's last good state once the message has been read.
   */
  private async discardLocalCopyAndReload(): Promise<void> {
    const shownAt = Date.now();
    const { userId, articleId } = this.options;
    try {
      await this.persistence?.destroy();
      this.persistence = null;
      // Another tab holding the database open blocks the deletion: do not wait for ever.
      await Promise.race([clearDocument(offlineCopyName(userId, documentName(articleId))), sleep(REFUSED_RELOAD_MS)]);
    } catch {
      // nothing more to do: the reload still fetches the server's state
    }
    this.later(Math.max(0, REFUSED_RELOAD_MS - (Date.now() - shownAt)), () => window.location.reload());
  }

  private disconnect(): void {
    const provider = this.provider;
    this.provider = null;
    for (const resolve of this.flushWaiters.values()) resolve(null);
    this.flushWaiters.clear();
    if (!provider) return;
    const socket = provider.configuration.websocketProvider;
    // The socket's own close handler may already have scheduled a reconnect,
    // which would switch shouldConnect back on: make connecting a no-op first.
    socket.shouldConnect = false;
    socket.connect = async () => undefined;
    provider.destroy();
  }

  private rejoin(provider: HocuspocusProvider): void {
    if (this.provider !== provider || this.ending || provider.isSynced) return;
    provider.detach();
    provider.attach();
  }

  private later(ms: number, run: () => void): ReturnType<typeof setTimeout> {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, ms);
    this.timers.add(timer);
    return timer;
  }

  /**
   * The browser going offline closes the connection at once: the browser
   * itself keeps a socket open across a lost network, and what is sent into
   * it meanwhile would arrive, or not, whenever the network returns, even
   * after the tab was closed. Closed, edits wait in this browser's copy and
   * reach the server in a fresh sync. Back online, it reconnects now rather
   * than when the provider's next retry comes round.
   */
  private onOnline = () => {
    this.online = navigator.onLine;
    const socket = this.provider?.configuration.websocketProvider;
    if (socket && !this.ending) {
      if (this.online) {
        // connect() returns early while the old socket has not reported its close yet; its close then reconnects.
        socket.shouldConnect = true;
        void socket.connect();
      } else socket.disconnect();
    }
    this.update();
  };

  /**
   * Unacknowledged edits (offline, or the server slow): ask before leaving.
   * This browser's copy keeps them, but they reach the server only when the
   * article is opened here again, and signing out removes the copy.
   */
  private onBeforeUnload = (e: BeforeUnloadEvent) => {
    const provider = this.provider;
    // While a fresh connection's first sync runs, the count is 1 without any edit: no question then.
    if (provider?.hasUnsyncedChanges && !this.state.readOnly && (provider.isSynced || this.socket !== WebSocketStatus.Connected)) {
      e.preventDefault();
      e.returnValue = "";
    }
  };

  private derive(): SessionState {
    const provider = this.provider;
    return {
      provider: this.shownProvider,
      status: statusOf({
        ending: this.ending,
        started: provider !== null,
        online: this.online && this.socket !== WebSocketStatus.Disconnected,
        handshakeDone: !!provider?.isSynced,
        invalid: this.invalid !== null,
        unacknowledged: !!provider?.hasUnsyncedChanges,
      }),
      readOnly: this.ending !== null || (this.serverReadOnly ?? this.options.readOnly),
      lastStored: this.lastStored,
      refusal: this.ending?.kind === "refused" ? this.ending.reason : null,
      invalid: this.invalid,
      loaded: this.serverSynced || this.localCopyLoaded,
      serverSynced: this.serverSynced,
    };
  }

  private update(): void {
    const next = this.derive();
    const prev = this.state;
    if ((Object.keys(next) as (keyof SessionState)[]).every((k) => next[k] === prev[k])) return;
    this.state = next;
    if (next.readOnly !== prev.readOnly) this.announceMode();
    for (const listener of this.listeners) listener();
  }

  /**
   * Tells the others whether this person edits or only reads (their presence
   * line says "editing" or "viewing"), following the server's verdict live.
   */
  private announceMode(): void {
    const awareness = this.provider?.awareness;
    const mode = modeOf(this.state.readOnly);
    // Null once the provider removed this tab's state (page hidden, destroyed): nothing to say then.
    const local = awareness?.getLocalState();
    if (local && local[MODE_FIELD] !== mode) awareness!.setLocalStateField(MODE_FIELD, mode);
  }
}
