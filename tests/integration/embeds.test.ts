// Embeds resolved through oEmbed against a local fake provider
// (tests/support/fake-oembed.ts, pointed at by OEMBED_ENDPOINTS) and a real
// database: the thumbnail is copied into the media library; a slow answer,
// an oversized one, a redirect to a private address and an HTML page all end
// as "failed"; HTML in the answer's fields ends as inert text in the node and
// escaped in the reader's HTML; a link of no allowlisted provider is refused
// before any fetch; and the body's rules refuse forged embed nodes.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { mediaFor } from "@/lib/articles/field-writes";
import { prepareBody, validateBody } from "@/lib/content/body";
import { resolveEmbed } from "@/lib/embeds/resolve";
import { messageFor } from "@/lib/i18n/catalogue";
import { freshDatabase, type TestDb } from "@/tests/support/db";
import { FAKE_IDS, INJECTED, startFakeOembed, type FakeOembed } from "@/tests/support/fake-oembed";

let currentUser: CurrentUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => currentUser }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-sapo-peer": "203.0.113.9" }) }));

let t: TestDb;
let fake: FakeOembed;
let reporter: CurrentUser;
let resolveAction: typeof import("@/lib/actions/embeds/resolve-embed").resolveEmbedAction;

const saved = { DATABASE_URL: process.env.DATABASE_URL, DATA_DIR: process.env.DATA_DIR, OEMBED_ENDPOINTS: process.env.OEMBED_ENDPOINTS, OUTBOUND_ALLOW_LOOPBACK: process.env.OUTBOUND_ALLOW_LOOPBACK };
const youtube = (id: string) => `https://www.youtube.com/watch?v=${id}`;
const oembedCalls = () => fake.requests.filter((r) => r.startsWith("/oembed"));

beforeAll(async () => {
  t = await freshDatabase();
  process.env.DATABASE_URL = t.url;
  process.env.DATA_DIR = t.dir;
  // The escape hatch for pasted images stays off: only the stand-in endpoint relaxes the rules.
  delete process.env.OUTBOUND_ALLOW_LOOPBACK;
  fake = await startFakeOembed();
  resolveAction = (await import("@/lib/actions/embeds/resolve-embed")).resolveEmbedAction;
  const u = await t.db.user.create({ data: { email: "lan@example.com", displayName: "Lan", role: "REPORTER" } });
  reporter = { id: u.id, email: u.email, displayName: "Lan", role: "REPORTER", penName: null, language: "en" };
});

afterAll(async () => {
  await fake.close();
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  await t.db.$disconnect();
});

beforeEach(() => {
  currentUser = reporter;
  process.env.OEMBED_ENDPOINTS = JSON.stringify({ youtube: `${fake.base}/oembed`, vimeo: `${fake.base}/oembed` });
  fake.requests.length = 0;
});

/** The action's embed for `url`, which must be ok. */
async function resolved(url: string) {
  const result = await resolveAction({ url });
  expect(result.ok, url).toBe(true);
  if (!result.ok) throw new Error(result.error);
  return result.embed;
}

const doc = (attrs: Record<string, unknown>) => ({ type: "doc", content: [{ type: "embed", attrs }] });

