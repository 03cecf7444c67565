// "2 giờ trước", "5 minutes ago", "vừa xong": how long ago something
// happened, for times of today only. The rule, shared with the reader site's
// script (lib/reader/assets/reader.js, which applies it again in the browser
// so a kept copy of a page does not say "2 giờ trước" hours later):
// - within the last 24 hours AND on the same calendar day as now in the
//   site's time zone: under a minute "just now", under an hour whole
//   minutes, else whole hours;
// - anything else (yesterday, older, more than a minute ahead): null, and
//   the caller shows the date.
// A time up to a minute ahead (clocks of two machines disagree a little)
// counts as "just now".
import { getT } from "@/lib/i18n/server";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Intl formatters are costly to make and are asked for on every card of a page.
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(locale);
  if (!format) relativeFormats.set(locale, (format = new Intl.RelativeTimeFormat(locale, { numeric: "always" })));
  return format;
}

/** The calendar day of `date` in `timeZone`, as "2026-11-28". */
function calendarDay(date: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  // en-CA writes dates as yyyy-mm-dd; only equality matters here.
  if (!format) dayFormats.set(timeZone, (format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })));
  return format.format(date);
}

/** How long before `now` `date` was, in `locale`; null when the rule above says to show the date. */
export function relativeTimeLabel(date: Date, now: Date, locale: string, timeZone: string): string | null {
  const ago = now.getTime() - date.getTime();
  if (!(ago >= -MINUTE && ago < DAY)) return null;
  if (calendarDay(date, timeZone) !== calendarDay(now, timeZone)) return null;
  if (ago < MINUTE) return getT(locale, "time")("justNow");
  const format = relativeFormat(locale);
  return ago < HOUR ? format.format(-Math.floor(ago / MINUTE), "minute") : format.format(-Math.floor(ago / HOUR), "hour");
}
