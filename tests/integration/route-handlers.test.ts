// The JSON route handlers called directly, as outside callers would: the save
// API (PUT /api/articles/<id>) and uploads (POST /api/media). Each must check
// Origin, the session and the permission map before anything else, and answer
// refusals as { ok: false, error } in the caller's language with the right
// status. The session is the only thing stood in for (`currentUser`).
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { messageFor } from "@/lib/i18n/catalogue";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let currentUser: CurrentUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => currentUser }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const SITE = "http://localhost:3100";
let t: TestDb;
let PUT: typeof import("@/app/api/articles/[id]/route").PUT;
let POST: typeof import("@/app/api/media/route").POST;
let siteLanguage: string;
const users: Record<string, CurrentUser> = {};
let mine: string;

beforeAll(async () => {
  t = await freshDatabase();
  // lib/db/index.ts opens DATABASE_URL when first imported; uploads go under DATA_DIR/media.
  process.env.DATABASE_URL = t.url;
  process.env.DATA_DIR = t.dir;
  PUT = (await import("@/app/api/articles/[id]/route")).PUT;
  POST = (await import("@/app/api/media/route")).POST;
  const { getSiteSettings } = await import("@/lib/settings/site-settings");
  siteLanguage = (await getSiteSettings(t.db)).siteLanguage;
  const section = await t.db.section.create({ data: { name: "S", slug: "s" } });
  // Both write in English, unlike the site: refusals before the session is read are in the site's language.
  for (const key of ["reporter", "other"]) {
    const u = await t.db.user.create({ data: { email: `${key}@example.com`, displayName: key, role: "REPORTER", language: "en" } });
    users[key] = { id: u.id, email: u.email, displayName: key, role: u.role, penName: null, language: "en" };
  }
  const { createArticle } = await import("@/lib/articles/editing");
  mine = await createArticle(t.db, users.reporter, { sectionId: section.id, title: "Mine" });
});
afterAll(() => t.db.$disconnect());

/** The editor's fields of an article and its version, as the API takes them. */
async function fields(id: string) {
  const { loadEditorArticle } = await import("@/lib/articles/article-state");
  const a = (await loadEditorArticle(t.db, id))!;
  const { id: _id, version, status: _s, updatedAt: _u, hasPendingChanges: _h, reviewNote: _r, ...rest } = a;
  return { ...rest, baseVersion: version };
}

const headers = (origin: string | null, extra: Record<string, string> = {}) => ({
  host: "localhost:3100",
  ...(origin ? { origin } : {}),
  ...extra,
});

function put(id: string, body: unknown, origin: string | null = SITE) {
  const request = new Request(`${SITE}/api/articles/${id}`, {
    method: "PUT",
    headers: headers(origin, { "content-type": "application/json" }),
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return PUT(request, { params: Promise.resolve({ id }) });
}

function upload(body: FormData | string, origin: string | null = SITE, extra: Record<string, string> = {}) {
  const request = new Request(`${SITE}/api/media`, { method: "POST", headers: headers(origin, extra), body });
  return POST(request, { params: Promise.resolve({}) });
}

async function expectRefusal(response: Response, status: number, error: string) {
  expect(response.status).toBe(status);
  expect(await response.json()).toMatchObject({ ok: false, error });
}

describe("PUT /api/articles/<id>", () => {
  it("refuses a request from another site or without Origin, in the site's language, before looking at the session", async () => {
    expect(siteLanguage).not.toBe("en");
    currentUser = users.other;
    const f = await fields(mine);
    await expectRefusal(await put(mine, f, "https://evil.example"), 403, messageFor(siteLanguage, "editor.errors.crossSite"));
    await expectRefusal(await put(mine, f, null), 403, messageFor(siteLanguage, "editor.errors.crossSite"));
  });

  it("refuses a caller without a session (401)", async () => {
    currentUser = null;
    await expectRefusal(await put(mine, await fields(mine)), 401, messageFor(siteLanguage, "editor.errors.signInFirst"));
  });

  it("answers invalid input with 400 and the schema's issues, in the caller's language", async () => {
    currentUser = users.other;
    const bad = await put(mine, { title: 5 });
    expect(bad.status).toBe(400);
    const json = await bad.json();
    expect(json).toMatchObject({ ok: false, error: messageFor("en", "editor.errors.invalidInput") });
    expect(json.issues.length).toBeGreaterThan(0);
    await expectRefusal(await put(mine, "{not json"), 400, messageFor("en", "editor.errors.invalidInput"));
  });

  it("turns a refusal of the rules into 400 in the caller's language", async () => {
    currentUser = users.other;
    await expectRefusal(await put(mine, { ...(await fields(mine)), title: "Defaced" }), 400, messageFor("en", "editor.errors.cannotEdit"));
    currentUser = users.reporter;
    const script = { type: "doc", content: [{ type: "script" }] };
    const refused = await put(mine, { ...(await fields(mine)), body: script });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ ok: false, error: expect.any(String) });
    expect((await t.db.article.findUniqueOrThrow({ where: { id: mine } })).title).toBe("Mine");
  });

  it("saves with a version check: 200 with the new version, then 409 with the current state", async () => {
    currentUser = users.reporter;
    const f = await fields(mine);
    const ok = await put(mine, { ...f, lead: "Through the API" });
    expect(ok.status).toBe(200);
    const saved = await ok.json();
    expect(saved).toEqual({ ok: true, version: f.baseVersion + 1, updatedAt: expect.any(String) });
    const stale = await put(mine, { ...f, lead: "Stale" });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ ok: false, conflict: { lead: "Through the API" } });
  });
});

