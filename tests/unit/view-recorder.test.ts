// Counting views in memory (lib/views/recorder.ts, rate-limit.ts, config.ts):
// bots are not counted, one view per client and article an hour, a client
// that sends too many is refused, memory has a cap, IPv6 clients are their
// /64, and a flush that fails keeps its counts. The database side is
// tests/integration/views.test.ts.
import { describe, expect, it, vi } from "vitest";
import { ConfigError } from "@/lib/config/env";
import type { Db } from "@/lib/db/client";
import { readViewConfig } from "@/lib/views/config";
import { hourStart, HOUR_MS } from "@/lib/views/hours";
import { TokenBuckets } from "@/lib/views/rate-limit";
import { clientKey, ViewRecorder } from "@/lib/views/recorder";

const BROWSER = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";
const ARTICLE = "cmx1hwbnm0001yx7doa47jl8g";
const START = Date.UTC(2026, 10, 28, 9, 15);

/** A recorder on a clock the test moves; its database must not be reached. */
function recorder(options: Partial<ConstructorParameters<typeof ViewRecorder>[0]> = {}) {
  let now = START;
  const views = new ViewRecorder({ db: {} as Db, now: () => now, ...options });
  return { views, advance: (ms: number) => (now += ms) };
}

describe("recording a view", () => {
  it("does not count bots, or a request without a user agent", () => {
    const { views } = recorder();
    for (const agent of ["Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "curl/8.5.0", "python-requests/2.31", "", undefined]) {
      expect(views.record(ARTICLE, "192.0.2.1", agent), String(agent)).toBe("bot");
    }
    expect(views.pendingViews).toBe(0);
    expect(views.record(ARTICLE, "192.0.2.1", BROWSER)).toBe("counted");
    expect(views.pendingViews).toBe(1);
  });

  it("refuses what cannot be an article id, and a request without an address", () => {
    const { views } = recorder();
    for (const id of ["", "a b", "x".repeat(65), "<script>", "../etc"]) expect(views.record(id, "192.0.2.1", BROWSER), id).toBe("invalid");
    expect(views.record(ARTICLE, null, BROWSER)).toBe("invalid");
    expect(views.pendingViews).toBe(0);
  });

  it("counts a client once per article and hour, and again in the next hour", () => {
    const { views, advance } = recorder();
    expect(views.record(ARTICLE, "192.0.2.1", BROWSER)).toBe("counted");
    expect(views.record(ARTICLE, "192.0.2.1", BROWSER)).toBe("repeat");
    advance(40 * 60_000); // 09:55, the same hour
    expect(views.record(ARTICLE, "192.0.2.1", BROWSER)).toBe("repeat");
    expect(views.record("another-article", "192.0.2.1", BROWSER)).toBe("counted");
    expect(views.record(ARTICLE, "192.0.2.2", BROWSER)).toBe("counted");
    advance(10 * 60_000); // 10:05
    expect(views.record(ARTICLE, "192.0.2.1", BROWSER)).toBe("counted");
    expect(views.pendingViews).toBe(4);
  });

  it("knows an IPv6 client by its /64 network, however the address is written", () => {
    expect(clientKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:0db8:0001:0002:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(clientKey("::1")).toBe("0:0:0:0::/64");
    expect(clientKey("64:ff9b:1:2::192.0.2.1")).toBe("64:ff9b:1:2::/64");
    expect(clientKey("192.0.2.1")).toBe("192.0.2.1");
    const { views } = recorder();
    expect(views.record(ARTICLE, "2001:db8:1:2::10", BROWSER)).toBe("counted");
    expect(views.record(ARTICLE, "2001:db8:1:2:ffff::99", BROWSER)).toBe("repeat");
    expect(views.record(ARTICLE, "2001:db8:1:3::10", BROWSER)).toBe("counted");
  });

  it("rate-limits each client: a burst, then a trickle, others unaffected", () => {
    const { views, advance } = recorder({ rateLimit: { burst: 5, perMinute: 6, maxKeys: 100 } });
    const outcomes = Array.from({ length: 8 }, (_, i) => views.record(`article-${i}`, "192.0.2.1", BROWSER));
    expect(outcomes).toEqual(["counted", "counted", "counted", "counted", "counted", "limited", "limited", "limited"]);
    expect(views.record("article-0", "192.0.2.9", BROWSER)).toBe("counted");
    advance(10_000); // one token back (6 a minute)
    expect(views.record("article-8", "192.0.2.1", BROWSER)).toBe("counted");
    expect(views.record("article-9", "192.0.2.1", BROWSER)).toBe("limited");
    expect(views.pendingViews).toBe(7);
  });

  it("stops counting, rather than growing, once its memory for the hour is full", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { views, advance } = recorder({ maxSeen: 3 });
    expect([1, 2, 3, 4, 5].map((i) => views.record(ARTICLE, `192.0.2.${i}`, BROWSER))).toEqual(["counted", "counted", "counted", "full", "full"]);
    expect(warn).toHaveBeenCalledTimes(1);
    advance(HOUR_MS); // emptied each hour
    expect(views.record(ARTICLE, "192.0.2.4", BROWSER)).toBe("counted");
    warn.mockRestore();
  });

  it("keeps the counts of a flush that failed for the next one, and says so once", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const failing = { $transaction: async () => Promise.reject(new Error("database is locked\nmore lines")) } as unknown as Db;
    const { views } = recorder({ db: failing });
    views.record(ARTICLE, "192.0.2.1", BROWSER);
    views.record(ARTICLE, "192.0.2.2", BROWSER);
    expect(await views.flush()).toBe(0);
    expect(await views.flush()).toBe(0);
    expect(views.pendingViews).toBe(2);
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0][0])).toContain("database is locked");
    expect(String(error.mock.calls[0][0])).not.toContain("192.0.2");
    error.mockRestore();
  });
});

describe("the pieces", () => {
  it("hours start on the UTC hour", () => {
    expect(new Date(hourStart(Date.UTC(2026, 10, 28, 9, 59, 59, 999))).toISOString()).toBe("2026-11-28T09:00:00.000Z");
    expect(hourStart(Date.UTC(2026, 10, 28, 10))).toBe(Date.UTC(2026, 10, 28, 10));
  });

  it("token buckets drop clients whose bucket is full again, and refuse new ones beyond the cap", () => {
    const buckets = new TokenBuckets({ burst: 2, perMinute: 60, maxKeys: 2 });
    expect(buckets.take("a", 0)).toBe(true);
    expect(buckets.take("b", 0)).toBe(true);
    expect(buckets.take("c", 0)).toBe(false); // no room, and nobody's bucket is full again
    expect(buckets.size).toBe(2);
    expect(buckets.take("c", 1000)).toBe(true); // a and b are full again after a second: swept
    expect(buckets.size).toBe(1);
  });

  it("reads VIEW_FLUSH_MS: 5 s by default, and refuses nonsense", () => {
    expect(readViewConfig({})).toEqual({ flushMs: 5000 });
    expect(readViewConfig({ VIEW_FLUSH_MS: " 2000 " })).toEqual({ flushMs: 2000 });
    for (const bad of ["0", "50", "2s", "-1", "1e4", "9999999"]) expect(() => readViewConfig({ VIEW_FLUSH_MS: bad }), bad).toThrow(ConfigError);
  });
});