describe("resolving an embed", () => {
  it("stores title, author, size and a thumbnail copied into the media library", async () => {
    const before = await t.db.media.count();
    const embed = await resolved(`https://youtu.be/${FAKE_IDS.good}?si=tracking`);
    expect(embed).toMatchObject({ status: "resolved", provider: "youtube", url: youtube(FAKE_IDS.good), title: "Lễ hội đền Cuông 2026", author: "Báo Nghệ An", width: 720, height: 405 });
    expect(embed.thumbnailId).toEqual(expect.any(String));
    expect(embed.thumbnailSrc).toMatch(/^\/media\/[a-f0-9]+-\d+\.webp$/);
    const media = await t.db.media.findUniqueOrThrow({ where: { id: embed.thumbnailId! } });
    expect(media).toMatchObject({ width: 480, height: 360, uploadedById: reporter.id });
    expect(await t.db.media.count()).toBe(before + 1);
    // The canonical link was asked, not the pasted one with its tracking.
    expect(oembedCalls()[0]).toContain(encodeURIComponent(youtube(FAKE_IDS.good)));
    // And the node it makes is valid and renders as a facade with the library's copy.
    const body = doc(embed);
    const { variants } = await mediaFor(t.db, body);
    const html = prepareBody(body, variants).html;
    expect(html).toContain('data-island="embeds"');
    expect(html).toContain(`data-embed-src="https://www.youtube-nocookie.com/embed/${FAKE_IDS.good}"`);
    expect(html).toContain(`<a href="${youtube(FAKE_IDS.good)}"`);
    expect(html).toContain(`/media/${media.fileKey}-`);
    expect(html).not.toContain(fake.base);
    expect(html).not.toContain("evil.example");
  });

  it("fails on an answer that does not come in time", async () => {
    const embed = await resolveEmbed(t.db, youtube(FAKE_IDS.slow), { uploadedById: reporter.id, timeoutMs: 400 });
    expect(embed).toMatchObject({ status: "failed", reason: "unreachable", url: youtube(FAKE_IDS.slow), thumbnailId: null });
  });

  it("fails on an answer over the size cap", async () => {
    expect(await resolved(youtube(FAKE_IDS.huge))).toMatchObject({ status: "failed", reason: "tooLarge", title: "" });
  });

  it("refuses a redirect to a private or link-local address without following it", async () => {
    expect(await resolved(youtube(FAKE_IDS.redirect))).toMatchObject({ status: "failed", reason: "refused" });
    expect(await resolved(youtube(FAKE_IDS.metadata))).toMatchObject({ status: "failed", reason: "refused" });
    // Not even one to this same server is followed.
    expect(await resolved(youtube(FAKE_IDS.redirectHere))).toMatchObject({ status: "failed", reason: "refused" });
    // One request each, to the endpoint: nothing followed the Location.
    expect(fake.requests).toHaveLength(3);
    expect(fake.requests.every((r) => r.startsWith("/oembed?"))).toBe(true);
  });

  it("fails on an answer that is not JSON", async () => {
    expect(await resolved(youtube(FAKE_IDS.notJson))).toMatchObject({ status: "failed", reason: "invalid" });
  });

  it("keeps HTML in the answer's fields as inert text, and skips a thumbnail it may not fetch", async () => {
    const embed = await resolved(youtube(FAKE_IDS.inject));
    expect(embed.status).toBe("resolved");
    for (const text of [embed.title, embed.author]) expect(text).not.toContain("<");
    expect(embed.title).toBe('Lễ hội đền Cuông');
    expect(embed.author).toBe('"> Đài PT-TH Nghệ An');
    expect(embed.thumbnailId).toBeNull();
    const html = prepareBody(doc(embed)).html;
    expect(html).not.toMatch(/<script|<svg|<img|onerror|onload/i);
    expect(html).toContain("&quot;&gt; Đài PT-TH Nghệ An");
    expect(html).not.toContain(INJECTED.author);
    expect(fake.requests.every((r) => r.startsWith("/oembed"))).toBe(true);
  });

  it("resolves without a thumbnail offered over plain http, and never fetches it", async () => {
    const embed = await resolved(youtube(FAKE_IDS.plainHttp));
    expect(embed).toMatchObject({ status: "resolved", thumbnailId: null, thumbnailSrc: "", title: "Lễ hội đền Cuông 2026" });
    expect(fake.requests).toHaveLength(1);
  });

  it("refuses a link of no allowlisted provider before any fetch, in the writer's language", async () => {
    for (const url of [`${fake.base}/oembed?url=x`, "https://evil.example/watch?v=dQw4w9WgXcQ", "https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ", "javascript:alert(1)//youtube.com/watch?v=dQw4w9WgXcQ"]) {
      const result = await resolveAction({ url });
      expect(result, url).toEqual({ ok: false, error: messageFor("en", "editor.embed.failures.unsupported") });
    }
    expect(fake.requests).toHaveLength(0);
  });

  it("resolves a Google Maps link without any fetch, and Facebook without a Meta token from the link alone", async () => {
    const map = await resolved("https://www.google.com/maps/place/Qu%E1%BA%A3ng+tr%C6%B0%E1%BB%9Dng+H%E1%BB%93+Ch%C3%AD+Minh/@18.6745,105.6813,17z/data=!3m1");
    expect(map).toMatchObject({ status: "resolved", provider: "googleMaps", title: "Quảng trường Hồ Chí Minh", thumbnailId: null });
    expect(prepareBody(doc(map)).html).toContain('data-embed-src="https://www.google.com/maps?q=Qu%E1%BA%A3ng+tr%C6%B0%E1%BB%9Dng+H%E1%BB%93+Ch%C3%AD+Minh&amp;z=17&amp;output=embed"');
    const post = await resolved("https://m.facebook.com/baonghean/posts/1234567890?ref=share");
    expect(post).toMatchObject({ status: "resolved", provider: "facebook", url: "https://www.facebook.com/baonghean/posts/1234567890", title: "" });
    expect(fake.requests).toHaveLength(0);
  });

  it("needs a session", async () => {
    currentUser = null;
    const result = await resolveAction({ url: youtube(FAKE_IDS.good) });
    expect(result.ok).toBe(false);
    expect(fake.requests).toHaveLength(0);
  });
});

