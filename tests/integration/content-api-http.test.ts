// The content API over HTTP (lib/api/handler.ts): strong ETags and 304s,
// Cache-Control and Vary, the response cache (kept, and stale as soon as
// content changes), sparse fields, ninjs by parameter and by Accept, CORS,
// anonymous access by setting, Retry-After, and errors as JSON in the
// caller's language (404s, 405, bad input, bad cursors).
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishedApiArticle } from "@/lib/api/article-json";
import { createApiHandler } from "@/lib/api/handler";
import { toNinjs } from "@/lib/api/ninjs";
import type { RateLimiter } from "@/lib/api/rate-limit";
import type { ApiArticle } from "@/lib/api/schemas";
import { transition } from "@/lib/articles/workflow";
import { contentChanged } from "@/lib/cache/sync";
import { messageFor } from "@/lib/i18n/catalogue";
import { updateSiteSettings } from "@/lib/settings/site-settings";
import { freshDatabase, type TestDb } from "@/tests/support/db";
import { serveApi, type ApiTestServer } from "@/tests/support/api-server";
import { draftStory, publishStory, seedNewsroom, SITE_URL, type Newsroom } from "@/tests/support/content-api-fixture";
import { serveReader } from "@/tests/support/reader-server";

type Page<T> = { data: T[]; next: string | null };
type ApiError = { error: { code: string; message: string; issues?: { path: string; message: string }[] } };

let t: TestDb;
let room: Newsroom;
let api: ApiTestServer;
const ids = { first: "", second: "", draft: "", takenDown: "" };

beforeAll(async () => {
  process.env.SITE_URL = SITE_URL;
  delete process.env.MEDIA_PUBLIC_URL;
  t = await freshDatabase();
  room = await seedNewsroom(t.db);
  ids.first = await publishStory(t.db, room, { title: "Đường ven biển mở rộng", tags: ["Giao thông"] });
  ids.second = await publishStory(t.db, room, { title: "Lễ hội Đền Cuông", sectionId: room.sections.culture });
  ids.draft = await draftStory(t.db, room, "Bản nháp bí mật");
  ids.takenDown = await publishStory(t.db, room, { title: "Bài sẽ gỡ" });
  await transition(t.db, room.editor, { articleId: ids.takenDown, action: "unpublish" });
  api = await serveApi(t.db, room.admin);
});

afterAll(async () => {
  api?.close();
  await t?.db.$disconnect();
});

const sha = (body: string) => `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`;

describe("validators and caching headers", () => {
  it("gives every answer a strong ETag of its body, and a 304 to a matching If-None-Match (GET and HEAD)", async () => {
    for (const path of ["/api/v1/articles", `/api/v1/articles/${ids.first}`, "/api/v1/sections", "/api/v1/tags", "/api/v1/authors", "/api/v1/search?q=duong"]) {
      const answer = await api.api(path);
      expect(answer.status, path).toBe(200);
      expect(answer.headers.etag, path).toBe(sha(answer.body));
      // Compressed, it is the same representation's tag.
      expect((await api.api(path, { "Accept-Encoding": "gzip" })).headers.etag, path).toBe(answer.headers.etag);
      for (const method of ["GET", "HEAD"]) {
        const again = await api.api(path, { "If-None-Match": `"other", ${answer.headers.etag}` }, { method });
        expect(again.status, `${method} ${path}`).toBe(304);
        expect(again.body).toBe("");
        expect(again.headers.etag).toBe(answer.headers.etag);
        expect(again.headers["cache-control"]).toBe(answer.headers["cache-control"]);
        expect(again.headers.vary).toBe(answer.headers.vary);
      }
      expect((await api.api(path, { "If-None-Match": '"other"' })).status).toBe(200);
      const head = await api.api(path, {}, { method: "HEAD" });
      expect([head.status, head.body, head.headers.etag]).toEqual([200, "", answer.headers.etag]);
    }
  });

  it("keeps keyed answers out of shared caches, lets a CDN keep them once anonymous access is on, and varies on the key and Accept", async () => {
    const keyed = await api.api("/api/v1/articles");
    expect(keyed.headers["cache-control"]).toBe("private, max-age=60");
    expect(keyed.headers.vary).toMatch(/^Accept, Authorization, X-Api-Key, Accept-Encoding$/);
    expect(keyed.headers["access-control-allow-origin"]).toBe("*");
    expect(keyed.headers["content-type"]).toBe("application/json; charset=utf-8");

    const anonymous = await api.api("/api/v1/articles", {}, { key: null });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers["www-authenticate"]).toMatch(/^Bearer/);
    expect(anonymous.headers["cache-control"]).toBe("no-store");
    expect((JSON.parse(anonymous.body) as ApiError).error.code).toBe("key_required");

    await updateSiteSettings(t.db, { id: room.admin.id, ip: null }, { apiAnonymousAccess: true });
    try {
      const open = await api.api("/api/v1/articles", {}, { key: null });
      expect(open.status).toBe(200);
      expect(open.headers["cache-control"]).toBe("public, max-age=60, s-maxage=60");
      expect(JSON.parse(open.body)).toEqual(JSON.parse(keyed.body));
      expect((await api.api("/api/v1/articles")).headers["cache-control"]).toBe("public, max-age=60, s-maxage=60");
    } finally {
      await updateSiteSettings(t.db, { id: room.admin.id, ip: null }, { apiAnonymousAccess: false });
    }
    expect((await api.api("/api/v1/articles", {}, { key: null })).status).toBe(401);
  });

  it("answers from memory until live content changes, then shows the change at once", async () => {
    const path = "/api/v1/articles?section=thoi-su";
    const before = await api.json<Page<ApiArticle>>(path);
    const hits = api.cache.stats().hits;
    // Parameter order, defaults and unknown parameters do not make another entry.
    expect(await api.json(`/api/v1/articles?limit=20&x=1&section=thoi-su`)).toEqual(before);
    expect(api.cache.stats().hits).toBe(hits + 1);

    const added = await publishStory(t.db, room, { title: "Tin mới lên trang" });
    // Not told yet: still the kept answer.
    expect(await api.json(path)).toEqual(before);
    await contentChanged(t.db);
    const after = await api.json<Page<ApiArticle>>(path);
    expect(after.data[0].id).toBe(added);
    expect(after.data.slice(1)).toEqual(before.data);

    await transition(t.db, room.editor, { articleId: added, action: "unpublish" });
    await contentChanged(t.db);
    expect(await api.json(path)).toEqual(before);
    expect((await api.api(`/api/v1/articles/${added}`)).status).toBe(404);
  });
});

