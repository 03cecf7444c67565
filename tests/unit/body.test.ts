import { describe, expect, it } from "vitest";
import { BodyError, isAllowedLink, prepareBody, validateBody } from "@/lib/content/body";

const p = (text: string, marks?: unknown[]) => ({ type: "paragraph", content: [{ type: "text", text, ...(marks ? { marks } : {}) }] });
const doc = (...content: unknown[]) => ({ type: "doc", content });

describe("prepareBody", () => {
  it("renders the news vocabulary to HTML and text", () => {
    const body = prepareBody(
      doc(
        p("Lead-in"),
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Subheading" }] },
        p("bold", [{ type: "bold" }]),
        { type: "blockquote", content: [p("«Quote»")] },
        { type: "bulletList", content: [{ type: "listItem", content: [p("one")] }] },
        { type: "figure", attrs: { src: "/media/abc-960.webp", alt: "Hall", caption: "The hall.", credit: "Photo: MH", width: 960, height: 540 } },
        p("site", [{ type: "link", attrs: { href: "https://baonghean.vn/" } }]),
      ),
    );
    expect(body.html).toContain("<h2>Subheading</h2>");
    expect(body.html).toContain("<p><strong>bold</strong></p>");
    expect(body.html).toContain("<blockquote><p>«Quote»</p></blockquote>");
    expect(body.html).toContain("<ul><li><p>one</p></li></ul>");
    expect(body.html).toContain('<figure><img src="/media/abc-960.webp" alt="Hall" width="960" height="540"');
    expect(body.html).toContain('<figcaption>The hall. <span class="credit">Photo: MH</span></figcaption>');
    expect(body.html).toContain('<a href="https://baonghean.vn/" rel="noopener noreferrer nofollow">site</a>');
    expect(body.text).toBe("Lead-in\n\nSubheading\n\nbold\n\n«Quote»\n\none\n\nThe hall. Photo: MH\n\nsite");
    expect(body.words).toBe(10);
  });

  it("escapes text so markup in it stays text", () => {
    const body = prepareBody(doc(p('<script>alert("x")</script> & <img src=x onerror=alert(1)>')));
    expect(body.html).toBe("<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;</p>");
  });

  it("accepts a JSON string and rejects text that is not JSON", () => {
    expect(prepareBody(JSON.stringify(doc(p("x")))).text).toBe("x");
    expect(() => prepareBody("{not json")).toThrow(/not valid JSON/);
  });
});

describe("validateBody refuses", () => {
  const cases: [string, unknown, RegExp][] = [
    ["unknown nodes", doc({ type: "script", content: [] }), /Unknown element type "script"/],
    ["unknown marks", doc(p("x", [{ type: "code" }])), /Unknown formatting "code"/],
    ["unknown attributes", doc({ type: "paragraph", attrs: { onclick: "x" } }), /Unknown attribute "onclick"/],
    ["javascript: links", doc(p("x", [{ type: "link", attrs: { href: "javascript:alert(1)" } }])), /Links must start/],
    ["mixed-case schemes", doc(p("x", [{ type: "link", attrs: { href: "JaVaScRiPt:alert(1)" } }])), /Links must start/],
    ["whitespace-prefixed schemes", doc(p("x", [{ type: "link", attrs: { href: " javascript:alert(1)" } }])), /Links must start/],
    ["data: images", doc({ type: "figure", attrs: { src: "data:image/svg+xml,<svg onload=alert(1)>" } }), /Image source/],
    ["h1 headings", doc({ type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "x" }] }), /level 2 or 3/],
    ["objects as attribute values", doc({ type: "figure", attrs: { src: "/media/a-1.webp", alt: { x: 1 } } }), /plain value/],
    ["content in the wrong place", doc({ type: "text", text: "loose" }), /structure/],
    ["extra properties", doc({ type: "paragraph", html: "<b>x</b>" }), /Unknown property "html"/],
    ["a non-document", { type: "paragraph" }, /must be a document/],
  ];
  for (const [what, input, message] of cases) {
    it(what, () => {
      expect(() => validateBody(input)).toThrow(BodyError);
      expect(() => validateBody(input)).toThrow(message);
    });
  }

  it("over-deep nesting", () => {
    let node: unknown = p("deep");
    for (let i = 0; i < 30; i++) node = { type: "blockquote", content: [node] };
    expect(() => validateBody(doc(node))).toThrow(/nested too deeply/);
  });
});

describe("isAllowedLink", () => {
  it("allows http, https and mailto only", () => {
    expect(isAllowedLink("https://example.com/a?b=1")).toBe(true);
    expect(isAllowedLink("http://example.com")).toBe(true);
    expect(isAllowedLink("mailto:desk@example.com")).toBe(true);
    expect(isAllowedLink("vbscript:msgbox(1)")).toBe(false);
    expect(isAllowedLink("java\tscript:alert(1)")).toBe(false);
    expect(isAllowedLink("/relative")).toBe(false);
  });
});

describe("figures", () => {
  const fig = (mediaId: string) => ({ type: "figure", attrs: { src: `/media/${mediaId}-960.webp`, mediaId, alt: "x", width: 960, height: 540 } });
  it("get srcset and sizes from the stored variants; the lead image loads first, the rest lazily", () => {
    const media = new Map([
      ["aaa", { fileKey: "aaa", variants: "480,960" }],
      ["bbb", { fileKey: "bbb", variants: [960, 480] }],
    ]);
    const { html } = prepareBody(doc(fig("aaa"), p("text"), fig("bbb")), media);
    const [first, second] = html.match(/<img[^>]*>/g)!;
    expect(first).toContain('srcset="/media/aaa-480.webp 480w, /media/aaa-960.webp 960w"');
    expect(first).toContain('sizes="(min-width: 900px) 720px, 100vw"');
    expect(first).toContain('fetchpriority="high"');
    expect(first).not.toContain("loading=");
    expect(second).toContain('srcset="/media/bbb-480.webp 480w, /media/bbb-960.webp 960w"');
    expect(second).toContain('loading="lazy"');
  });
});
