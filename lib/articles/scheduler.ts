// The in-process publishing scheduler (started by instrumentation.ts).
import { contentChanged } from "@/lib/cache/sync";
import type { Db } from "@/lib/db/client";
import { runDueSchedules } from "@/lib/articles/workflow";

export const SCHEDULER_INTERVAL_MS = 15_000;

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
  setInterval(tick, SCHEDULER_INTERVAL_MS).unref();
}