describe("the body's rules for embed nodes", () => {
  const good = { url: youtube(FAKE_IDS.good), provider: "youtube", status: "resolved", title: "T", author: "A", thumbnailId: null, thumbnailSrc: "", width: 720, height: 405 };

  it("accepts a resolved, a failed and a pending embed", () => {
    for (const status of ["resolved", "failed", "pending"]) expect(() => validateBody(doc({ ...good, status }))).not.toThrow();
    expect(() => validateBody(doc({ ...good, provider: null, status: "pending" }))).not.toThrow();
  });

  it.each([
    ["a javascript: link", { url: "javascript:alert(1)" }],
    ["a link of another site", { url: "https://evil.example/watch?v=dQw4w9WgXcQ" }],
    ["a link not in canonical form", { url: `https://youtu.be/${FAKE_IDS.good}` }],
    ["an http link", { url: `http://www.youtube.com/watch?v=${FAKE_IDS.good}` }],
    ["an unknown provider", { provider: "myspace" }],
    ["a provider that is not the link's", { provider: "vimeo" }],
    ["an unknown status", { status: "trusted" }],
    ["a long title", { title: "x".repeat(301) }],
    ["a long author", { author: "x".repeat(201) }],
    ["a thumbnail on another site over http", { thumbnailSrc: "http://evil.example/t.png" }],
    ["a javascript: thumbnail", { thumbnailSrc: "javascript:alert(1)" }],
    ["a thumbnail id that is not text", { thumbnailId: 12 }],
    ["a zero width", { width: 0 }],
    ["a fractional height", { height: 1.5 }],
    ["an attribute of its own", { html: "<iframe>" }],
  ])("refuses %s", (_name, change) => {
    expect(() => validateBody(doc({ ...good, ...change }))).toThrow();
  });

  it("renders a failed or pending embed as a plain link, escaped", () => {
    const html = prepareBody(doc({ ...good, status: "failed", title: '<b>"x"</b>' })).html;
    expect(html).toBe(`<p class="embed-link"><a href="${youtube(FAKE_IDS.good)}" rel="noopener noreferrer nofollow">&lt;b&gt;&quot;x&quot;&lt;/b&gt;</a></p>`);
    expect(prepareBody(doc({ ...good, status: "pending", title: "" })).html).not.toContain("data-island");
  });
});
