// Dates and numbers in the reader's or staff member's language and the
// site's time zone. Patterns come from each catalogue's meta block, so
// "23/06/2023 12:04" (vi) and "June 23, 2023, 12:04" (en) are data, not code.
// Pure: usable in server and client components.

type Part = "day" | "month" | "year" | "hour" | "minute";

function parts(date: Date, locale: string, timeZone: string) {
  const numeric = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(date);
  const get = (type: Part) => numeric.find((p) => p.type === type)?.value ?? "";
  const monthName = new Intl.DateTimeFormat(locale, { timeZone, month: "long", day: "numeric" })
    .formatToParts(date)
    .find((p) => p.type === "month")?.value ?? "";
  return { day: get("day"), month: get("month"), year: get("year"), hour: get("hour"), minute: get("minute"), monthName };
}

const TOKENS = /MMMM|yyyy|dd|d|MM|M|HH|mm/g;

/** Formats `date` in `timeZone` with a pattern such as "dd/MM/yyyy HH:mm" or "MMMM d, yyyy, HH:mm". */
export function formatWithPattern(date: Date, pattern: string, locale: string, timeZone: string): string {
  const p = parts(date, locale, timeZone);
  const pad = (v: string) => v.padStart(2, "0");
  return pattern.replace(TOKENS, (token) => {
    switch (token) {
      case "MMMM":
        return p.monthName;
      case "yyyy":
        return p.year;
      case "dd":
        return pad(p.day);
      case "d":
        return String(Number(p.day));
      case "MM":
        return pad(p.month);
      case "M":
        return String(Number(p.month));
      case "HH":
        return pad(p.hour);
      default:
        return pad(p.minute);
    }
  });
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}
