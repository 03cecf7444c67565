// The reader site's document cache (lib/server/document-cache.ts) and its
// sending (lib/server/send-document.ts), through a real HTTP server on a free
// port: hits, coalesced renders, stale-while-rendering after a change, content
// codings, ETag/304, HEAD, expiry, failed renders, eviction, uncacheable
// documents. Raw bytes come through http.request (fetch would decompress).
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DocumentCache, type RenderedDocument } from "@/lib/server/document-cache";
import { acceptedEncodings, ifNoneMatchMatches, isCompressibleType } from "@/lib/server/send-document";

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };
type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;

let server: http.Server | undefined;
let port = 0;
async function stop(): Promise<void> {
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
}
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await stop();
});

/** How many requests reached the handler: lets a test wait for them. */
let arrived = 0;

async function listen(handle: Handler): Promise<void> {
  arrived = 0;
  server = http.createServer((req, res) => {
    arrived++;
    handle(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
}

/** A server whose every URL is a cache key rendered by `render`. */
async function serveWith(cache: DocumentCache, render: (key: string) => Promise<RenderedDocument>): Promise<void> {
  await listen((req, res) => cache.serve(req, res, req.url ?? "/", () => render(req.url ?? "/")));
}

function request(path: string, headers: http.OutgoingHttpHeaders = {}, method = "GET"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(condition()).toBe(true);
}

function deferred(): { promise: Promise<void>; release: () => void } {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { promise, release };
}

/** About 20 KB of varied HTML, well worth compressing. */
function bigHtml(tag: string): string {
  const rows = Array.from({ length: 300 }, (_, i) => `<li><a href="/news/${i * 7919}">${tag} story ${i}: ${(i * 2654435761) % 1000003}</a></li>`);
  return `<!doctype html><html><body><h1>${tag}</h1><ul>${rows.join("\n")}</ul></body></html>`;
}

function html(body: string, extra: Partial<RenderedDocument> = {}): RenderedDocument {
  return {
    status: 200,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=60" },
    body,
    cacheable: true,
    ...extra,
  };
}

function decode(answer: Answer): string {
  const coding = answer.headers["content-encoding"];
  if (coding === "br") return zlib.brotliDecompressSync(answer.body).toString("utf8");
  if (coding === "gzip") return zlib.gunzipSync(answer.body).toString("utf8");
  expect(coding).toBeUndefined();
  return answer.body.toString("utf8");
}

describe("DocumentCache", () => {
  it("renders a document once and serves it from memory afterwards", async () => {
    const cache = new DocumentCache();
    const render = vi.fn(async () => html("<p>hello</p>"));
    await serveWith(cache, render);
    expect((await request("/a")).body.toString()).toBe("<p>hello</p>");
    const second = await request("/a");
    expect(second.body.toString()).toBe("<p>hello</p>");
    expect(second.headers["cache-control"]).toBe("public, max-age=60");
    expect(render).toHaveBeenCalledTimes(1);
    expect(cache.stats()).toMatchObject({ entries: 1, hits: 1, misses: 1 });
  });

  it("makes one render for a burst of requests for the same missing key", async () => {
    const cache = new DocumentCache();
    const gate = deferred();
    const render = vi.fn(async () => {
      await gate.promise;
      return html(bigHtml("burst"));
    });
    await serveWith(cache, render);
    const answers = Promise.all(Array.from({ length: 50 }, () => request("/burst", { "accept-encoding": "br" })));
    await until(() => arrived === 50);
    gate.release();
    for (const answer of await answers) expect(decode(answer)).toBe(bigHtml("burst"));
    expect(render).toHaveBeenCalledTimes(1);
  });

  it("after invalidateAll, the next request waits for the new content while others get the old at once", async () => {
    const cache = new DocumentCache();
    let version = "v1";
    let gate: Promise<void> = Promise.resolve();
    const render = vi.fn(async () => {
      const seen = version;
      await gate;
      return html(`<p>${seen}</p>`);
    });
    await serveWith(cache, render);
    expect((await request("/p")).body.toString()).toBe("<p>v1</p>");

    version = "v2";
    const held = deferred();
    gate = held.promise;
    cache.invalidateAll();
    const editor = request("/p");
    await until(() => render.mock.calls.length === 2);
    // The render is in flight: a reader meanwhile gets the stale copy without waiting.
    expect((await request("/p")).body.toString()).toBe("<p>v1</p>");
    held.release();
    expect((await editor).body.toString()).toBe("<p>v2</p>");
    expect((await request("/p")).body.toString()).toBe("<p>v2</p>");
    expect(render).toHaveBeenCalledTimes(2);
  });

  it("does not let a render begun before invalidateAll answer a request made after it", async () => {
    const cache = new DocumentCache();
    let version = "v1";
    const held = deferred();
    const render = vi.fn(async () => {
      const seen = version;
      if (seen === "v1") await held.promise;
      return html(`<p>${seen}</p>`);
    });
    await serveWith(cache, render);
    const early = request("/q");
    await until(() => render.mock.calls.length === 1);
    version = "v2";
    cache.invalidateAll();
    expect((await request("/q")).body.toString()).toBe("<p>v2</p>");
    held.release();
    expect((await early).body.toString()).toBe("<p>v1</p>");
    // The late v1 did not replace v2.
    expect((await request("/q")).body.toString()).toBe("<p>v2</p>");
    expect(render).toHaveBeenCalledTimes(2);
  });

  it("picks brotli, gzip or identity from Accept-Encoding, all decoding to the same body", async () => {
    const cache = new DocumentCache();
    const body = bigHtml("codings");
    await serveWith(cache, async () => html(body));
    const cases: [string | undefined, string | undefined][] = [
      ["gzip, deflate, br, zstd", "br"],
      ["gzip", "gzip"],
      ["br;q=0, gzip", "gzip"],
      ["gzip;q=1, br;q=0.5", "gzip"],
      ["x-gzip", "gzip"],
      ["*", "br"],
      ["*;q=0, identity", undefined],
      ["br;q=0, gzip;q=0", undefined],
      ["deflate", undefined],
      [undefined, undefined],
    ];
    for (const [accept, coding] of cases) {
      const answer = await request("/c", accept === undefined ? {} : { "accept-encoding": accept });
      expect(answer.headers["content-encoding"], accept).toBe(coding);
      expect(answer.headers.vary).toBe("Accept-Encoding");
      expect(Number(answer.headers["content-length"])).toBe(answer.body.length);
      expect(decode(answer)).toBe(body);
    }
    const br = await request("/c", { "accept-encoding": "br" });
    expect(br.body.length).toBeLessThan(Buffer.byteLength(body) / 3);
  });

  it("sends small bodies and non-text types as they are", async () => {
    const cache = new DocumentCache();
    const png = Buffer.alloc(4096, 7);
    await serveWith(cache, async (key) =>
      key === "/img" ? { status: 200, headers: { "Content-Type": "image/png" }, body: png, cacheable: true } : html("<p>short</p>"),
    );
    const image = await request("/img", { "accept-encoding": "br, gzip" });
    expect(image.headers["content-encoding"]).toBeUndefined();
    expect(image.headers.vary).toBeUndefined();
    expect(image.body.equals(png)).toBe(true);
    const small = await request("/small", { "accept-encoding": "br, gzip" });
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(small.headers.vary).toBe("Accept-Encoding");
    expect(small.body.toString()).toBe("<p>short</p>");
  });

  it("answers If-None-Match with a 304 carrying the weak ETag, the same for every coding", async () => {
    const cache = new DocumentCache();
    await serveWith(cache, async (key) => (key === "/missing" ? html(bigHtml("404"), { status: 404 }) : html(bigHtml("etag"))));
    const br = await request("/e", { "accept-encoding": "br" });
    const plain = await request("/e");
    const etag = br.headers.etag!;
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]{16,22}"$/);
    expect(plain.headers.etag).toBe(etag);
    for (const ifNoneMatch of [etag, etag.slice(2), `"other", ${etag}`, "*"]) {
      const answer = await request("/e", { "if-none-match": ifNoneMatch, "accept-encoding": "br" });
      expect(answer.status, ifNoneMatch).toBe(304);
      expect(answer.body.length).toBe(0);
      expect(answer.headers.etag).toBe(etag);
      expect(answer.headers["cache-control"]).toBe("public, max-age=60");
      expect(answer.headers.vary).toBe("Accept-Encoding");
      expect(answer.headers["content-length"]).toBeUndefined();
      expect(answer.headers["content-encoding"]).toBeUndefined();
    }
    expect((await request("/e", { "if-none-match": 'W/"something-else"' })).status).toBe(200);
    const notFound = await request("/missing", { "if-none-match": "*" });
    expect(notFound.status).toBe(404);
    expect(notFound.headers.etag).toBeUndefined();
  });

  it("answers HEAD with GET's status and headers and no body", async () => {
    const cache = new DocumentCache();
    await serveWith(cache, async () => html(bigHtml("head")));
    const get = await request("/h", { "accept-encoding": "gzip" });
    const head = await request("/h", { "accept-encoding": "gzip" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    for (const name of ["content-type", "content-encoding", "content-length", "etag", "vary", "cache-control"]) {
      expect(head.headers[name], name).toBe(get.headers[name]);
    }
    expect(Number(head.headers["content-length"])).toBe(get.body.length);
  });

  it("renders again once an entry is older than maxAgeMs", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const cache = new DocumentCache();
    let n = 0;
    const render = vi.fn(async () => html(`<p>${++n}</p>`));
    await serveWith(cache, render);
    expect((await request("/x")).body.toString()).toBe("<p>1</p>");
    vi.setSystemTime(Date.now() + 59_000);
    expect((await request("/x")).body.toString()).toBe("<p>1</p>");
    vi.setSystemTime(Date.now() + 2_000);
    expect((await request("/x")).body.toString()).toBe("<p>2</p>");
    expect(render).toHaveBeenCalledTimes(2);
  });

  it("serves the stale copy when a render fails, and a 500 when there is none", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const cache = new DocumentCache();
    let fail = false;
    const render = vi.fn(async (key: string) => {
      if (fail) throw new Error("database down");
      return html(`<p>${key}</p>`);
    });
    await serveWith(cache, render);
    expect((await request("/s")).body.toString()).toBe("<p>/s</p>");
    fail = true;
    cache.invalidateAll();
    const stale = await request("/s");
    expect(stale.status).toBe(200);
    expect(stale.body.toString()).toBe("<p>/s</p>");
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0][0])).toContain("database down");

    const none = await request("/t");
    expect(none.status).toBe(500);
    expect(none.headers["content-type"]).toMatch(/^text\/plain/);
    expect(none.body.toString()).toBe("Internal Server Error");
    // Nothing was kept: once rendering works again, /t is rendered.
    fail = false;
    expect((await request("/t")).body.toString()).toBe("<p>/t</p>");
    expect((await request("/s")).body.toString()).toBe("<p>/s</p>");
    expect(render).toHaveBeenCalledTimes(5);
  });

  it("serves the stale copy rather than a 5xx document", async () => {
    const cache = new DocumentCache();
    let status = 200;
    const render = vi.fn(async () => html(`<p>${status}</p>`, { status }));
    await serveWith(cache, render);
    expect((await request("/u")).body.toString()).toBe("<p>200</p>");
    status = 503;
    cache.invalidateAll();
    const answer = await request("/u");
    expect(answer.status).toBe(200);
    expect(answer.body.toString()).toBe("<p>200</p>");
    expect((await request("/other")).status).toBe(503);
    expect(render).toHaveBeenCalledTimes(3);
  });

  it("evicts the least recently used entries beyond maxBytes", async () => {
    const doc = (key: string) => html(`<p>${key}</p>`.padEnd(500, "."));
    // One entry's size, measured, to hold exactly two.
    const probe = new DocumentCache();
    await serveWith(probe, async (key) => doc(key));
    await request("/k1");
    const one = probe.stats().bytes;
    expect(one).toBeGreaterThan(500);
    await stop();

    const cache = new DocumentCache({ maxBytes: Math.floor(one * 2.5) });
    const render = vi.fn(async (key: string) => doc(key));
    await serveWith(cache, render);
    await request("/k1");
    await request("/k2");
    await request("/k1"); // /k1 is now the most recently used
    await request("/k3"); // /k2 goes
    expect(cache.stats()).toMatchObject({ entries: 2, bytes: one * 2 });
    render.mockClear();
    await request("/k1");
    await request("/k3");
    expect(render).not.toHaveBeenCalled();
    await request("/k2");
    expect(render).toHaveBeenCalledTimes(1);
  });

  it("never keeps nor shares cacheable: false documents, but still compresses them", async () => {
    const cache = new DocumentCache();
    let n = 0;
    const gate = deferred();
    const render = vi.fn(async () => {
      const mine = ++n;
      if (mine === 1) await gate.promise;
      return html(bigHtml(`search ${mine}`), { cacheable: false });
    });
    await serveWith(cache, render);
    const first = request("/search?q=x", { "accept-encoding": "br" });
    await until(() => render.mock.calls.length === 1);
    const second = request("/search?q=x", { "accept-encoding": "gzip" });
    await until(() => arrived === 2);
    gate.release();
    const [a, b] = await Promise.all([first, second]);
    expect(a.headers["content-encoding"]).toBe("br");
    expect(decode(a)).toBe(bigHtml("search 1"));
    expect(b.headers["content-encoding"]).toBe("gzip");
    expect(decode(b)).toBe(bigHtml("search 2"));
    expect(cache.stats().entries).toBe(0);
  });

  it("keeps 301s, never 5xx documents, and does not cache other methods", async () => {
    const cache = new DocumentCache();
    const render = vi.fn(async (key: string) =>
      key === "/old"
        ? { status: 301, headers: { Location: "/new" }, body: "", cacheable: true }
        : html("<p>busy</p>", { status: 503 }),
    );
    await serveWith(cache, render);
    for (let i = 0; i < 2; i++) {
      const moved = await request("/old");
      expect(moved.status).toBe(301);
      expect(moved.headers.location).toBe("/new");
      expect(moved.headers["content-length"]).toBe("0");
      expect((await request("/busy")).status).toBe(503);
      expect((await request("/old", {}, "POST")).status).toBe(301);
    }
    expect(render.mock.calls.map(([key]) => key)).toEqual(["/old", "/busy", "/old", "/busy", "/old"]);
    expect(cache.stats().entries).toBe(1);
  });
});

