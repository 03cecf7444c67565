// The in-process publishing scheduler (started by instrumentation.ts).
// Every SCHEDULER_INTERVAL_MS (default 15 s) it publishes the articles whose
// time has come and takes down those due to come down. The setting exists so
// the e2e suite can watch a scheduled publish happen in seconds
// (playwright.config.ts sets 1 s); production has no reason to change it.
import { contentChanged } from "@/lib/cache/sync";
import type { Db } from "@/lib/db/client";
import { runDueSchedules } from "@/lib/articles/workflow";

/** The default poll interval. */
export const SCHEDULER_INTERVAL_MS = 15_000;
const MIN_INTERVAL_MS = 100;
const MAX_INTERVAL_MS = 3_600_000;

/**
 * SCHEDULER_INTERVAL_MS from the environment: a whole number of milliseconds
 * from 100 to 3,600,000. Anything else is ignored with a warning (as
 * CACHE_SYNC_INTERVAL_MS is), and the default is used.
 */
export function schedulerIntervalMs(env: Record<string, string | undefined> = process.env): number {
  const raw = env.SCHEDULER_INTERVAL_MS?.trim();
  if (!raw) return SCHEDULER_INTERVAL_MS;
  const ms = Number(raw);
  if (!/^\d+$/.test(raw) || ms < MIN_INTERVAL_MS || ms > MAX_INTERVAL_MS) {
    console.warn(`SCHEDULER_INTERVAL_MS "${raw}" ignored (a whole number of milliseconds from ${MIN_INTERVAL_MS} to ${MAX_INTERVAL_MS}): polling every ${SCHEDULER_INTERVAL_MS} ms`);
    return SCHEDULER_INTERVAL_MS;
  }
  return ms;
}

export function startScheduler(db: Db) {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const changed = await runDueSchedules(db);
      if (changed) {
        console.log(`Scheduler: ${changed} article(s) published or taken down`);
        await contentChanged(db);
      }
    } catch (e) {
      console.error("Scheduler failed:", e);
    } finally {
      running = false;
    }
  };
  void tick();
  setInterval(tick, schedulerIntervalMs()).unref();
}
