import { describe, expect, it } from "vitest";
import { formatWithPattern } from "@/lib/i18n/format";
import { isValidTimeZone, toZonedIso } from "@/lib/time/zones";

const seedTime = new Date("2023-06-23T05:04:00Z"); // 12:04 in Vietnam (UTC+7)

describe("site time", () => {
  it("formats in the site's time zone like the paper prints it", () => {
    expect(formatWithPattern(seedTime, "dd/MM/yyyy HH:mm", "vi", "Asia/Ho_Chi_Minh")).toBe("23/06/2023 12:04");
    expect(formatWithPattern(seedTime, "MMMM d, yyyy, HH:mm", "en", "UTC")).toBe("June 23, 2023, 05:04");
    expect(formatWithPattern(new Date("2023-01-01T16:30:00Z"), "d/M/yyyy HH:mm", "vi", "Asia/Ho_Chi_Minh")).toBe("1/1/2023 23:30");
  });

  it("gives an ISO time with the zone's offset", () => {
    expect(toZonedIso(seedTime)).toBe("2023-06-23T12:04:00+07:00");
    expect(toZonedIso(seedTime, "UTC")).toBe("2023-06-23T05:04:00+00:00");
    expect(toZonedIso(new Date("2023-01-15T12:00:00Z"), "America/New_York")).toBe("2023-01-15T07:00:00-05:00");
  });

  it("recognises time zone names", () => {
    expect(isValidTimeZone("Asia/Ho_Chi_Minh")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });
});

import { utcToZonedLocal, zonedLocalToUtc } from "@/lib/time/zones";

describe("times typed by editors", () => {
  it("reads a wall-clock time in the site's zone", () => {
    expect(zonedLocalToUtc("2026-11-27T18:00")?.toISOString()).toBe("2026-11-27T11:00:00.000Z");
    expect(zonedLocalToUtc("2026-07-01T12:30", "Europe/Berlin")?.toISOString()).toBe("2026-07-01T10:30:00.000Z");
    expect(zonedLocalToUtc("tomorrow")).toBeNull();
    expect(utcToZonedLocal(new Date("2026-11-27T11:00:00Z"))).toBe("2026-11-27T18:00");
  });
});
