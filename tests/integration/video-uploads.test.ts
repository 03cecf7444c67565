// Video and captions uploads against a real, migrated database (both
// engines): MP4 and WebM are accepted by their bytes and stored unchanged as
// <fileKey>.mp4|webm with a Media row of kind "video"; other containers and
// HEVC are refused with a message naming them and the way out; the size
// limit is the newsroom's setting (the route answers 413); WebVTT captions
// are checked (signature, UTF-8, cues, language). Files are built byte by
// byte (tests/support/video-files.ts).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { messageFor } from "@/lib/i18n/catalogue";
import { acceptCaptions } from "@/lib/media/captions";
import { deleteMediaIfUnused } from "@/lib/media/delete";
import { localMediaStore } from "@/lib/media/local-store";
import type { MediaStore } from "@/lib/media/store";
import { acceptVideo, VideoUploadError } from "@/lib/media/video";
import { updateSiteSettings } from "@/lib/settings/site-settings";
import { freshDatabase, type TestDb } from "@/tests/support/db";
import { aviFile, flvFile, mp4File, vttFile, webmFile } from "@/tests/support/video-files";

let currentUser: CurrentUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => currentUser }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

const SITE = "http://localhost:3100";
let t: TestDb;
let dir: string;
let store: MediaStore;
let reporter: CurrentUser;
let POST_VIDEO: typeof import("@/app/api/media/video/route").POST;
let POST_CAPTIONS: typeof import("@/app/api/media/captions/route").POST;

beforeAll(async () => {
  t = await freshDatabase();
  process.env.DATABASE_URL = t.url;
  const dataDir = mkdtempSync(path.join(t.dir, "data-"));
  process.env.DATA_DIR = dataDir;
  dir = path.join(dataDir, "media");
  mkdirSync(dir);
  store = localMediaStore(dir);
  const u = await t.db.user.create({ data: { email: "pv@example.com", displayName: "Phóng viên", role: "REPORTER", language: "vi" } });
  reporter = { id: u.id, email: u.email, displayName: u.displayName, role: u.role, penName: null, language: "vi" };
  POST_VIDEO = (await import("@/app/api/media/video/route")).POST;
  POST_CAPTIONS = (await import("@/app/api/media/captions/route")).POST;
});
afterAll(() => t.db.$disconnect());

const video = (bytes: Buffer, name = "clip.mp4") => acceptVideo(t.db, { bytes, name }, { uploadedById: null, store, maxMegabytes: 200 });

async function refusal(bytes: Buffer, name: string) {
  const rows = await t.db.media.count();
  const files = readdirSync(dir).length;
  const error = await video(bytes, name).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(VideoUploadError);
  expect(await t.db.media.count()).toBe(rows);
  expect(readdirSync(dir)).toHaveLength(files);
  return error as VideoUploadError;
}

