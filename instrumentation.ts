// Runs once when the server starts, and starts two background loops:
// - the publishing scheduler: anything overdue (say, after a restart) is
//   published at once, and then due articles go live, or come down, within
//   15 seconds of their time. Schedules live in the database, so nothing is
//   lost across restarts. (SAPO_SCHEDULER=off turns it off.)
// - cache sync: when live content changes on any instance, this instance
//   regenerates its reader pages within a few seconds (lib/cache/sync.ts,
//   lib/cache/content-signal.ts).
//   (SAPO_CACHE_SYNC=off turns it off.)
// - the webhook worker: sends the outbox's deliveries (lib/webhooks/worker.ts)
//   at once when this process commits an event, and polls every second for
//   the rest (other instances' events, retries). Each instance claims what
//   it sends, so any number may run. (SAPO_WEBHOOKS=off turns it off.)
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { resolveDatabaseUrl, resolveReplicaUrls } = await import("./lib/db/adapter");
  const { createPrismaClient } = await import("./lib/db/client");
  // Their own clients: these loops run outside any request. The scheduler
  // writes to the primary; cache sync watches where reader pages are read.
  const primary = resolveDatabaseUrl(process.env.DATABASE_URL);
  const db = createPrismaClient(primary);
  const replicas = resolveReplicaUrls(process.env.DATABASE_REPLICA_URLS, primary).map(createPrismaClient);
  if (process.env.SAPO_SCHEDULER !== "off") {
    const { startScheduler } = await import("./lib/articles/scheduler");
    startScheduler(db);
  }
  if (process.env.SAPO_CACHE_SYNC !== "off") {
    const { startCacheSync } = await import("./lib/cache/sync");
    const { signalContentChange } = await import("./lib/cache/content-signal");
    const interval = Number(process.env.CACHE_SYNC_INTERVAL_MS);
    startCacheSync({
      db: replicas.length > 0 ? replicas : db,
      fallback: replicas.length > 0 ? db : undefined,
      intervalMs: Number.isFinite(interval) && interval >= 100 ? interval : undefined,
      // The reader site's document cache, in Sapo's own server in this process.
      onChange: async () => signalContentChange(),
    });
  }
  if (process.env.SAPO_WEBHOOKS !== "off") {
    const { startWebhookWorker, stopOnSignals, webhookInstanceId } = await import("./lib/webhooks/worker");
    stopOnSignals(startWebhookWorker(db, { instanceId: webhookInstanceId() }));
  }
}
