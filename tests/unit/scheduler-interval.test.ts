// The scheduler's poll interval from the environment (lib/articles/scheduler.ts):
// 15 s by default, SCHEDULER_INTERVAL_MS when it is a sensible number of
// milliseconds, the default (with a warning) for anything else.
import { afterEach, describe, expect, it, vi } from "vitest";
import { SCHEDULER_INTERVAL_MS, schedulerIntervalMs } from "@/lib/articles/scheduler";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("schedulerIntervalMs", () => {
  it("is 15 s without the setting", () => {
    expect(SCHEDULER_INTERVAL_MS).toBe(15_000);
    expect(schedulerIntervalMs({})).toBe(15_000);
    expect(schedulerIntervalMs({ SCHEDULER_INTERVAL_MS: " " })).toBe(15_000);
  });

  it("reads a whole number of milliseconds", () => {
    expect(schedulerIntervalMs({ SCHEDULER_INTERVAL_MS: "1000" })).toBe(1000);
    expect(schedulerIntervalMs({ SCHEDULER_INTERVAL_MS: " 100 " })).toBe(100);
    expect(schedulerIntervalMs({ SCHEDULER_INTERVAL_MS: "3600000" })).toBe(3_600_000);
  });

  it("ignores nonsense with a warning naming it", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    for (const bad of ["0", "99", "1s", "-1000", "1e4", "3600001", "1000.5"]) {
      expect(schedulerIntervalMs({ SCHEDULER_INTERVAL_MS: bad }), bad).toBe(15_000);
    }
    expect(warn).toHaveBeenCalledTimes(7);
    expect(warn.mock.calls[2][0]).toContain('SCHEDULER_INTERVAL_MS "1s" ignored');
  });
});
