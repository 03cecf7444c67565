// The embed allowlist (lib/embeds/providers.ts): which links each provider
// takes and their canonical form, the frame address built on the provider's
// own frame origin, and lookalike hosts and other schemes refused; and the
// untrusted-text cleaning of oEmbed fields (lib/embeds/text.ts).
import { describe, expect, it } from "vitest";
import { EMBED_FRAME_ORIGINS } from "@/lib/embeds/frame-origins";
import { embedFrameSrc, matchEmbedUrl } from "@/lib/embeds/providers";
import { cleanEmbedSize, cleanEmbedText } from "@/lib/embeds/text";

describe("recognising an embed link", () => {
  it.each([
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s", "youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"],
    ["https://youtu.be/dQw4w9WgXcQ?si=abc", "youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"],
    ["https://m.youtube.com/shorts/dQw4w9WgXcQ", "youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"],
    ["https://vimeo.com/76979871", "vimeo", "https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871"],
    ["https://vimeo.com/76979871/abc123def0", "vimeo", "https://vimeo.com/76979871/abc123def0", "https://player.vimeo.com/video/76979871?h=abc123def0"],
    ["https://x.com/baonghean/status/1790000000000000000?s=20", "x", "https://twitter.com/baonghean/status/1790000000000000000", "https://platform.twitter.com/embed/Tweet.html?id=1790000000000000000"],
    ["https://www.tiktok.com/@baonghean/video/7300000000000000000?lang=vi", "tiktok", "https://www.tiktok.com/@baonghean/video/7300000000000000000", "https://www.tiktok.com/embed/v2/7300000000000000000"],
    ["https://www.instagram.com/reel/C1a2B3c4D5e/?igsh=x", "instagram", "https://www.instagram.com/reel/C1a2B3c4D5e/", "https://www.instagram.com/p/C1a2B3c4D5e/embed"],
    ["https://www.facebook.com/baonghean/videos/123456789/", "facebook", "https://www.facebook.com/baonghean/videos/123456789", "https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fbaonghean%2Fvideos%2F123456789&show_text=true"],
    ["https://www.facebook.com/permalink.php?story_fbid=111&id=222&ref=x", "facebook", "https://www.facebook.com/permalink.php?story_fbid=111&id=222", "https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fpermalink.php%3Fstory_fbid%3D111%26id%3D222&show_text=true"],
    ["https://www.google.com/maps/@18.67,105.68,15z", "googleMaps", "https://www.google.com/maps?q=18.67%2C105.68&z=15", "https://www.google.com/maps?q=18.67%2C105.68&z=15&output=embed"],
    ["https://www.google.com/maps/embed?pb=!1m18!1m12", "googleMaps", "https://www.google.com/maps/embed?pb=!1m18!1m12", "https://www.google.com/maps/embed?pb=!1m18!1m12"],
  ])("%s", (pasted, provider, canonical, frame) => {
    const match = matchEmbedUrl(pasted);
    expect(match).toMatchObject({ provider, url: canonical });
    // The canonical link is a fixed point, and the frame is on the provider's origin.
    expect(matchEmbedUrl(canonical)?.url).toBe(canonical);
    expect(embedFrameSrc(match!.provider, canonical)).toBe(frame);
    expect(frame.startsWith(`${EMBED_FRAME_ORIGINS[match!.provider]}/`)).toBe(true);
  });

  it.each([
    "https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
    "https://evil.example/?u=https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://user:pw@www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ",
    "javascript:alert(1)",
    "ftp://vimeo.com/1",
    "https://www.youtube.com/watch?v=short",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ%22%3E",
    "https://www.facebook.com/",
    "https://www.google.com/search?q=maps",
    "https://maps.app.goo.gl/abc",
    "not a link",
  ])("refuses %s", (url) => {
    expect(matchEmbedUrl(url)).toBeNull();
  });

  it("builds no frame for a link of another provider", () => {
    expect(embedFrameSrc("vimeo", "https://www.youtube.com/watch?v=dQw4w9WgXcQ")).toBeNull();
  });
});

describe("cleaning an oEmbed field", () => {
  it("drops markup, scripts and control characters, and caps the length", () => {
    expect(cleanEmbedText('<script>alert(1)</script><b>Lũ</b> ở\u0000 Kỳ\u202e Sơn <img src=x onerror=y>', 100)).toBe("Lũ ở Kỳ Sơn");
    expect(cleanEmbedText("ạ".repeat(50), 10)).toBe("ạ".repeat(10));
    expect(cleanEmbedText(42, 10)).toBe("");
  });

  it("keeps sizes that are positive whole numbers", () => {
    expect(cleanEmbedSize(720)).toBe(720);
    expect(cleanEmbedSize("405")).toBe(405);
    for (const bad of [0, -1, 1.5, "1e3", 1e9, null]) expect(cleanEmbedSize(bad)).toBeNull();
  });
});
