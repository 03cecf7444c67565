"use client";
// Dates and times in the editor: the newsroom language's pattern (its "meta"
// messages) in the site's time zone, both given by the newsroom layout.
import { useLocale, useMessages, useTimeZone } from "use-intl";
import { formatWithPattern } from "@/lib/i18n/format";

/** Hours and minutes read the same in every language the newsroom has. */
export const TIME_PATTERN = "HH:mm";

/** Formats an instant with the language's date-and-time pattern, or a pattern of one's own (e.g. "HH:mm"). */
export function useDateTime(): (when: string | Date, pattern?: string) => string {
  const locale = useLocale();
  const timeZone = useTimeZone() ?? "UTC";
  const meta = useMessages().meta as { dateTime: string };
  return (when, pattern = meta.dateTime) => formatWithPattern(new Date(when), pattern, locale, timeZone);
}

/** An instant's time and date apart, for sentences such as "at 07:00 tomorrow (30/11/2026)". */
export function useTimeAndDate(): (when: string | Date) => { time: string; date: string } {
  const dateTime = useDateTime();
  const meta = useMessages().meta as { date: string };
  return (when) => ({ time: dateTime(when, TIME_PATTERN), date: dateTime(when, meta.date) });
}
