// Dates and times typed as text in the newsroom's language, for the date
// fields (components/newsroom/date-time-field.tsx): "30/11/2026 07:00" in
// Vietnamese, "11/30/2026 07:00" in English. The order of day, month and
// year and the separator come from the language's own numeric date
// (Intl.DateTimeFormat(locale).formatToParts), not from a table per
// language; times are always 24-hour HH:mm, as the catalogues write them
// ("meta.dateTime"). The value a field gives the server is the same wall
// clock the datetime-local input gave: "2026-11-30T07:00" (with ":ss" if
// seconds were typed), or "2026-11-30" for a date alone, in the site's time
// zone (lib/time/zones.ts reads it). Pure: used in the browser and tested on
// its own (tests/unit/date-time-field.test.ts).
import { toZonedIso } from "@/lib/time/zones";

export type DatePart = "day" | "month" | "year";

export type TypedDatePattern = {
  /** The date's fields in the language's order. */
  order: DatePart[];
  /** What stands between them ("/", ".", "-"). */
  separator: string;
  /** A time (HH:mm) follows the date. */
  withTime: boolean;
};

/** Why typed text is not a date (each has a message: "newsroom.dateField.<problem>"). */
export type TypedDateProblem = "format" | "date" | "time" | "missingTime";

export type TypedDateResult = { ok: true; value: string } | { ok: false; problem: TypedDateProblem };

/** Any date will do: only the order of its parts and the separator are read. */
const SAMPLE = new Date(Date.UTC(2026, 10, 30));

/** The language's numeric date pattern (day, month, year order and separator). */
export function typedDatePattern(locale: string, withTime: boolean): TypedDatePattern {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat(locale, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }).formatToParts(SAMPLE);
  } catch {
    parts = new Intl.DateTimeFormat("en", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }).formatToParts(SAMPLE);
  }
  const order = parts.map((p) => p.type).filter((type): type is DatePart => type === "day" || type === "month" || type === "year");
  const literal = parts.find((p, i) => p.type === "literal" && i > 0 && i < parts.length - 1)?.value.trim();
  return { order: order.length === 3 ? order : ["day", "month", "year"], separator: literal || "/", withTime };
}

const HINT: Record<DatePart, string> = { day: "dd", month: "mm", year: "yyyy" };

/** What to type, e.g. "dd/mm/yyyy HH:mm". */
export function patternHint(pattern: TypedDatePattern): string {
  const date = pattern.order.map((part) => HINT[part]).join(pattern.separator);
  return pattern.withTime ? `${date} HH:mm` : date;
}

const VALUE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** A value ("2026-11-30T07:00", "2026-11-30") as the person types it ("30/11/2026 07:00"); "" for anything else. */
export function formatTyped(value: string | null | undefined, pattern: TypedDatePattern): string {
  const m = value ? VALUE.exec(value) : null;
  if (!m) return "";
  const [, year, month, day, hour, minute, second] = m;
  const fields: Record<DatePart, string> = { day, month, year };
  const date = pattern.order.map((part) => fields[part]).join(pattern.separator);
  if (!pattern.withTime) return date;
  const time = `${hour ?? "00"}:${minute ?? "00"}${second && second !== "00" ? `:${second}` : ""}`;
  return `${date} ${time}`;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Whether day/month/year name a day of the calendar (no 31/02). */
function isCalendarDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * Reads typed text in `pattern`'s order. Forgiving about what separates the
 * numbers ("30/11/2026 7:00", "30.11.2026, 7h00", "1-12-26 19h") and about
 * single digits; a two-digit year is this century. Empty text is an empty
 * value (no date), which the caller may accept or refuse.
 */
export function parseTyped(text: string, pattern: TypedDatePattern): TypedDateResult {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, value: "" };
  // Digits and the separators people type between them; nothing else.
  if (!/^[\d\s/.,:hH-]+$/.test(trimmed)) return { ok: false, problem: "format" };
  const numbers = trimmed.match(/\d+/g) ?? [];
  if (numbers.length < 3) return { ok: false, problem: "format" };
  const fields = {} as Record<DatePart, string>;
  pattern.order.forEach((part, i) => (fields[part] = numbers[i]));
  if (fields.day.length > 2 || fields.month.length > 2 || (fields.year.length !== 2 && fields.year.length !== 4)) return { ok: false, problem: "format" };
  const year = fields.year.length === 2 ? 2000 + Number(fields.year) : Number(fields.year);
  const month = Number(fields.month);
  const day = Number(fields.day);
  if (!isCalendarDay(year, month, day)) return { ok: false, problem: "date" };
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  const rest = numbers.slice(3);
  if (!pattern.withTime) return rest.length === 0 ? { ok: true, value: date } : { ok: false, problem: "format" };
  if (rest.length === 0) return { ok: false, problem: "missingTime" };
  // "7h" is how Vietnamese writes 07:00.
  if (rest.length === 1 && /h$/i.test(trimmed)) rest.push("00");
  if (rest.length === 1 || rest.length > 3 || rest.some((n) => n.length > 2) || rest[1].length !== 2) return { ok: false, problem: "time" };
  const [hour, minute, second] = rest.map(Number);
  if (hour > 23 || minute > 59 || (second ?? 0) > 59) return { ok: false, problem: "time" };
  return { ok: true, value: `${date}T${pad(hour)}:${pad(minute)}${rest.length === 3 ? `:${pad(second)}` : ""}` };
}

/** Whether a wall-clock value falls today or tomorrow in `timeZone` (as of `now`), else null. */
export function dayRelation(value: string, timeZone: string, now = new Date()): "today" | "tomorrow" | null {
  const day = value.slice(0, 10);
  const today = toZonedIso(now, timeZone).slice(0, 10);
  if (day === today) return "today";
  const [y, m, d] = today.split("-").map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return day === `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}` ? "tomorrow" : null;
}
