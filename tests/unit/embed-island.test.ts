// @vitest-environment happy-dom
// The embeds island (lib/reader/assets/embeds.js), run as it is served
// (compacted) on facades rendered by lib/content/embeds.ts: it shows the
// button, and a click (or Enter on it: it is a button) replaces the
// thumbnail with a sandboxed iframe, focused, whose address is on a listed
// frame origin; a facade whose address is elsewhere stays a link. Its origin
// list is the reader CSP's frame-src (one source of truth).
import { beforeEach, describe, expect, it } from "vitest";
import { renderEmbedHtml } from "@/lib/content/embeds";
import { FRAME_ORIGINS } from "@/lib/embeds/frame-origins";
import { readerContentSecurityPolicy } from "@/lib/http/csp";
import { loadReaderAssets } from "@/lib/reader/assets";

const island = loadReaderAssets().islands.embeds.body;
const YOUTUBE = { url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ", provider: "youtube", status: "resolved", title: "Lễ hội", author: "Báo", thumbnailId: null, thumbnailSrc: "", width: 720, height: 405 };

function facade(attrs: Record<string, unknown> = YOUTUBE): string {
  return renderEmbedHtml({ type: "embed", attrs }, { media: new Map(), figures: 0 });
}

function run(html: string, lang = "vi") {
  document.documentElement.setAttribute("lang", lang);
  document.body.innerHTML = `<div class="article-body">${html}</div>`;
  new Function(island)();
}

beforeEach(() => {
  document.body.innerHTML = "";
});

describe("the embeds island", () => {
  it("lists exactly the frame origins the reader policy allows", () => {
    const listed = JSON.parse(/var ORIGINS = (\[[^\]]*\]);/.exec(island)![1]) as string[];
    expect([...listed].sort()).toEqual([...FRAME_ORIGINS].sort());
    const frameSrc = readerContentSecurityPolicy().split("; ").find((d) => d.startsWith("frame-src "));
    expect(frameSrc?.split(" ").slice(1).sort()).toEqual([...FRAME_ORIGINS].sort());
  });

  it("shows the button, and on a click puts a sandboxed, focused iframe from the listed origin in the thumbnail's place", () => {
    run(facade());
    const button = document.querySelector<HTMLButtonElement>("button.embed-play")!;
    expect(button.hidden).toBe(false);
    expect(button.getAttribute("aria-label")).toBe("Xem: Lễ hội (tải nội dung từ YouTube)");
    expect(document.querySelector("iframe")).toBeNull();
    button.click();
    const frame = document.querySelector("iframe")!;
    expect(frame.getAttribute("src")).toBe("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
    expect(frame.getAttribute("sandbox")).toBe("allow-scripts allow-same-origin allow-popups allow-presentation");
    expect(frame.getAttribute("referrerpolicy")).toBe("strict-origin-when-cross-origin");
    expect(frame.getAttribute("title")).toBe("Lễ hội");
    expect(document.activeElement).toBe(frame);
    expect(document.querySelector("button.embed-play")).toBeNull();
    // The link stays, for whoever wants the provider's own page.
    expect(document.querySelector("figcaption a")?.getAttribute("href")).toBe(YOUTUBE.url);
  });

  it("speaks English on an English page", () => {
    run(facade({ ...YOUTUBE, provider: "vimeo", url: "https://vimeo.com/76979871", title: "Flood" }), "en");
    expect(document.querySelector("button.embed-play")?.getAttribute("aria-label")).toBe("View: Flood (loads content from Vimeo)");
  });

  it("leaves a facade whose frame address is not on a listed origin alone", () => {
    run(facade().replace("https://www.youtube-nocookie.com/embed/", "https://evil.example/embed/"));
    const button = document.querySelector<HTMLButtonElement>("button.embed-play")!;
    expect(button.hidden).toBe(true);
    button.click();
    expect(document.querySelector("iframe")).toBeNull();
  });

  it("has nothing to do for a failed embed: a plain link", () => {
    run(facade({ ...YOUTUBE, status: "failed" }));
    expect(document.querySelector("figure")).toBeNull();
    expect(document.querySelector("a")?.getAttribute("href")).toBe(YOUTUBE.url);
  });

  it("asks nothing of the provider before the click: no provider address but the data attribute", () => {
    const html = facade();
    expect(html.match(/https:\/\/[^"\s]+/g)?.filter((u) => !u.startsWith(YOUTUBE.url))).toEqual(["https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"]);
    expect(html).toContain('data-embed-src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"');
    expect(html).not.toMatch(/<(iframe|script|link)\b/);
  });
});
