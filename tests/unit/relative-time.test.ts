// "2 giờ trước" (lib/time/relative.ts): only for today's times in the site's
// time zone, in whole minutes or hours; the date (null) otherwise.
import { describe, expect, it } from "vitest";
import { relativeTimeLabel } from "@/lib/time/relative";

const VN = "Asia/Ho_Chi_Minh"; // UTC+7, no daylight saving
// 15:30 in Vietnam.
const now = new Date("2026-11-28T08:30:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const MIN = 60_000;
const HOUR = 60 * MIN;

describe("relativeTimeLabel", () => {
  it("says just now under a minute, in the catalogue's words", () => {
    expect(relativeTimeLabel(now, now, "vi", VN)).toBe("vừa xong");
    expect(relativeTimeLabel(ago(59_999), now, "vi", VN)).toBe("vừa xong");
    expect(relativeTimeLabel(ago(30_000), now, "en", VN)).toBe("just now");
    // A clock a little ahead of ours.
    expect(relativeTimeLabel(ago(-30_000), now, "en", VN)).toBe("just now");
  });

  it("counts whole minutes under an hour, then whole hours", () => {
    expect(relativeTimeLabel(ago(MIN), now, "vi", VN)).toBe("1 phút trước");
    expect(relativeTimeLabel(ago(59 * MIN + 59_000), now, "vi", VN)).toBe("59 phút trước");
    expect(relativeTimeLabel(ago(HOUR), now, "vi", VN)).toBe("1 giờ trước");
    expect(relativeTimeLabel(ago(2 * HOUR + 59 * MIN), now, "vi", VN)).toBe("2 giờ trước");
    expect(relativeTimeLabel(ago(5 * MIN), now, "en", VN)).toBe("5 minutes ago");
    expect(relativeTimeLabel(ago(HOUR), now, "en", VN)).toBe("1 hour ago");
  });

  it("gives the date (null) for yesterday in the site's time zone, even a few minutes ago", () => {
    // 00:10 in Vietnam: 00:05 is today, 23:55 was yesterday.
    const justAfterMidnight = new Date("2026-11-27T17:10:00Z");
    expect(relativeTimeLabel(new Date("2026-11-27T17:05:00Z"), justAfterMidnight, "vi", VN)).toBe("5 phút trước");
    expect(relativeTimeLabel(new Date("2026-11-27T16:55:00Z"), justAfterMidnight, "vi", VN)).toBeNull();
    // The same two moments in UTC are one day.
    expect(relativeTimeLabel(new Date("2026-11-27T16:55:00Z"), justAfterMidnight, "en", "UTC")).toBe("15 minutes ago");
  });

  it("gives the date for 24 hours and more, times well ahead, and no time at all", () => {
    expect(relativeTimeLabel(ago(24 * HOUR), now, "vi", VN)).toBeNull();
    expect(relativeTimeLabel(ago(15 * HOUR + 31 * MIN), now, "vi", VN)).toBeNull(); // 23:59 yesterday
    expect(relativeTimeLabel(ago(15 * HOUR + 29 * MIN), now, "vi", VN)).toBe("15 giờ trước"); // 00:01 today
    expect(relativeTimeLabel(ago(-2 * MIN), now, "vi", VN)).toBeNull();
    expect(relativeTimeLabel(new Date(Number.NaN), now, "vi", VN)).toBeNull();
  });
});
