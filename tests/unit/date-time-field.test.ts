// The newsroom's typed dates (lib/time/typed-date.ts): the pattern comes
// from the language's own numeric date, typed text is read forgivingly but
// never wrongly, and the value is the wall clock the server actions read
// (lib/time/zones.ts zonedLocalToUtc).
import { describe, expect, it } from "vitest";
import { dayRelation, formatTyped, parseTyped, patternHint, typedDatePattern } from "@/lib/time/typed-date";
import { zonedLocalToUtc } from "@/lib/time/zones";

const vi = typedDatePattern("vi", true);
const en = typedDatePattern("en", true);
const viDate = typedDatePattern("vi", false);

describe("the pattern of a language", () => {
  it("is derived from the language's numeric date", () => {
    expect(vi).toEqual({ order: ["day", "month", "year"], separator: "/", withTime: true });
    expect(en).toEqual({ order: ["month", "day", "year"], separator: "/", withTime: true });
    expect(typedDatePattern("de", false)).toEqual({ order: ["day", "month", "year"], separator: ".", withTime: false });
    expect(typedDatePattern("ja", false).order).toEqual(["year", "month", "day"]);
  });

  it("falls back to day/month/year for a tag Intl cannot read", () => {
    expect(typedDatePattern("not a locale!", true).order).toHaveLength(3);
  });

  it("says what to type", () => {
    expect(patternHint(vi)).toBe("dd/mm/yyyy HH:mm");
    expect(patternHint(en)).toBe("mm/dd/yyyy HH:mm");
    expect(patternHint(viDate)).toBe("dd/mm/yyyy");
  });
});

describe("formatting a value", () => {
  it("shows a wall-clock value the way the language writes it, 24-hour", () => {
    expect(formatTyped("2026-11-30T07:00", vi)).toBe("30/11/2026 07:00");
    expect(formatTyped("2026-11-30T19:05", en)).toBe("11/30/2026 19:05");
    expect(formatTyped("2026-11-30", viDate)).toBe("30/11/2026");
  });

  it("keeps seconds only when there are some", () => {
    expect(formatTyped("2026-11-30T07:00:00", vi)).toBe("30/11/2026 07:00");
    expect(formatTyped("2026-11-30T07:00:42", vi)).toBe("30/11/2026 07:00:42");
  });

  it("gives empty text for no value or a value it does not know", () => {
    expect(formatTyped("", vi)).toBe("");
    expect(formatTyped(null, vi)).toBe("");
    expect(formatTyped("30/11/2026", vi)).toBe("");
  });
});

describe("reading typed text", () => {
  it("reads the language's order into the value the server expects", () => {
    expect(parseTyped("30/11/2026 07:00", vi)).toEqual({ ok: true, value: "2026-11-30T07:00" });
    expect(parseTyped("11/30/2026 07:00", en)).toEqual({ ok: true, value: "2026-11-30T07:00" });
    expect(parseTyped("30/11/2026", viDate)).toEqual({ ok: true, value: "2026-11-30" });
    // The value is what zonedLocalToUtc reads: 07:00 in Vietnam is 00:00 UTC.
    const parsed = parseTyped("30/11/2026 07:00", vi);
    expect(parsed.ok && zonedLocalToUtc(parsed.value, "Asia/Ho_Chi_Minh")?.toISOString()).toBe("2026-11-30T00:00:00.000Z");
  });

  it("forgives single digits, other separators, a two-digit year and Vietnamese '7h'", () => {
    expect(parseTyped(" 1/2/2027 7:05 ", vi)).toEqual({ ok: true, value: "2027-02-01T07:05" });
    expect(parseTyped("30.11.2026, 19:30", vi)).toEqual({ ok: true, value: "2026-11-30T19:30" });
    expect(parseTyped("30-11-26 19:30", vi)).toEqual({ ok: true, value: "2026-11-30T19:30" });
    expect(parseTyped("30/11/2026 7h", vi)).toEqual({ ok: true, value: "2026-11-30T07:00" });
    expect(parseTyped("30/11/2026 7h30", vi)).toEqual({ ok: true, value: "2026-11-30T07:30" });
  });

  it("keeps seconds when typed", () => {
    expect(parseTyped("30/11/2026 07:00:05", vi)).toEqual({ ok: true, value: "2026-11-30T07:00:05" });
  });

  it("takes empty text as no date", () => {
    expect(parseTyped("   ", vi)).toEqual({ ok: true, value: "" });
  });

  it("refuses days that are not in the calendar", () => {
    expect(parseTyped("31/02/2026 07:00", vi)).toEqual({ ok: false, problem: "date" });
    expect(parseTyped("29/02/2027", viDate)).toEqual({ ok: false, problem: "date" });
    expect(parseTyped("29/02/2028", viDate)).toEqual({ ok: true, value: "2028-02-29" });
    // In English order, 30/11 is month 30.
    expect(parseTyped("30/11/2026 07:00", en)).toEqual({ ok: false, problem: "date" });
  });

  it("refuses impossible or missing times", () => {
    expect(parseTyped("30/11/2026 24:00", vi)).toEqual({ ok: false, problem: "time" });
    expect(parseTyped("30/11/2026 07:60", vi)).toEqual({ ok: false, problem: "time" });
    expect(parseTyped("30/11/2026 07:5", vi)).toEqual({ ok: false, problem: "time" });
    expect(parseTyped("30/11/2026 7", vi)).toEqual({ ok: false, problem: "time" });
    expect(parseTyped("30/11/2026", vi)).toEqual({ ok: false, problem: "missingTime" });
  });

  it("refuses text that is not a date at all", () => {
    expect(parseTyped("tomorrow", vi)).toEqual({ ok: false, problem: "format" });
    expect(parseTyped("30/11", vi)).toEqual({ ok: false, problem: "format" });
    expect(parseTyped("2026/11/30", vi)).toEqual({ ok: false, problem: "format" });
    expect(parseTyped("30/11/2026 07:00", viDate)).toEqual({ ok: false, problem: "format" });
    expect(parseTyped("30/11/202 07:00", vi)).toEqual({ ok: false, problem: "format" });
  });

  it("round-trips what it formats", () => {
    for (const value of ["2026-01-05T00:00", "2026-12-31T23:59", "2027-02-28T12:30:15"]) {
      for (const pattern of [vi, en, typedDatePattern("de", true), typedDatePattern("ja", true)]) {
        expect(parseTyped(formatTyped(value, pattern), pattern)).toEqual({ ok: true, value });
      }
    }
  });
});

describe("today and tomorrow in the site's time zone", () => {
  // 18:30 UTC on 29/11 is already 01:30 on 30/11 in Vietnam.
  const now = new Date("2026-11-29T18:30:00Z");
  it("names the day by the site's calendar, not UTC's", () => {
    expect(dayRelation("2026-11-30T07:00", "Asia/Ho_Chi_Minh", now)).toBe("today");
    expect(dayRelation("2026-12-01T07:00", "Asia/Ho_Chi_Minh", now)).toBe("tomorrow");
    expect(dayRelation("2026-11-30T07:00", "UTC", now)).toBe("tomorrow");
    expect(dayRelation("2026-12-02T07:00", "Asia/Ho_Chi_Minh", now)).toBeNull();
  });

  it("crosses the end of a month and a year", () => {
    expect(dayRelation("2027-01-01T00:00", "UTC", new Date("2026-12-31T10:00:00Z"))).toBe("tomorrow");
  });
});