describe("fields and formats", () => {
  it("returns only the fields asked for, id always, and refuses unknown ones", async () => {
    expect(await api.json(`/api/v1/articles/${ids.first}?fields=title,url`)).toEqual({
      id: ids.first,
      url: `${SITE_URL}/thoi-su/duong-ven-bien-mo-rong`,
      title: "Đường ven biển mở rộng",
    });
    const list = await api.json<Page<Partial<ApiArticle>>>("/api/v1/articles?fields=body,title");
    for (const item of list.data) expect(Object.keys(item)).toEqual(["id", "title", "body"]);
    const bad = await api.api("/api/v1/articles?fields=title,email", { "Accept-Language": "en" });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toEqual({
      error: { code: "invalid_request", message: messageFor("en", "api.errors.fields"), issues: [{ path: "fields", message: messageFor("en", "api.errors.fields") }] },
    });
  });

  it("answers in IPTC ninjs by format=ninjs or by Accept, one article or a list, and keeps fields= to Sapo's format", async () => {
    const expected = toNinjs((await publishedApiArticle(t.db, ids.first))!, { copyrightHolder: "Báo Nghệ An" });
    for (const [query, headers] of [["?format=ninjs", {}], ["", { Accept: "application/ninjs+json" }]] as const) {
      const one = await api.api(`/api/v1/articles/${ids.first}${query}`, headers);
      expect(one.headers["content-type"]).toBe("application/ninjs+json; charset=utf-8");
      expect(JSON.parse(one.body)).toEqual(expected);
      const list = await api.api(`/api/v1/articles${query}`, headers);
      expect(list.headers["content-type"]).toBe("application/ninjs+json; charset=utf-8");
      expect((JSON.parse(list.body) as Page<unknown>).data).toContainEqual(expected);
    }
    // format= wins over Accept.
    expect((await api.api(`/api/v1/articles/${ids.first}?format=json`, { Accept: "application/ninjs+json" })).headers["content-type"]).toBe("application/json; charset=utf-8");
    const mixed = await api.api(`/api/v1/articles/${ids.first}?format=ninjs&fields=title`, { "Accept-Language": "vi" });
    expect(mixed.status).toBe(400);
    expect((JSON.parse(mixed.body) as ApiError).error.message).toBe(messageFor("vi", "api.errors.fieldsNinjs"));
  });
});