describe("POST /api/media", () => {
  const png = () => sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 10, g: 20, b: 30 } } }).png().toBuffer();
  function form(file?: { bytes: Buffer; name: string }, alt?: string) {
    const f = new FormData();
    if (file) f.set("file", new File([new Uint8Array(file.bytes)], file.name, { type: "image/png" }));
    if (alt !== undefined) f.set("alt", alt);
    return f;
  }

  it("refuses another site's page in the site's language, a missing session with 401", async () => {
    currentUser = users.other;
    await expectRefusal(await upload(form({ bytes: await png(), name: "a.png" }), "https://evil.example"), 403, messageFor(siteLanguage, "media.errors.otherSite"));
    currentUser = null;
    await expectRefusal(await upload(form({ bytes: await png(), name: "a.png" })), 401, messageFor(siteLanguage, "media.errors.sessionEnded"));
    expect(await t.db.media.count()).toBe(0);
  });

  it("answers a body that is not a form, a form without a file and a refused file with 400 in the uploader's language", async () => {
    currentUser = users.other;
    await expectRefusal(await upload("just text", SITE, { "content-type": "text/plain" }), 400, messageFor("en", "media.errors.notMultipart"));
    await expectRefusal(await upload(form(undefined, "alt")), 400, messageFor("en", "media.errors.noFile"));
    const notImage = await upload(form({ bytes: Buffer.from("not a picture"), name: "a.png" }));
    expect(notImage.status).toBe(400);
    expect((await notImage.json()).error).toBe(messageFor("en", "media.errors.notAnImage", { types: messageFor("en", "media.acceptedTypes") }));
    expect(await t.db.media.count()).toBe(0);
  });

  it("refuses a body over the cap with 413 before reading it", async () => {
    currentUser = users.reporter;
    const { MAX_UPLOAD_BYTES } = await import("@/lib/media/upload");
    const tooLarge = await upload(form({ bytes: await png(), name: "a.png" }), SITE, { "content-length": String(MAX_UPLOAD_BYTES + 1024 * 1024) });
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({ ok: false, error: expect.stringMatching(/10 MB/) });
  });

  it("stores an image: 201 with the item, audited", async () => {
    currentUser = users.reporter;
    const created = await upload(form({ bytes: await png(), name: "harbour.png" }, "Boats"));
    expect(created.status).toBe(201);
    const { ok, media } = await created.json();
    expect(ok).toBe(true);
    expect(media).toMatchObject({ width: 64, height: 48, alt: "Boats", originalName: "harbour.png" });
    expect(await t.db.auditEvent.count({ where: { action: "media.uploaded", actorId: users.reporter.id, targetId: media.id } })).toBe(1);
  });
});

describe("authedRoute, the guard any new endpoint gets", () => {
  const context = { params: Promise.resolve({}) };
  const request = (method: string, origin: string | null, body?: string) =>
    new Request(`${SITE}/api/example`, { method, headers: headers(origin, { "content-type": "application/json" }), body });

  it("refuses a role without the permission with 403 before the handler runs", async () => {
    const { authedRoute } = await import("@/lib/actions/route");
    const { z } = await import("zod");
    let ran = 0;
    const route = authedRoute("users:manage", { schema: z.object({ n: z.number() }) }, async ({ input }) => {
      ran++;
      return Response.json({ ok: true, n: input.n });
    });
    currentUser = users.reporter;
    await expectRefusal(await route(request("POST", SITE, '{"n":1}'), context), 403, messageFor("en", "editor.errors.apiForbidden"));
    expect(ran).toBe(0);
  });

  it("checks Origin only on methods that change things, and lets other errors through as server errors", async () => {
    const { authedRoute } = await import("@/lib/actions/route");
    const route = authedRoute("article:create", {}, async ({ request, user }) => {
      if (request.method === "DELETE") throw new Error("not a refusal");
      return Response.json({ ok: true, user: user.id });
    });
    currentUser = users.reporter;
    const get = await route(request("GET", null), context);
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ ok: true, user: users.reporter.id });
    await expectRefusal(await route(request("POST", null), context), 403, messageFor(siteLanguage, "editor.errors.crossSite"));
    await expect(route(request("DELETE", SITE), context)).rejects.toThrow("not a refusal");
  });
});
