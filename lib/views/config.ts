// The view counter's one setting from the environment, read and checked the
// way lib/config/env.ts reads the others (a ConfigError names what is wrong).
//   VIEW_FLUSH_MS  how often counted views are written to the database
//                  (default 5000; 100 ms to 10 minutes). Views counted since
//                  the last write are lost if the process dies without
//                  stopping; a normal stop writes them.
import { ConfigError } from "@/lib/config/env";

export const DEFAULT_VIEW_FLUSH_MS = 5000;
const MIN_FLUSH_MS = 100;
const MAX_FLUSH_MS = 600_000;

export type ViewConfig = { flushMs: number };

export function readViewConfig(env: Record<string, string | undefined> = process.env): ViewConfig {
  const raw = env.VIEW_FLUSH_MS?.trim();
  if (!raw) return { flushMs: DEFAULT_VIEW_FLUSH_MS };
  const flushMs = Number(raw);
  if (!/^\d+$/.test(raw) || flushMs < MIN_FLUSH_MS || flushMs > MAX_FLUSH_MS) {
    throw new ConfigError(`VIEW_FLUSH_MS "${raw}" must be a whole number of milliseconds from ${MIN_FLUSH_MS} to ${MAX_FLUSH_MS}`);
  }
  return { flushMs };
}