describe("errors", () => {
  it("answers unknown addresses and articles that are not published with 404 JSON", async () => {
    for (const path of ["/api/v1", "/api/v1/", "/api/v1/nothing", "/api/v1/articles/a/b", "/api/v1/sections/thoi-su/articles"]) {
      const answer = await api.api(path);
      expect(answer.status, path).toBe(404);
      expect(JSON.parse(answer.body), path).toEqual({ error: { code: "not_found", message: messageFor("vi", "api.errors.notFound") } });
    }
    for (const path of [`/api/v1/articles/${ids.draft}`, `/api/v1/articles/${ids.takenDown}`, "/api/v1/articles/khong-co", "/api/v1/sections/thoi-su/articles/ban-nhap-bi-mat", "/api/v1/sections/thoi-su/articles/bai-se-go", "/api/v1/sections/van-hoa/articles/duong-ven-bien-mo-rong"]) {
      const answer = await api.api(path, { "Accept-Language": "en-GB,en;q=0.9" });
      expect(answer.status, path).toBe(404);
      expect(answer.headers["content-language"]).toBe("en");
      expect(JSON.parse(answer.body), path).toEqual({ error: { code: "not_found", message: messageFor("en", "api.errors.articleNotFound") } });
    }
  });

  it("reads only: 405 for writes, CORS preflight for OPTIONS; other paths are not the API's", async () => {
    const post = await api.request("POST", "/api/v1/articles", { headers: { Authorization: `Bearer ${api.key}` }, body: "{}" });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe("GET, HEAD, OPTIONS");
    expect((JSON.parse(post.body) as ApiError).error.code).toBe("method_not_allowed");
    const preflight = await api.request("OPTIONS", "/api/v1/articles", { headers: { Origin: "https://app.example", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "authorization" } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers["access-control-allow-origin"]).toBe("*");
    expect(preflight.headers["access-control-allow-headers"]).toMatch(/Authorization/);
    expect(preflight.headers["access-control-allow-methods"]).toBe("GET, HEAD, OPTIONS");
    for (const path of ["/api/v1x", "/api/auth/session", "/thoi-su"]) expect((await api.get(path)).status, path).toBe(418);
  });

  it("explains bad input in the caller's language (else the site's), each issue with its parameter", async () => {
    const cases: [string, string, string][] = [
      ["/api/v1/articles?limit=500", "limit", "api.errors.limit"],
      ["/api/v1/articles?limit=abc", "limit", "api.errors.limit"],
      ["/api/v1/articles?since=yesterday", "since", "api.errors.date"],
      ["/api/v1/articles?section=Th%E1%BB%9Di", "section", "api.errors.slug"],
      ["/api/v1/articles?language=Vietnamese", "language", "api.errors.language"],
      ["/api/v1/articles?format=xml", "format", "api.errors.format"],
      ["/api/v1/search?q=%20", "q", "api.errors.query"],
      ["/api/v1/search", "q", "api.errors.invalid"],
    ];
    for (const [path, param, key] of cases) {
      for (const [language, header] of [["en", "en"], ["vi", "vi-VN,vi;q=0.9,en;q=0.5"], ["vi", "fr"], ["vi", ""]] as const) {
        const answer = await api.api(path, header ? { "Accept-Language": header } : {});
        expect(answer.status, path).toBe(400);
        const { error } = JSON.parse(answer.body) as ApiError;
        expect(error.code, path).toBe("invalid_request");
        expect(error.message, `${path} ${header}`).toBe(messageFor(language, key));
        expect(error.message).not.toBe(key);
        expect(error.issues?.[0], path).toEqual({ path: param, message: messageFor(language, key) });
      }
    }
  });

  it("refuses cursors it did not give out, or gave out for another list", async () => {
    const searchCursor = (await api.json<Page<unknown>>("/api/v1/search?q=sapo&limit=1")).next;
    const articleCursor = (await api.json<Page<unknown>>("/api/v1/articles?limit=1")).next;
    expect(searchCursor).toBeTruthy();
    expect(articleCursor).toBeTruthy();
    const forged = Buffer.from(JSON.stringify({ k: "a", p: "yesterday", i: "x" })).toString("base64url");
    for (const path of [
      "/api/v1/articles?cursor=abc",
      "/api/v1/articles?cursor=%21%21",
      `/api/v1/articles?cursor=${forged}`,
      `/api/v1/articles?cursor=${searchCursor}`,
      `/api/v1/search?q=duong&cursor=${articleCursor}`,
      `/api/v1/tags?cursor=${articleCursor}`,
      `/api/v1/sections?cursor=${articleCursor}`,
    ]) {
      const answer = await api.api(path, { "Accept-Language": "en" });
      expect(answer.status, path).toBe(400);
      expect(JSON.parse(answer.body), path).toEqual({ error: { code: "invalid_cursor", message: messageFor("en", "api.errors.cursor") } });
    }
  });

  it("passes refusals on as they are: 429 with Retry-After", async () => {
    const refusing: RateLimiter = {
      consume: async () => ({ allowed: false, retryAfterSeconds: 17 }),
      check: async () => ({ allowed: true }),
      close: async () => {},
    };
    const handler = createApiHandler({ db: t.db, primary: t.db, sql: () => t.db, dev: false, access: { limiter: refusing, settingsTtlMs: 0, keyTtlMs: 0 } });
    const limited = await serveReader(handler);
    try {
      const answer = await limited.get("/api/v1/articles", { Authorization: `Bearer ${api.key}`, "Accept-Language": "en" });
      expect(answer.status).toBe(429);
      expect(answer.headers["retry-after"]).toBe("17");
      expect(JSON.parse(answer.body)).toEqual({ error: { code: "rate_limited", message: messageFor("en", "api.errors.rateLimited") } });
    } finally {
      limited.close();
    }
  });

  it("serves its OpenAPI document to anyone, without a key", async () => {
    const answer = await api.api("/api/v1/openapi.json", {}, { key: null });
    expect(answer.status).toBe(200);
    const doc = JSON.parse(answer.body) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(Object.keys(doc.paths)).toContain("/api/v1/articles");
    expect(answer.headers.etag).toBe(sha(answer.body));
  });
});
