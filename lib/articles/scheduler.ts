// The in-process publishing scheduler (started by instrumentation.ts).
import { resolveDatabaseUrl } from "../db/adapter";
import { createPrismaClient } from "../db/client";
import { runDueSchedules } from "./workflow";

export const SCHEDULER_INTERVAL_MS = 15_000;

export function startScheduler() {
  // Its own client: the scheduler runs outside any request.
  const db = createPrismaClient(resolveDatabaseUrl(process.env.DATABASE_URL));
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const changed = await runDueSchedules(db);
      if (changed) console.log(`Scheduler: ${changed} article(s) published or taken down`);
    } catch (e) {
      console.error("Scheduler failed:", e);
    } finally {
      running = false;
    }
  };
  void tick();
  setInterval(tick, SCHEDULER_INTERVAL_MS).unref();
}
