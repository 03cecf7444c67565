// The newsroom tab's live connection (components/newsroom/notifications/live.ts):
// one EventSource for everything on the page, reopened when the set of
// articles followed changes; events reach the right subscribers; when the
// stream cannot be had, subscribers catch up at once and every 30 s.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

class FakeEventSource {
  static CLOSED = 2;
  static made: FakeEventSource[] = [];
  readyState = 0;
  closed = false;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  listeners = new Map<string, ((e: { data: string }) => void)[]>();
  constructor(public url: string) {
    FakeEventSource.made.push(this);
  }
  addEventListener(name: string, fn: (e: { data: string }) => void) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), fn]);
  }
  close() {
    this.closed = true;
    this.readyState = FakeEventSource.CLOSED;
  }
  emit(name: string, data: unknown) {
    for (const fn of this.listeners.get(name) ?? []) fn({ data: JSON.stringify(data) });
  }
}

const flush = () => new Promise<void>((r) => queueMicrotask(r));

beforeEach(() => {
  vi.resetModules();
  FakeEventSource.made = [];
  vi.stubGlobal("EventSource", FakeEventSource);
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("the live stream in the browser", () => {
  it("opens one stream, for the articles followed, and hands each event to whom it concerns", async () => {
    const { subscribeLive } = await import("@/components/newsroom/notifications/live");
    const bell = vi.fn();
    const sidebarA = vi.fn();
    const sidebarB = vi.fn();
    subscribeLive({ onNotification: bell });
    subscribeLive({ articleId: "a1", onComments: sidebarA });
    await flush();
    expect(FakeEventSource.made.map((s) => s.url)).toEqual(["/api/live?articles=a1"]);

    const stopB = subscribeLive({ articleId: "b2", onComments: sidebarB });
    await flush();
    expect(FakeEventSource.made.map((s) => s.url)).toEqual(["/api/live?articles=a1", `/api/live?articles=${encodeURIComponent("a1,b2")}`]);
    expect(FakeEventSource.made[0].closed).toBe(true);
    const stream = FakeEventSource.made[1];

    stream.emit("notification", { unread: 3 });
    stream.emit("comments", { articleId: "b2", threadId: "t9" });
    expect(bell).toHaveBeenCalledWith(3);
    expect(sidebarB).toHaveBeenCalledWith("b2", "t9");
    expect(sidebarA).not.toHaveBeenCalled();

    stopB();
    await flush();
    expect(FakeEventSource.made.at(-1)!.url).toBe("/api/live?articles=a1");
  });

  it("catches up when the stream comes back, and polls while it is refused", async () => {
    const { subscribeLive } = await import("@/components/newsroom/notifications/live");
    const resync = vi.fn();
    subscribeLive({ onResync: resync });
    await flush();
    const first = FakeEventSource.made[0];
    first.onopen!();
    expect(resync).not.toHaveBeenCalled(); // the first opening is not a comeback

    first.readyState = FakeEventSource.CLOSED; // the browser gave up (an error answer)
    first.onerror!();
    expect(resync).toHaveBeenCalledTimes(1); // at once
    vi.advanceTimersByTime(30_000);
    expect(resync).toHaveBeenCalledTimes(2);
    // Tried again later: a new stream, which ends the polling when it opens.
    expect(FakeEventSource.made).toHaveLength(2);
    FakeEventSource.made[1].onopen!();
    expect(resync).toHaveBeenCalledTimes(3);
    vi.advanceTimersByTime(60_000);
    expect(resync).toHaveBeenCalledTimes(3);
  });

  it("stops altogether when the server says the session ended", async () => {
    const { subscribeLive } = await import("@/components/newsroom/notifications/live");
    const resync = vi.fn();
    subscribeLive({ onResync: resync });
    await flush();
    FakeEventSource.made[0].emit("ended", {});
    expect(FakeEventSource.made[0].closed).toBe(true);
    subscribeLive({ articleId: "a1" });
    await flush();
    vi.advanceTimersByTime(600_000);
    expect(FakeEventSource.made).toHaveLength(1);
    expect(resync).not.toHaveBeenCalled();
  });
});
