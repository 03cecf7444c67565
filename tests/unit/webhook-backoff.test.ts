// The rules of webhook delivery that need no database: when a failed
// delivery is tried again (lib/webhooks/backoff.ts), when an endpoint has
// failed long enough to be turned off (lib/webhooks/disable.ts), and which
// addresses the sender may dial with private networks allowed
// (lib/http/safe-fetch.ts mayConnect).
import { describe, expect, it } from "vitest";
import { mayConnect } from "@/lib/http/safe-fetch";
import { nextAttemptAt, retryDelayMs, RETRY_WINDOW_MS } from "@/lib/webhooks/backoff";
import { failedTooLong } from "@/lib/webhooks/disable";

const HOUR = 3_600_000;

describe("backoff", () => {
  it("grows fivefold from 5 s to a cap of 4 h, spread ±20 %", () => {
    const middle = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((n) => retryDelayMs(n, middle))).toEqual([5_000, 25_000, 125_000, 625_000, 3_125_000, 4 * HOUR, 4 * HOUR, 4 * HOUR]);
    expect(retryDelayMs(1, () => 0)).toBe(4_000);
    expect(retryDelayMs(1, () => 1)).toBe(6_000);
    expect(retryDelayMs(2, () => 0.999)).toBeLessThanOrEqual(30_000);
  });

  it("never past 24 h after the event, and not at all once they are over", () => {
    const created = new Date("2026-11-29T08:00:00Z");
    const at = (ms: number) => new Date(created.getTime() + ms);
    expect(nextAttemptAt(1, created, created, () => 0.5)).toEqual(at(5_000));
    // Three hours before the end, a 4-hour delay is cut to the end itself.
    expect(nextAttemptAt(9, at(RETRY_WINDOW_MS - 3 * HOUR), created, () => 0.5)).toEqual(at(RETRY_WINDOW_MS));
    expect(nextAttemptAt(10, at(RETRY_WINDOW_MS), created)).toBeNull();
    expect(nextAttemptAt(10, at(RETRY_WINDOW_MS + 1), created)).toBeNull();
  });

  it("an endpoint is turned off after 24 hours of nothing but failures", () => {
    const now = new Date("2026-11-30T08:00:00Z");
    expect(failedTooLong(null, now)).toBe(false);
    expect(failedTooLong(new Date(now.getTime() - RETRY_WINDOW_MS + 1), now)).toBe(false);
    expect(failedTooLong(new Date(now.getTime() - RETRY_WINDOW_MS), now)).toBe(true);
  });
});

describe("private networks, when webhooks may reach them", () => {
  const allowed = { allowLoopback: false, allowPrivate: true };
  it("opens the private ranges over https only, and never link-local, multicast or reserved ones", () => {
    for (const address of ["10.1.2.3", "172.16.0.9", "192.168.1.20", "100.64.3.4", "fd12:3456::1", "::ffff:192.168.1.20"]) {
      expect(mayConnect(address, "https:", allowed), address).toBe(true);
      expect(mayConnect(address, "http:", allowed), address).toBe(false);
      expect(mayConnect(address, "https:", { allowLoopback: false }), address).toBe(false);
    }
    for (const address of ["169.254.169.254", "fe80::1", "224.0.0.1", "0.0.0.0", "240.0.0.1", "192.0.2.10"]) {
      expect(mayConnect(address, "https:", allowed), address).toBe(false);
    }
    expect(mayConnect("127.0.0.1", "https:", allowed)).toBe(true);
    expect(mayConnect("127.0.0.1", "http:", allowed)).toBe(false);
    expect(mayConnect("93.184.216.34", "https:", allowed)).toBe(true);
  });
});
