// "There are webhook deliveries to send" within one process: a step that
// wrote events (lib/webhooks/events.ts) calls nudgeWebhooks() after its
// commit, and the delivery worker (lib/webhooks/worker.ts) listens, so an
// event goes out at once instead of at the worker's next poll. Only a hint:
// the worker polls anyway, which also covers events written by another
// instance or before a restart.
// The newsroom's actions run in Next.js's bundle and the worker may run in
// Sapo's own server, each with its own copy of this module, so the listeners
// live on globalThis under a registered symbol, which both copies see (as
// lib/cache/content-signal.ts). Not `server-only`: the custom server loads it.

type Listener = () => void;

const KEY = Symbol.for("sapo.webhook-nudge-listeners");
const registry = globalThis as typeof globalThis & { [KEY]?: Set<Listener> };

function listeners(): Set<Listener> {
  registry[KEY] ??= new Set();
  return registry[KEY];
}

/** Calls `listener` whenever new deliveries were committed in this process; returns the unsubscribe. */
export function onWebhookNudge(listener: Listener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

/** Tells this process's worker that deliveries are waiting (call after the commit). */
export function nudgeWebhooks(): void {
  for (const listener of listeners()) {
    try {
      listener();
    } catch (e) {
      // The change is committed; the worker's poll sends what a listener missed.
      console.error("Webhook nudge listener failed:", e);
    }
  }
}
