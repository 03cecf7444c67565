// The live bus: a tiny publish/subscribe for "something changed, look again"
// events that the newsroom's open pages hear at once (the notification bell,
// the comment sidebar) through the live stream (app/api/live/route.ts) and
// the co-editing socket (lib/collab/). Events say what changed, never the
// content: whoever hears one reads the database with their own rights.
//
// In one process, an EventEmitter. It is kept on globalThis because Next.js's
// bundle and Sapo's own server (scripts/server.ts) each load their own copy
// of this module in the same process, and a server action (in the bundle)
// must reach the co-editing server (outside it). With REDIS_URL set, events
// also go through Redis pub/sub, so every instance of Sapo behind a load
// balancer hears them; each instance skips its own messages coming back
// (it delivered them locally already).
import { EventEmitter } from "node:events";
import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";

export type LiveEvent =
  /** Someone's notifications changed (new, read, unread): their bell looks again. */
  | { kind: "notification"; userId: string }
  /** An article's comment threads changed: its open editors refetch them. */
  | { kind: "comments"; articleId: string; threadId?: string }
  /** An article moved in the workflow: the desk's counts (dashboard badges) are read again. */
  | { kind: "desk" };

export type LiveListener = (event: LiveEvent) => void;

export type LiveBus = {
  publish(event: LiveEvent): void;
  /** Returns the unsubscribe. */
  subscribe(listener: LiveListener): () => void;
  /** Resolves once the bus hears other instances (subscribed to Redis); at once without Redis. */
  ready(): Promise<void>;
  /** Closes the Redis connections, if any (shutdown, tests). */
  close(): Promise<void>;
};

/** The Redis channel all instances share. */
export const LIVE_CHANNEL = "sapo:live";

const LOCAL = "event";

type Envelope = { from: string; event: LiveEvent };

/** A message from Redis as a live event, or null when it is not one of ours. */
export function parseEnvelope(message: string): Envelope | null {
  let value: unknown;
  try {
    value = JSON.parse(message);
  } catch {
    return null;
  }
  if (!value || typeof value !== "object") return null;
  const { from, event } = value as { from?: unknown; event?: Record<string, unknown> };
  if (typeof from !== "string" || !event || typeof event !== "object") return null;
  if (event.kind === "notification" && typeof event.userId === "string") return { from, event: { kind: "notification", userId: event.userId } };
  if (event.kind === "desk") return { from, event: { kind: "desk" } };
  if (event.kind === "comments" && typeof event.articleId === "string") {
    const threadId = typeof event.threadId === "string" ? event.threadId : undefined;
    return { from, event: { kind: "comments", articleId: event.articleId, ...(threadId ? { threadId } : {}) } };
  }
  return null;
}

/**
 * A bus of its own: in-process delivery, and through Redis when `redisUrl`
 * is given. The app uses the one shared bus (liveBus()); tests make several
 * to stand for several instances.
 */
export function createLiveBus(options: { redisUrl?: string } = {}): LiveBus {
  const id = randomUUID();
  const emitter = new EventEmitter();
  // Every open live stream subscribes: no listener limit.
  emitter.setMaxListeners(0);
  const deliver = (event: LiveEvent) => emitter.emit(LOCAL, event);
  const redis = options.redisUrl ? connectRedis(options.redisUrl, id, deliver) : null;

  return {
    publish(event) {
      deliver(event);
      if (redis) {
        const message = JSON.stringify({ from: id, event } satisfies Envelope);
        void redis.then((r) => r.pub.publish(LIVE_CHANNEL, message)).catch((e: unknown) => console.error("Live bus: publishing to Redis:", e));
      }
    },
    subscribe(listener) {
      // A listener that throws must not stop delivery to the others.
      const safe = (event: LiveEvent) => {
        try {
          listener(event);
        } catch (e) {
          console.error("Live bus listener:", e);
        }
      };
      emitter.on(LOCAL, safe);
      return () => emitter.off(LOCAL, safe);
    },
    async ready() {
      if (redis) await (await redis).subscribed;
    },
    async close() {
      emitter.removeAllListeners();
      if (redis) {
        const r = await redis.catch(() => null);
        if (r) await Promise.all([r.pub.quit(), r.sub.quit()]).catch(() => undefined);
      }
    },
  };
}

type RedisPair = { pub: Redis; sub: Redis; subscribed: Promise<void> };

/**
 * Two connections (a subscribed connection can do nothing else). ioredis is
 * loaded only when Redis is configured, and reconnects on its own; until it
 * is connected, commands wait in its queue (so the promise is of the
 * connections made, not of their being up).
 */
async function connectRedis(url: string, id: string, deliver: (event: LiveEvent) => void): Promise<RedisPair> {
  const { Redis } = await import("ioredis");
  const pub = new Redis(url);
  const sub = new Redis(url);
  for (const [name, client] of [["publisher", pub], ["subscriber", sub]] as const) {
    client.on("error", (e: Error) => console.error(`Live bus: Redis ${name}: ${e.message}`));
  }
  sub.on("message", (channel: string, message: string) => {
    if (channel !== LIVE_CHANNEL) return;
    const envelope = parseEnvelope(message);
    if (envelope && envelope.from !== id) deliver(envelope.event);
  });
  // ioredis subscribes again by itself after a reconnection.
  const subscribed = sub.subscribe(LIVE_CHANNEL).then(
    () => undefined,
    (e: unknown) => console.error("Live bus: subscribing to Redis:", e),
  );
  return { pub, sub, subscribed };
}

// One bus per process, shared by every copy of this module (see the top).
const KEY = Symbol.for("sapo.live-bus");
const holder = globalThis as unknown as Record<typeof KEY, LiveBus | undefined>;

/** The process's bus (through Redis when REDIS_URL is set). */
export function liveBus(): LiveBus {
  return (holder[KEY] ??= createLiveBus({ redisUrl: process.env.REDIS_URL || undefined }));
}

/** Closes the process's bus, if it was opened (shutdown). */
export async function closeLiveBus(): Promise<void> {
  const bus = holder[KEY];
  holder[KEY] = undefined;
  await bus?.close();
}

/** An article's comment threads changed (the comment actions call it). */
export function commentsChanged(articleId: string, threadId?: string): void {
  liveBus().publish({ kind: "comments", articleId, ...(threadId ? { threadId } : {}) });
}

/** These people's notifications changed. */
export function notificationsChanged(userIds: Iterable<string>): void {
  for (const userId of new Set(userIds)) liveBus().publish({ kind: "notification", userId });
}

/** An article moved in the workflow (lib/articles/workflow.ts calls it after the commit). */
export function deskChanged(): void {
  liveBus().publish({ kind: "desk" });
}

/**
 * For the co-editing server: `listener(articleId, threadId?)` whenever an
 * article's comments change, to tell that article's sockets
 * ({type:"comments", threadId?}). Returns the unsubscribe.
 */
export function onCommentsChanged(listener: (articleId: string, threadId?: string) => void): () => void {
  return liveBus().subscribe((event) => {
    if (event.kind === "comments") listener(event.articleId, event.threadId);
  });
}
