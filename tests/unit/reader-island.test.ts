// The reader site's one script (lib/reader/assets/reader.js), run as it is
// served (lib/reader/assets.ts) against a small stand-in for the page: it
// sends one view beacon on an article's page, shows and works the copy-link
// buttons, and rewrites relative times exactly as lib/time/relative.ts
// would. And it stays small and free of eval and inline code.
import { runInNewContext, Script } from "node:vm";
import { gzipSync } from "node:zlib";
import { describe, expect, it, vi } from "vitest";
import { loadReaderAssets } from "@/lib/reader/assets";
import { relativeTimeLabel } from "@/lib/time/relative";
import { toZonedIso } from "@/lib/time/zones";
import { BEACON_PATH } from "@/lib/views/beacon";

const script = loadReaderAssets().script;
const VN = "Asia/Ho_Chi_Minh";
const NOW = Date.parse("2026-11-28T08:30:00Z"); // 15:30 in Vietnam

type Listener = (...args: unknown[]) => void;

class FakeElement {
  hidden = false;
  textContent: string;
  readonly listeners = new Map<string, Listener>();
  constructor(
    readonly attributes: Record<string, string>,
    text = "",
  ) {
    this.textContent = text;
  }
  getAttribute(name: string): string | null {
    return this.attributes[name] ?? null;
  }
  addEventListener(type: string, listener: Listener) {
    this.listeners.set(type, listener);
  }
}

type Page = {
  lang?: string;
  article?: string;
  buttons?: FakeElement[];
  times?: FakeElement[];
  prerendering?: boolean;
  clipboard?: boolean;
  beaconAccepted?: boolean;
  /** When the page was rendered (ms); by default an hour before NOW, a kept copy. */
  rendered?: number;
};

/** Runs the served script on a stand-in page; answers what it did. */
function run(page: Page) {
  const timers: (() => void)[] = [];
  const documentListeners = new Map<string, Listener>();
  const root = new FakeElement({
    "data-time-zone": VN,
    "data-just-now": page.lang === "en" ? "just now" : "vừa xong",
    "data-rendered": String(page.rendered ?? NOW - 3_600_000),
  });
  const meta = page.article === undefined ? null : new FakeElement({ name: "sapo:article", content: page.article });
  const document = {
    documentElement: Object.assign(root, { lang: page.lang ?? "vi" }),
    prerendering: page.prerendering ?? false,
    addEventListener: (type: string, listener: Listener) => documentListeners.set(type, listener),
    querySelector: (selector: string) => (selector === 'meta[name="sapo:article"]' ? meta : null),
    querySelectorAll: (selector: string) =>
      selector === "button[data-copy-link]" ? (page.buttons ?? []) : selector === "time[data-relative]" ? (page.times ?? []) : [],
  };
  const navigator = {
    sendBeacon: vi.fn(() => page.beaconAccepted ?? true),
    ...(page.clipboard === false ? {} : { clipboard: { writeText: vi.fn(async () => {}) } }),
  };
  const fetch = vi.fn(async () => ({}));
  runInNewContext(script.body, {
    document,
    navigator,
    fetch,
    Intl,
    Date: { now: () => NOW, parse: Date.parse },
    setTimeout: (fn: () => void) => timers.push(fn),
    clearTimeout: () => {},
  });
  return { navigator, fetch, timers, documentListeners };
}

