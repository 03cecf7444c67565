// Times are stored in UTC and shown in the site's time zone (formatted per
// language by lib/i18n/format.ts).

export const DEFAULT_TIME_ZONE = "Asia/Ho_Chi_Minh";

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** ISO 8601 with the zone's offset, e.g. 2023-06-23T12:04:00+07:00, for <time datetime>. */
export function toZonedIso(date: Date, timeZone = DEFAULT_TIME_ZONE): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  const offsetMin = Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
  const sign = offsetMin >= 0 ? "+" : "-";
  const abs = Math.abs(offsetMin);
  const pad = (n: number) => String(n).padStart(2, "0");
  const local = `${get("year")}-${pad(get("month"))}-${pad(get("day"))}T${pad(get("hour"))}:${pad(get("minute"))}:${pad(get("second"))}`;
  return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * The UTC instant of a wall-clock time in a zone, e.g. "2026-11-27T18:00" in
 * Asia/Ho_Chi_Minh → 11:00Z. Used for times editors type (datetime-local).
 * Returns null for text that is not such a time.
 */
export function zonedLocalToUtc(local: string, timeZone = DEFAULT_TIME_ZONE): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0));
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  // The zone's offset at that moment; a second pass settles DST edges.
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const iso = toZonedIso(new Date(guess), timeZone);
    const offset = /([+-])(\d{2}):(\d{2})$/.exec(iso)!;
    const minutes = (offset[1] === "-" ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
    guess = asUtc - minutes * 60_000;
  }
  return new Date(guess);
}

/** The value for a datetime-local input showing `date` in the zone. */
export function utcToZonedLocal(date: Date, timeZone = DEFAULT_TIME_ZONE): string {
  return toZonedIso(date, timeZone).slice(0, 16);
}
