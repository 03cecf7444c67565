// The newsroom's one live connection per browser tab: a Server-Sent Events
// stream (GET /api/live) telling of new notifications (the unread count)
// and of changed comment threads in the articles open in this tab
// (?articles=<ids>), and of articles moving in the workflow (the desk's
// badges). The bell, the comments sidebar and the desk subscribe here, so
// a tab keeps a single connection whatever is on the page.
// - The browser reconnects a dropped stream by itself; subscribers are told
//   to catch up (onResync) when it comes back, since events were missed.
// - When the stream cannot be had (refused, no EventSource), subscribers
//   are asked to catch up every 30 s instead, and the stream is tried again
//   later, less and less often.
// - When the server says the session ended ("ended"), the tab stops
//   listening altogether: its next request leads to the sign-in page.

export type LiveListener = {
  /** Also hear about this article's comment threads. */
  articleId?: string;
  onNotification?: (unread: number) => void;
  onComments?: (articleId: string, threadId: string | null) => void;
  /** An article moved in the workflow: the desk's counts may have changed. */
  onDesk?: () => void;
  /** Events may have been missed: fetch afresh. */
  onResync?: () => void;
};

const POLL_MS = 30_000;
const RETRY_MS = [5_000, 30_000, 120_000, 300_000];

const listeners = new Set<LiveListener>();
let source: EventSource | null = null;
let sourceKey = "";
let pollTimer: ReturnType<typeof setInterval> | null = null;
let retryTimer: ReturnType<typeof setTimeout> | null = null;
let failures = 0;
let everOpened = false;
let scheduled = false;
let ended = false;

function each(fn: (l: LiveListener) => void) {
  for (const l of [...listeners]) fn(l);
}

function resync() {
  each((l) => l.onResync?.());
}

/** Catches up now, then every POLL_MS until the stream is back. */
function startPolling() {
  if (pollTimer) return;
  pollTimer = setInterval(resync, POLL_MS);
  resync();
}

function stopPolling() {
  if (pollTimer) clearInterval(pollTimer);
  pollTimer = null;
}

/** The article ids subscribers follow, as the stream's ?articles= value. */
function articlesKey(): string {
  return [...new Set([...listeners].map((l) => l.articleId).filter((id): id is string => !!id))].sort().join(",");
}

function parse(data: unknown): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(String(data));
    return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function close() {
  source?.close();
  source = null;
  sourceKey = "";
}

function connect() {
  if (retryTimer) clearTimeout(retryTimer);
  retryTimer = null;
  if (!listeners.size) {
    close();
    stopPolling();
    return;
  }
  const key = articlesKey();
  if (ended || (source && key === sourceKey)) return;
  close();
  if (typeof EventSource === "undefined") {
    startPolling();
    return;
  }
  const es = new EventSource(key ? `/api/live?articles=${encodeURIComponent(key)}` : "/api/live");
  source = es;
  sourceKey = key;
  es.onopen = () => {
    if (everOpened || failures > 0) resync();
    everOpened = true;
    failures = 0;
    stopPolling();
  };
  es.addEventListener("notification", (event) => {
    const unread = Number(parse((event as MessageEvent).data).unread);
    if (Number.isFinite(unread)) each((l) => l.onNotification?.(unread));
  });
  es.addEventListener("comments", (event) => {
    const data = parse((event as MessageEvent).data);
    if (typeof data.articleId !== "string") return;
    const articleId = data.articleId;
    const threadId = typeof data.threadId === "string" ? data.threadId : null;
    each((l) => {
      if (l.articleId === articleId) l.onComments?.(articleId, threadId);
    });
  });
  es.addEventListener("desk", () => each((l) => l.onDesk?.()));
  es.addEventListener("ended", () => {
    ended = true;
    close();
    stopPolling();
  });
  es.onerror = () => {
    // CONNECTING: the browser is reconnecting by itself. CLOSED: it gave up
    // (an error answer, e.g. signed out): poll, and try the stream later.
    if (es.readyState !== EventSource.CLOSED || source !== es) return;
    close();
    startPolling();
    retryTimer = setTimeout(connect, RETRY_MS[Math.min(failures, RETRY_MS.length - 1)]);
    failures++;
  };
}

/** Connects (or reconnects for a new set of articles) once per tick, however many subscribe in it. */
function schedule() {
  if (scheduled) return;
  scheduled = true;
  queueMicrotask(() => {
    scheduled = false;
    connect();
  });
}

if (typeof window !== "undefined") {
  window.addEventListener("online", () => {
    if (!source && !ended && listeners.size) {
      failures = 0;
      connect();
    }
  });
}

/** Listens to the live stream until the returned function is called. */
export function subscribeLive(listener: LiveListener): () => void {
  listeners.add(listener);
  schedule();
  return () => {
    listeners.delete(listener);
    schedule();
  };
}