describe("accepting videos", () => {
  it("stores an MP4 unchanged as <fileKey>.mp4 with its length and size", async () => {
    const bytes = mp4File({ width: 640, height: 360, timescale: 600, duration: 3000 });
    const item = await video(bytes, "folder/Lễ hội.mp4");
    expect(item).toMatchObject({ kind: "video", width: 640, height: 360, durationSeconds: 5, originalName: "Lễ hội.mp4", srcSet: "" });
    const row = await t.db.media.findUniqueOrThrow({ where: { id: item.id } });
    expect(row).toMatchObject({ kind: "video", mimeType: "video/mp4", variants: "", sizeBytes: bytes.length });
    expect(item.src).toBe(`/media/${row.fileKey}.mp4`);
    expect(readFileSync(path.join(dir, `${row.fileKey}.mp4`)).equals(bytes)).toBe(true);
  });

  it("reads an MP4 whose moov box comes after the media data", async () => {
    const item = await video(mp4File({ moovLast: true, timescale: 1000, duration: 1500 }));
    expect(item.durationSeconds).toBe(1.5);
  });

  it("stores a WebM as <fileKey>.webm, also one recorded live (sizes unknown, no duration)", async () => {
    const item = await video(webmFile({ width: 1280, height: 720, durationMs: 4200 }), "clip.webm");
    expect(item).toMatchObject({ kind: "video", width: 1280, height: 720, durationSeconds: 4.2 });
    const row = await t.db.media.findUniqueOrThrow({ where: { id: item.id } });
    expect(row.mimeType).toBe("video/webm");
    expect(readdirSync(dir)).toContain(`${row.fileKey}.webm`);
    const live = await video(webmFile({ unknownSegmentSize: true, durationMs: null }), "recorded.webm");
    expect(live).toMatchObject({ kind: "video", width: 320, height: 240, durationSeconds: null });
  });

  it("goes by the bytes, not the name: a WebM called .mp4 is a WebM", async () => {
    const item = await video(webmFile(), "looks-like.mp4");
    expect(item.src).toMatch(/\.webm$/);
  });

  it("refuses MOV, AVI, MKV and FLV by name, saying to export as MP4 (H.264) or WebM", async () => {
    for (const [bytes, name, format] of [
      [mp4File({ brand: "qt  " }), "iphone.mov", "QuickTime (MOV)"],
      [aviFile(), "old.avi", "AVI"],
      [webmFile({ docType: "matroska" }), "film.mkv", "Matroska (MKV)"],
      [flvFile(), "stream.flv", "Flash video (FLV)"],
    ] as const) {
      const error = await refusal(bytes, name);
      expect(error.key).toBe("media.video.errors.format");
      expect(error.message).toContain(format);
      expect(error.message).toContain("MP4 (H.264) or WebM");
      expect(error.messageIn("vi")).toContain("MP4 (H.264) hoặc WebM");
    }
  });

  it("refuses HEVC in an MP4 and a WebM holding a codec WebM does not allow", async () => {
    const hevc = await refusal(mp4File({ codec: "hvc1" }), "iphone.mp4");
    expect(hevc.message).toContain("HEVC (H.265)");
    expect((await refusal(mp4File({ codec: "hev1" }), "x.mp4")).key).toBe("media.video.errors.codec");
    expect((await refusal(webmFile({ codec: "V_MPEG4/ISO/AVC" }), "x.webm")).message).toContain("V_MPEG4/ISO/AVC");
  });

  it("refuses what is not a video at all, and an image", async () => {
    expect((await refusal(Buffer.from("just some text, not a video at all"), "notes.mp4")).key).toBe("media.video.errors.notAVideo");
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex");
    expect((await refusal(png, "photo.mp4")).message).toMatch(/PNG.*MP4 \(H\.264\) or WebM/);
  });

  it("removes the file when the item is deleted", async () => {
    const item = await video(webmFile(), "gone.webm");
    const row = await t.db.media.findUniqueOrThrow({ where: { id: item.id } });
    expect(readdirSync(dir)).toContain(`${row.fileKey}.webm`);
    await deleteMediaIfUnused(t.db, { id: reporter.id, role: "ADMIN", ip: null }, item.id, store);
    expect(readdirSync(dir)).not.toContain(`${row.fileKey}.webm`);
  });

  it("refuses a file over the limit it is given", async () => {
    const error = await acceptVideo(t.db, { bytes: mp4File(), name: "big.mp4" }, { uploadedById: null, store, maxMegabytes: 0.001 }).catch((e: unknown) => e);
    expect((error as VideoUploadError).key).toBe("media.video.errors.tooLarge");
  });
});

describe("accepting captions", () => {
  const captions = (bytes: Buffer, language = "vi", label?: string) =>
    acceptCaptions(t.db, { bytes, name: "phu-de.vtt" }, { uploadedById: null, store, language, label });

  it("stores WebVTT as <fileKey>.vtt with its language and label (the language's name by default)", async () => {
    const item = await captions(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), vttFile(3, "<b>Chào</b> & <script>x</script>")]));
    expect(item).toMatchObject({ kind: "captions", language: "vi", caption: "Tiếng Việt" });
    const row = await t.db.media.findUniqueOrThrow({ where: { id: item.id } });
    expect(row.mimeType).toBe("text/vtt");
    const stored = readFileSync(path.join(dir, `${row.fileKey}.vtt`), "utf8");
    // The byte-order mark is dropped; the text is kept as written (browsers show cues as text).
    expect(stored.startsWith("WEBVTT\n")).toBe(true);
    expect(stored).toContain("<script>x</script>");
    expect((await captions(vttFile(), "en-us", "English (CC)")).language).toBe("en-US");
  });

  it("refuses files that are not WebVTT, not UTF-8, without cues, or without a language", async () => {
    const key = async (bytes: Buffer, language = "vi") => ((await captions(bytes, language).catch((e: unknown) => e)) as VideoUploadError).key;
    expect(await key(Buffer.from("1\n00:00:01,000 --> 00:00:02,000\nSRT\n"))).toBe("media.video.errors.notCaptions");
    expect(await key(Buffer.from([0x57, 0x45, 0x42, 0x56, 0x54, 0x54, 0x0a, 0xff, 0xfe, 0x00]))).toBe("media.video.errors.captionsEncoding");
    expect(await key(Buffer.from("WEBVTT\n\nno cues here\n"))).toBe("media.video.errors.captionsCues");
    expect(await key(Buffer.from("WEBVTT\n\n00:01.000 --> soon\nx\n"))).toBe("media.video.errors.captionsCues");
    expect(await key(vttFile(), "")).toBe("media.video.errors.captionsLanguage");
    expect(await key(vttFile(), "not a language")).toBe("media.video.errors.captionsLanguage");
    expect(await key(Buffer.concat([vttFile(), Buffer.alloc(1024 * 1024)]))).toBe("media.video.errors.captionsTooLarge");
  });
});