describe("content negotiation helpers", () => {
  it("ranks codings by q, then brotli over gzip over identity", () => {
    expect(acceptedEncodings(undefined)).toEqual(["identity"]);
    expect(acceptedEncodings("")).toEqual(["identity"]);
    expect(acceptedEncodings("gzip, br")).toEqual(["br", "gzip", "identity"]);
    expect(acceptedEncodings("br;q=0.2, gzip;q=0.8")).toEqual(["gzip", "br", "identity"]);
    expect(acceptedEncodings("identity;q=1, br;q=0.5")).toEqual(["identity", "br"]);
    expect(acceptedEncodings("*;q=0")).toEqual([]);
    expect(acceptedEncodings("BR;Q=1, gzip;q=nonsense")).toEqual(["br", "identity"]);
  });

  it("compares ETags weakly, in lists and with *", () => {
    const etag = 'W/"abc"';
    expect(ifNoneMatchMatches('W/"abc"', etag)).toBe(true);
    expect(ifNoneMatchMatches('"abc"', etag)).toBe(true);
    expect(ifNoneMatchMatches(' "x,y" ,W/"abc"', etag)).toBe(true);
    expect(ifNoneMatchMatches("*", etag)).toBe(true);
    expect(ifNoneMatchMatches('"abcd", W/"ab"', etag)).toBe(false);
    expect(ifNoneMatchMatches('"a"abc"b"', etag)).toBe(false);
    expect(ifNoneMatchMatches("abc", etag)).toBe(false);
  });

  it("compresses text, XML and JSON types only", () => {
    for (const type of ["text/html; charset=utf-8", "application/rss+xml", "application/atom+xml", "application/xml", "application/json", "image/svg+xml"]) {
      expect(isCompressibleType(type), type).toBe(true);
    }
    for (const type of ["image/png", "application/octet-stream", "font/woff2", ""]) expect(isCompressibleType(type), type).toBe(false);
  });
});