describe("the view beacon", () => {
  it("is sent once on an article's page, with the article's id, to the beacon's address", () => {
    const { navigator, fetch } = run({ article: "cmx1hwbnm0001yx7doa47jl8g" });
    expect(navigator.sendBeacon.mock.calls).toEqual([[BEACON_PATH, "cmx1hwbnm0001yx7doa47jl8g"]]);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("is not sent from other pages", () => {
    expect(run({}).navigator.sendBeacon).not.toHaveBeenCalled();
  });

  it("falls back to a keepalive fetch when the browser will not queue it", () => {
    const { fetch } = run({ article: "a1", beaconAccepted: false });
    expect(fetch.mock.calls).toEqual([[BEACON_PATH, { method: "POST", body: "a1", keepalive: true, credentials: "omit" }]]);
  });

  it("waits until a prerendered page is shown", () => {
    const { navigator, documentListeners } = run({ article: "a1", prerendering: true });
    expect(navigator.sendBeacon).not.toHaveBeenCalled();
    documentListeners.get("prerenderingchange")!();
    expect(navigator.sendBeacon).toHaveBeenCalledTimes(1);
  });
});

describe("copy-link buttons", () => {
  it("are shown, copy their address and say so for two seconds", async () => {
    const button = new FakeElement({ "data-copy-link": "https://baonghean.example/thoi-su/a", "data-copied": "Đã chép" }, "Chép liên kết");
    button.hidden = true;
    const { navigator, timers } = run({ buttons: [button] });
    expect(button.hidden).toBe(false);
    button.listeners.get("click")!();
    await Promise.resolve();
    await Promise.resolve();
    expect(navigator.clipboard!.writeText).toHaveBeenCalledWith("https://baonghean.example/thoi-su/a");
    expect(button.textContent).toBe("Đã chép");
    expect(timers).toHaveLength(1);
    timers[0]();
    expect(button.textContent).toBe("Chép liên kết");
  });

  it("stay hidden where there is no clipboard to copy to", () => {
    const button = new FakeElement({ "data-copy-link": "https://baonghean.example/a" });
    button.hidden = true;
    run({ buttons: [button], clipboard: false });
    expect(button.hidden).toBe(true);
    expect(button.listeners.size).toBe(0);
  });
});

describe("relative times", () => {
  const MIN = 60_000;
  // Today, yesterday (even minutes ago, just after midnight), a little ahead, far ahead, long ago.
  const offsets = [0, 30_000, -30_000, -5 * MIN, MIN, 59 * MIN, 61 * MIN, 5 * 3_600_000, 15 * 3_600_000 + 29 * MIN, 15 * 3_600_000 + 31 * MIN, 23 * 3_600_000, 3 * 86_400_000];

  for (const lang of ["vi", "en"]) {
    it(`say what the server would say now (${lang}), and keep the server's text when it would show the date`, () => {
      const times = offsets.map((offset) => {
        const date = new Date(NOW - offset);
        return new FakeElement({ datetime: toZonedIso(date, VN), "data-relative": "" }, "server text");
      });
      run({ lang, times });
      const expected = offsets.map((offset) => relativeTimeLabel(new Date(NOW - offset), new Date(NOW), lang, VN) ?? "server text");
      expect(times.map((t) => t.textContent)).toEqual(expected);
      // The cases above do cover both outcomes.
      expect(expected.filter((e) => e === "server text").length).toBeGreaterThanOrEqual(3);
      expect(expected.filter((e) => e !== "server text").length).toBeGreaterThanOrEqual(6);
    });
  }

  it("show the date the server gave them once they are no longer of today", () => {
    const yesterday = new FakeElement({ datetime: toZonedIso(new Date(NOW - 23 * 3_600_000), VN), "data-relative": "27/11/2026" }, "5 giờ trước");
    const today = new FakeElement({ datetime: toZonedIso(new Date(NOW - 5 * MIN), VN), "data-relative": "28/11/2026" }, "server text");
    run({ times: [yesterday, today] });
    expect(relativeTimeLabel(new Date(NOW - 23 * 3_600_000), new Date(NOW), "vi", VN)).toBeNull();
    expect(yesterday.textContent).toBe("27/11/2026");
    expect(today.textContent).toBe(relativeTimeLabel(new Date(NOW - 5 * MIN), new Date(NOW), "vi", VN));
  });

  it("are left as the server wrote them on a page rendered less than a minute ago", () => {
    const time = new FakeElement({ datetime: toZonedIso(new Date(NOW - 5 * MIN), VN), "data-relative": "" }, "server text");
    run({ times: [time], rendered: NOW - 30_000 });
    expect(time.textContent).toBe("server text");
    run({ times: [time], rendered: NOW - 2 * MIN });
    expect(time.textContent).not.toBe("server text");
  });
});

describe("the script as served", () => {
  it("is valid ES2017 without eval, new Function, inline handlers or HTML injection", () => {
    expect(() => new Script(script.body)).not.toThrow();
    expect(script.body).not.toMatch(/\beval\b|\bFunction\(|innerHTML|outerHTML|insertAdjacentHTML|document\.write|setAttribute\(["']on/);
    // Nothing newer than ES2017 that older phones would choke on.
    expect(script.body).not.toMatch(/\?\.|\?\?|catch\s*\{|\.flat\(|\bclass\s/);
  });

  it("is small: well under 1.5 KB gzipped, comments left in the source", () => {
    expect(gzipSync(script.body, { level: 9 }).length).toBeLessThan(1500);
    expect(script.body).not.toContain("//");
    expect(script.file).toMatch(/^reader-[0-9a-f]{12}\.js$/);
    expect(script.contentType).toBe("text/javascript; charset=utf-8");
  });
});
