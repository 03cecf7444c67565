// View counts are kept per UTC hour (ArticleView.hour is the hour's start).
export const HOUR_MS = 3_600_000;

/** The start of the UTC hour `ms` (ms since the epoch) falls in. */
export function hourStart(ms: number): number {
  return ms - (((ms % HOUR_MS) + HOUR_MS) % HOUR_MS);
}