describe("POST /api/media/video and /api/media/captions", () => {
  const post = (route: typeof POST_VIDEO, url: string, form: FormData, headers: Record<string, string> = {}) =>
    route(new Request(`${SITE}${url}`, { method: "POST", headers: { host: "localhost:3100", origin: SITE, ...headers }, body: form }), {
      params: Promise.resolve({}),
    });
  const formWith = (bytes: Buffer, name: string, fields: Record<string, string> = {}) => {
    const form = new FormData();
    form.append("file", new File([new Uint8Array(bytes)], name));
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    return form;
  };

  it("accepts an MP4 from a reporter and refuses a MOV in the reporter's language", async () => {
    currentUser = reporter;
    const ok = await post(POST_VIDEO, "/api/media/video", formWith(mp4File(), "clip.mp4", { caption: "Đua thuyền", credit: "Ảnh: MH" }));
    expect(ok.status).toBe(201);
    const { media } = await ok.json();
    expect(media).toMatchObject({ kind: "video", caption: "Đua thuyền", credit: "Ảnh: MH" });
    expect(await t.db.auditEvent.count({ where: { action: "media.uploaded", targetId: media.id } })).toBe(1);

    const mov = await post(POST_VIDEO, "/api/media/video", formWith(mp4File({ brand: "qt  " }), "clip.mov"));
    expect(mov.status).toBe(400);
    expect(await mov.json()).toEqual({ ok: false, error: messageFor("vi", "media.video.errors.format", { format: "QuickTime (MOV)" }) });
  });

  it("takes its size limit from the videoMaxMegabytes setting (413 over it)", async () => {
    currentUser = reporter;
    await updateSiteSettings(t.db, { id: reporter.id, ip: null }, { videoMaxMegabytes: 1 });
    const big = Buffer.concat([mp4File(), Buffer.alloc(1024 * 1024 + 10)]);
    const refused = await post(POST_VIDEO, "/api/media/video", formWith(big, "big.mp4"));
    expect(refused.status).toBe(413);
    expect(await refused.json()).toEqual({ ok: false, error: messageFor("vi", "media.video.errors.tooLarge", { size: 1 }) });
    // Under the same limit, a file of nearly that size passes.
    const fits = await post(POST_VIDEO, "/api/media/video", formWith(Buffer.concat([mp4File(), Buffer.alloc(900 * 1024)]), "fits.mp4"));
    expect(fits.status).toBe(201);
    await updateSiteSettings(t.db, { id: reporter.id, ip: null }, { videoMaxMegabytes: 200 });
    expect((await post(POST_VIDEO, "/api/media/video", formWith(big, "big.mp4"))).status).toBe(201);
  });

  it("refuses a setting out of range", async () => {
    await expect(updateSiteSettings(t.db, { id: reporter.id, ip: null }, { videoMaxMegabytes: 0 })).rejects.toThrow(/1 and 2000 MB/);
    await expect(updateSiteSettings(t.db, { id: reporter.id, ip: null }, { videoMaxMegabytes: 5000 })).rejects.toThrow(/1 and 2000 MB/);
  });

  it("accepts captions with a language, refuses an SRT file, and refuses callers without a session", async () => {
    currentUser = reporter;
    const ok = await post(POST_CAPTIONS, "/api/media/captions", formWith(vttFile(), "phu-de.vtt", { language: "vi", label: "Phụ đề tiếng Việt" }));
    expect(ok.status).toBe(201);
    expect((await ok.json()).media).toMatchObject({ kind: "captions", language: "vi", caption: "Phụ đề tiếng Việt" });
    const srt = await post(POST_CAPTIONS, "/api/media/captions", formWith(Buffer.from("1\n00:00:01,000 --> 00:00:02,000\nx\n"), "a.srt", { language: "vi" }));
    expect(srt.status).toBe(400);
    expect((await srt.json()).error).toBe(messageFor("vi", "media.video.errors.notCaptions"));
    currentUser = null;
    expect((await post(POST_CAPTIONS, "/api/media/captions", formWith(vttFile(), "a.vtt", { language: "vi" }))).status).toBe(401);
    expect((await post(POST_VIDEO, "/api/media/video", formWith(mp4File(), "a.mp4"))).status).toBe(401);
  });
});
