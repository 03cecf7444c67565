// The live stream of one signed-in newsroom page (Server-Sent Events, served
// by app/api/live/route.ts). Events:
//   event: notification  data: {"unread": n}     at once, then whenever the
//                                                 user's notifications change
//   event: comments      data: {"articleId", "threadId"?}  for the articles
//                                                 the page asked about
//   event: desk          data: {}                 an article moved in the
//                                                 workflow: the desk's counts
//                                                 may have changed (the page
//                                                 reads them with its rights)
//   event: ended         data: {}                 the session ended: the page
//                                                 stops listening (its next
//                                                 request gets the sign-in)
// and a comment line every 25 s so proxies keep the connection open. Every
// 3 s the session is checked again (lib/auth/ended-sessions.ts): a user
// disabled, whose role changed, or who signed out is cut off within seconds.
import "server-only";
import { isSessionLive, type LiveSession } from "@/lib/auth/ended-sessions";
import type { Tx } from "@/lib/db/client";
import type { LiveBus, LiveEvent } from "@/lib/live/bus";
import { unreadCount } from "@/lib/notifications/queries";

export const LIVE_TIMING = { pingMs: 25_000, checkMs: 3_000, retryMs: 5_000 } as const;

/** At most this many articles followed by one stream. */
export const MAX_FOLLOWED_ARTICLES = 50;

export type LiveStreamOptions = {
  db: Tx;
  bus: LiveBus;
  session: LiveSession;
  /** Articles whose comment changes the page hears about. */
  articleIds: readonly string[];
  /** The request's: aborted when the browser goes. */
  signal?: AbortSignal;
  timing?: Partial<Record<keyof typeof LIVE_TIMING, number>>;
};

/** The ids of ?articles=a,b,c that look like ids, at most MAX_FOLLOWED_ARTICLES. */
export function followedArticles(param: string | null): string[] {
  if (!param) return [];
  const ids = param.split(",").filter((id) => /^[A-Za-z0-9_-]{1,64}$/.test(id));
  return [...new Set(ids)].slice(0, MAX_FOLLOWED_ARTICLES);
}

export function liveStream(options: LiveStreamOptions): ReadableStream<Uint8Array> {
  const { db, bus, session, signal } = options;
  const timing = { ...LIVE_TIMING, ...options.timing };
  const articles = new Set(options.articleIds);
  const encoder = new TextEncoder();
  let stop = () => {};

  return new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const send = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      const event = (name: string, data: object) => send(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);

      // Unread counts are sent in order, one query at a time; a burst of
      // changes while one is under way gives one more count, not a burst.
      let counting: Promise<void> | null = null;
      let again = false;
      const sendUnread = () => {
        if (counting) {
          again = true;
          return;
        }
        counting = unreadCount(db, session.userId)
          .then((unread) => event("notification", { unread }))
          .catch((e: unknown) => console.error("Live stream: unread count:", e))
          .finally(() => {
            counting = null;
            if (again && open) {
              again = false;
              sendUnread();
            }
          });
      };

      const onEvent = (e: LiveEvent) => {
        if (e.kind === "notification" && e.userId === session.userId) sendUnread();
        if (e.kind === "comments" && articles.has(e.articleId)) event("comments", { articleId: e.articleId, ...(e.threadId ? { threadId: e.threadId } : {}) });
        if (e.kind === "desk") event("desk", {});
      };

      let checking = false;
      const check = async () => {
        if (checking || !open) return;
        checking = true;
        try {
          if (!(await isSessionLive(db, session))) {
            event("ended", {});
            stop();
          }
        } catch (e) {
          // A database hiccup does not end anyone's session; the next check decides.
          console.error("Live stream: session check:", e);
        } finally {
          checking = false;
        }
      };

      const unsubscribe = bus.subscribe(onEvent);
      const ping = setInterval(() => send(": ping\n\n"), timing.pingMs);
      const recheck = setInterval(() => void check(), timing.checkMs);
      stop = () => {
        if (!open) return;
        open = false;
        unsubscribe();
        clearInterval(ping);
        clearInterval(recheck);
        signal?.removeEventListener("abort", stop);
        try {
          controller.close();
        } catch {
          // Already closed or cancelled by the reader.
        }
      };
      if (signal?.aborted) return stop();
      signal?.addEventListener("abort", stop);

      send(`retry: ${timing.retryMs}\n\n`);
      sendUnread();
    },
    cancel() {
      stop();
    },
  });
}
