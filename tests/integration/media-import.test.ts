// Importing an image from an address into the media library (what the editor
// offers for images in pasted text), against a local HTTP server and a real
// database: lib/actions/media/import-remote.ts → lib/media/import-remote.ts →
// lib/http/safe-fetch.ts. The server is on 127.0.0.1, so the import works
// only with the escape hatch OUTBOUND_ALLOW_LOOPBACK, and even then a
// redirect to a private address, a body over the upload limit, a page that is
// not an image and a redirect loop are refused, leaving no item behind.
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { OutboundError, safeFetch } from "@/lib/http/safe-fetch";
import { messageFor } from "@/lib/i18n/catalogue";
import { MAX_UPLOAD_BYTES } from "@/lib/media/upload";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let currentUser: CurrentUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => currentUser }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-sapo-peer": "203.0.113.9" }) }));

let t: TestDb;
let server: Server;
let base: string;
let reporter: CurrentUser;
let importAction: typeof import("@/lib/actions/media/import-remote").importRemoteMediaAction;
let photo: Buffer;

const savedEnv = { DATABASE_URL: process.env.DATABASE_URL, DATA_DIR: process.env.DATA_DIR, OUTBOUND_ALLOW_LOOPBACK: process.env.OUTBOUND_ALLOW_LOOPBACK };

/** The test's image server: what each path answers. */
function serve(path: string, res: import("node:http").ServerResponse) {
  switch (path) {
    case "/photo.png":
      return res.writeHead(200, { "content-type": "image/png", "content-length": photo.length }).end(photo);
    case "/moved":
      return res.writeHead(302, { location: "/photo.png" }).end();
    case "/to-private":
      return res.writeHead(302, { location: "http://10.20.30.40/photo.png" }).end();
    case "/to-metadata":
      return res.writeHead(301, { location: "http://169.254.169.254/latest/meta-data/" }).end();
    case "/loop":
      return res.writeHead(302, { location: "/loop" }).end();
    case "/fake.png":
      return res.writeHead(200, { "content-type": "image/png" }).end("Không phải ảnh, chỉ mang nhãn ảnh");
    case "/page":
      return res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end("<p>Không phải ảnh</p>");
    case "/huge-declared.png":
      return res.writeHead(200, { "content-type": "image/png", "content-length": MAX_UPLOAD_BYTES + 1 }).end();
    case "/huge-streamed.png": {
      // No length announced: the cap must count the bytes as they come.
      res.writeHead(200, { "content-type": "image/png" });
      const chunk = Buffer.alloc(1024 * 1024, 7);
      let sent = 0;
      const pump = () => {
        while (sent <= MAX_UPLOAD_BYTES) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      res.on("error", () => undefined);
      return pump();
    }
    case "/slow":
      return; // never answers
    default:
      return res.writeHead(404).end();
  }
}

beforeAll(async () => {
  t = await freshDatabase();
  process.env.DATABASE_URL = t.url;
  process.env.DATA_DIR = t.dir;
  photo = await sharp({ create: { width: 800, height: 500, channels: 3, background: { r: 20, g: 120, b: 90 } } }).png().toBuffer();
  server = createServer((req, res) => serve(new URL(req.url ?? "/", "http://x").pathname, res));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  importAction = (await import("@/lib/actions/media/import-remote")).importRemoteMediaAction;
  const u = await t.db.user.create({ data: { email: "lan@example.com", displayName: "Lan", role: "REPORTER" } });
  reporter = { id: u.id, email: u.email, displayName: "Lan", role: "REPORTER", penName: null, language: "en" };
});

afterAll(async () => {
  server.closeAllConnections();
  server.close();
  for (const [key, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  await t.db.$disconnect();
});

beforeEach(() => {
  currentUser = reporter;
  process.env.OUTBOUND_ALLOW_LOOPBACK = "1";
});

const en = (key: string, values: Record<string, string | number> = {}) => messageFor("en", key, { types: messageFor("en", "media.acceptedTypes"), ...values });
const mediaCount = () => t.db.media.count();

/** `url` is refused with `error` (or one of several), and the library has no new item. */
async function refused(url: string, error: string | string[]) {
  const before = await mediaCount();
  const result = await importAction({ url, alt: "" });
  expect(result.ok, url).toBe(false);
  expect([error].flat(), url).toContain(result.ok ? null : result.error);
  expect(await mediaCount(), url).toBe(before);
}

describe("importing an image from an address", () => {
  it("adds it to the library as the importer's upload, re-encoded, with its alt text, audited", async () => {
    const result = await importAction({ url: `${base}/photo.png`, alt: "Cánh đồng lúa" });
    expect(result).toMatchObject({ ok: true, media: { width: 800, height: 500, alt: "Cánh đồng lúa", originalName: "photo.png" } });
    if (!result.ok) return;
    expect(result.media.src).toMatch(/^\/media\/[a-f0-9]+-800\.webp$/);
    const row = await t.db.media.findUniqueOrThrow({ where: { id: result.media.id } });
    expect(row.uploadedById).toBe(reporter.id);
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "media.imported", targetId: row.id } });
    expect(event.actorId).toBe(reporter.id);
    expect(JSON.parse(event.detail)).toMatchObject({ host: new URL(base).host });
  });

  it("follows a redirect on the same server", async () => {
    expect(await importAction({ url: `${base}/moved`, alt: "" })).toMatchObject({ ok: true, media: { width: 800 } });
  });

  it("is refused without the escape hatch: loopback, and http, are not fetched", async () => {
    delete process.env.OUTBOUND_ALLOW_LOOPBACK;
    await refused(`${base}/photo.png`, en("media.errors.importAddress"));
    // Named rather than numbered: refused at the lookup, before any connection.
    const byName = await safeFetch(`https://localhost:${new URL(base).port}/photo.png`, { maxBytes: 1000 }).catch((e: unknown) => e);
    expect(byName).toBeInstanceOf(OutboundError);
    expect((byName as OutboundError).reason).toBe("address");
  });

  it("refuses a redirect to a private or link-local address", async () => {
    await refused(`${base}/to-private`, en("media.errors.importAddress"));
    await refused(`${base}/to-metadata`, en("media.errors.importAddress"));
  });

  it("refuses too many redirects", async () => {
    await refused(`${base}/loop`, en("media.errors.importRedirects"));
  });

  it("refuses what is over the upload limit, announced or not", async () => {
    const tooLarge = en("media.errors.tooLarge", { size: MAX_UPLOAD_BYTES / 1024 / 1024 });
    await refused(`${base}/huge-declared.png`, tooLarge);
    await refused(`${base}/huge-streamed.png`, tooLarge);
  });

  it("refuses what is not an image, by its type and then by its content", async () => {
    await refused(`${base}/page`, en("media.errors.importType"));
    await refused(`${base}/fake.png`, en("media.errors.notAnImage"));
    await refused(`${base}/missing.png`, en("media.errors.importStatus", { status: 404 }));
  });

  it("gives up on an address that does not answer in time", async () => {
    const error = await safeFetch(`${base}/slow`, { maxBytes: 1000, timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutboundError);
    expect((error as OutboundError).reason).toBe("timeout");
  });

  it("needs a session", async () => {
    currentUser = null;
    // In the site's language: nobody's newsroom language is known.
    await refused(`${base}/photo.png`, [en("errors.sessionEnded"), messageFor("vi", "errors.sessionEnded")]);
  });
});
