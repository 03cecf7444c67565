// The media library's rules against a real, migrated SQLite file: what an
// upload may be (checked by content), what is stored (re-encoded, metadata
// dropped), and that an item in use cannot be deleted. Images are drawn by
// sharp here; nothing is downloaded.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as serveMedia } from "@/app/media/[file]/route";
import { mediaFor } from "@/lib/articles/field-writes";
import { prepareBody } from "@/lib/content/body";
import type { Db } from "@/lib/db/client";
import { listMedia } from "@/lib/media/queries";
import { localMediaStore } from "@/lib/media/local-store";
import { MAX_INPUT_PIXELS } from "@/lib/media/storage";
import type { MediaStore } from "@/lib/media/store";
import { deleteMediaIfUnused } from "@/lib/media/delete";
import { MediaError } from "@/lib/media/items";
import { acceptUpload, MAX_UPLOAD_BYTES, UploadError } from "@/lib/media/upload";
import { updateMediaTexts } from "@/lib/media/update";
import { mediaUsage } from "@/lib/media/usage";
import { parseFormats, variantFileName } from "@/lib/media/urls";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let t: TestDb;
let dir: string;
let store: MediaStore;

const savedDataDir = process.env.DATA_DIR;

beforeAll(async () => {
  t = await freshDatabase();
  // DATA_DIR/media is also where the /media route's store (mediaStore()) looks.
  const dataDir = mkdtempSync(path.join(t.dir, "data-"));
  process.env.DATA_DIR = dataDir;
  dir = path.join(dataDir, "media");
  mkdirSync(dir);
  store = localMediaStore(dir);
});
afterAll(async () => {
  if (savedDataDir === undefined) delete process.env.DATA_DIR;
  else process.env.DATA_DIR = savedDataDir;
  await t.db.$disconnect();
});

const upload = (bytes: Buffer, name: string, extra: { alt?: string; caption?: string; credit?: string } = {}) =>
  acceptUpload(t.db, { bytes, name }, { uploadedById: null, store, ...extra });

function picture(width = 1200, height = 800) {
  return sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 200 } } });
}

/** Expects the upload to be refused with a message matching `message`, leaving no row and no file behind. */
async function expectRefused(bytes: Buffer, name: string, message: RegExp) {
  const rows = await t.db.media.count();
  const files = readdirSync(dir).length;
  const error = await upload(bytes, name).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UploadError);
  expect((error as Error).message).toMatch(message);
  expect(await t.db.media.count()).toBe(rows);
  expect(readdirSync(dir)).toHaveLength(files);
}

/** The files of an item's variants, every format its row lists. */
async function storedFiles(mediaId: string) {
  const row = await t.db.media.findUniqueOrThrow({ where: { id: mediaId } });
  return row.variants.split(",").flatMap((w) => parseFormats(row.formats).map((f) => path.join(dir, variantFileName(row.fileKey, Number(w), f))));
}

describe("accepting uploads", () => {
  it("stores a PNG as WebP variants with its row and default texts", async () => {
    const png = await picture(1200, 800).png().toBuffer();
    const item = await upload(png, "  harbour at dawn.png ", { alt: " Boats ", caption: "The harbour", credit: "Photo: MH" });
    expect(item).toMatchObject({
      width: 1200,
      height: 800,
      alt: "Boats",
      caption: "The harbour",
      credit: "Photo: MH",
      originalName: "harbour at dawn.png",
    });
    expect(item.src).toMatch(/^\/media\/[a-f0-9]{20}-1200\.webp$/);
    expect(item.srcSet).toContain("480w");
    expect(new Date(item.createdAt).toISOString()).toBe(item.createdAt);
    const row = await t.db.media.findUniqueOrThrow({ where: { id: item.id } });
    expect(row.mimeType).toBe("image/webp");
    expect(row.variants).toBe("480,960,1200");
    for (const w of [480, 960, 1200]) expect((await sharp(path.join(dir, variantFileName(row.fileKey, w))).metadata()).format).toBe("webp");
  });

  it("stores an AVIF beside each WebP variant and records both formats", async () => {
    const jpeg = await picture(1000, 600).jpeg().toBuffer();
    const item = await upload(jpeg, "both.jpg");
    const row = await t.db.media.findUniqueOrThrow({ where: { id: item.id } });
    expect(row.formats).toBe("webp,avif");
    expect(row.variants).toBe("480,960,1000");
    let total = 0;
    for (const w of [480, 960, 1000]) {
      const avif = path.join(dir, `${row.fileKey}-${w}.avif`);
      const meta = await sharp(avif).metadata();
      // sharp names AVIF as HEIF with AV1 compression.
      expect([meta.format, meta.compression, meta.width]).toEqual(["heif", "av1", w]);
      total += statSync(avif).size + statSync(path.join(dir, `${row.fileKey}-${w}.webp`)).size;
    }
    // The item's size is what its variants take in the store: every file, both
    // formats (the crop renditions beside them are re-made, so not counted).
    expect(row.sizeBytes).toBe(total);
    const files = readdirSync(dir).filter((f) => f.startsWith(row.fileKey));
    expect(files.filter((f) => !f.includes(`-${row.renditionKey}-`)).sort()).toEqual(
      [480, 960, 1000].flatMap((w) => [`${row.fileKey}-${w}.avif`, `${row.fileKey}-${w}.webp`]).sort(),
    );
    expect(row.renditionKey).toMatch(/^[a-f0-9]{8}$/);
    expect(files.some((f) => f.startsWith(`${row.fileKey}-og-${row.renditionKey}-`))).toBe(true);
  });

  it("goes by the content, not the name: a PNG called photo.jpg is accepted", async () => {
    const png = await picture(600, 400).png().toBuffer();
    const item = await upload(png, "photo.jpg");
    expect(item).toMatchObject({ width: 600, height: 400, originalName: "photo.jpg", alt: "" });
  });

  it("accepts JPEG, WebP, GIF and AVIF", async () => {
    for (const bytes of [
      await picture(300, 200).jpeg().toBuffer(),
      await picture(300, 200).webp().toBuffer(),
      await picture(300, 200).gif().toBuffer(),
      await picture(300, 200).avif().toBuffer(),
    ]) {
      expect(await upload(bytes, "x")).toMatchObject({ width: 300, height: 200 });
    }
  });

  it("keeps at most 200 characters of the file name, without folders", async () => {
    const png = await picture(100, 100).png().toBuffer();
    const item = await upload(png, `C:\\Users\\me\\${"ж".repeat(250)}.png`);
    expect(item.originalName).toBe("ж".repeat(200));
  });

  it("strips EXIF and GPS metadata", async () => {
    const jpeg = await picture(800, 600)
      .jpeg()
      .withExif({
        IFD0: { Make: "Camera maker", Artist: "Someone" },
        IFD3: { GPSLatitudeRef: "N", GPSLatitude: "18/1 40/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "105/1 40/1 0/1" },
      })
      .toBuffer();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    const item = await upload(jpeg, "with-gps.jpg");
    for (const file of await storedFiles(item.id)) {
      const meta = await sharp(file).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
    }
  });
});

describe("refusing uploads", () => {
  it("refuses a text file named .png", async () => {
    await expectRefused(Buffer.from("just some text, not a picture\n"), "notes.png", /not an image we can read/);
  });

  it("refuses SVG", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><script>alert(1)</script></svg>');
    await expectRefused(svg, "logo.png", /SVG images are not accepted.*JPEG, PNG, WebP, GIF or AVIF/);
  });

  it("refuses other image formats, naming the allowed ones", async () => {
    await expectRefused(await picture(100, 100).tiff().toBuffer(), "scan.jpg", /TIFF images are not accepted.*JPEG, PNG/);
  });

  it("refuses a file over 10 MB before looking at it", async () => {
    // Random pixels do not compress: a real PNG of about 12 MB, under the pixel cap.
    const noise = await sharp(randomBytes(2000 * 2000 * 3), { raw: { width: 2000, height: 2000, channels: 3 } })
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(noise.length).toBeGreaterThan(MAX_UPLOAD_BYTES);
    await expectRefused(noise, "huge.png", /larger than 10 MB/);
  });

  it("refuses an image with too many pixels, however small the file", async () => {
    const bomb = await picture(8000, 8000).png({ compressionLevel: 9 }).toBuffer();
    expect(8000 * 8000).toBeGreaterThan(MAX_INPUT_PIXELS);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expectRefused(bomb, "bomb.png", /too many pixels/);
  });

  it("refuses a damaged image", async () => {
    const jpeg = await picture(640, 480).jpeg().toBuffer();
    await expectRefused(jpeg.subarray(0, jpeg.length / 2), "cut.jpg", /could not be read/);
  });

  it("refuses default texts over 500 characters", async () => {
    const png = await picture(100, 100).png().toBuffer();
    await expect(upload(png, "a.png", { caption: "x".repeat(501) })).rejects.toThrow(/caption can be at most 500/);
  });
});

describe("usage and deletion", () => {
  const staff = async (role: "REPORTER" | "EDITOR") => {
    const u = await t.db.user.create({ data: { email: `${Math.random().toString(36).slice(2)}@example.com`, displayName: role, role } });
    return { id: u.id, role: u.role, ip: "198.51.100.7" };
  };
  const owned = async (owner: { id: string } | null, name = "owned.png") =>
    acceptUpload(t.db, { bytes: await picture(300, 200).png().toBuffer(), name }, { uploadedById: owner?.id ?? null, store, caption: "Original" });
  const texts = { alt: "", caption: "Changed", credit: "" };

  it("lets a reporter change and delete only their own uploads, and the desk anyone's", async () => {
    const [reporter, other, editor] = [await staff("REPORTER"), await staff("REPORTER"), await staff("EDITOR")];
    const theirs = await owned(other);
    const files = await storedFiles(theirs.id);
    await expect(updateMediaTexts(t.db, reporter, theirs.id, texts)).rejects.toThrow("You can change or delete only the images you uploaded.");
    await expect(deleteMediaIfUnused(t.db, reporter, theirs.id, store)).rejects.toBeInstanceOf(MediaError);
    expect((await t.db.media.findUniqueOrThrow({ where: { id: theirs.id } })).caption).toBe("Original");
    expect(files.every((f) => existsSync(f))).toBe(true);
    // Nobody's (the uploader's account is gone): the desk's alone.
    const orphan = await owned(null);
    await expect(deleteMediaIfUnused(t.db, reporter, orphan.id, store)).rejects.toBeInstanceOf(MediaError);

    expect((await updateMediaTexts(t.db, other, theirs.id, texts)).caption).toBe("Changed");
    expect((await updateMediaTexts(t.db, editor, orphan.id, texts)).caption).toBe("Changed");
    await deleteMediaIfUnused(t.db, editor, orphan.id, store);
    await deleteMediaIfUnused(t.db, other, theirs.id, store);
    expect(await t.db.media.count({ where: { id: { in: [theirs.id, orphan.id] } } })).toBe(0);
    expect(files.some((f) => existsSync(f))).toBe(false);
    const events = await t.db.auditEvent.findMany({ where: { targetId: { in: [theirs.id, orphan.id] } }, select: { action: true, actorId: true, ip: true } });
    expect(events).toHaveLength(4);
    expect(events.filter((e) => e.action === "media.deleted").map((e) => e.actorId).sort()).toEqual([other.id, editor.id].sort());
    expect(events.every((e) => e.ip === "198.51.100.7")).toBe(true);
  });

  it("counts a published article's pending update (its figures and its cover) as using an item", async () => {
    const editor = await staff("EDITOR");
    const [inBody, asCover, both] = [await owned(null, "a.png"), await owned(null, "b.png"), await owned(null, "c.png")];
    const section = await t.db.section.create({ data: { name: "Pending", slug: "pending" } });
    const figure = (m: { id: string; src: string }) => ({ type: "figure", attrs: { src: m.src, mediaId: m.id } });
    const pending = { title: "x", coverMediaId: asCover.id, body: { type: "doc", content: [figure(inBody), { type: "blockquote", content: [figure(both)] }] } };
    const live = await t.db.article.create({
      data: { title: "Live", slug: "live", sectionId: section.id, bodyJson: "{}", status: "PUBLISHED", publishedAt: new Date(), coverMediaId: both.id, pendingJson: JSON.stringify(pending) },
    });
    // Text that is nothing but an id is no use of it.
    const mention = { title: "x", coverMediaId: null, body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: inBody.id }] }] } };
    await t.db.article.create({
      data: { title: "Other", slug: "other", sectionId: section.id, bodyJson: "{}", status: "PUBLISHED", pendingJson: JSON.stringify(mention) },
    });
    for (const m of [inBody, asCover, both]) expect(await mediaUsage(t.db, m.id), m.id).toBe(1);
    for (const m of [inBody, asCover]) {
      await expect(deleteMediaIfUnused(t.db, editor, m.id, store)).rejects.toThrow("This image is used by 1 article; remove it from it first.");
      expect(await t.db.media.findUnique({ where: { id: m.id } })).not.toBeNull();
    }
    await t.db.article.update({ where: { id: live.id }, data: { pendingJson: null } });
    expect(await mediaUsage(t.db, inBody.id)).toBe(0);
    await deleteMediaIfUnused(t.db, editor, inBody.id, store);
    await t.db.article.deleteMany({ where: { sectionId: section.id } });
  });

  it("deletes nothing when the audit event cannot be written: the row and its files stay", async () => {
    const editor = await staff("EDITOR");
    const item = await owned(null, "audited.png");
    const files = await storedFiles(item.id);
    // The real database, whose audit table refuses the insert inside the delete's transaction.
    const failing = t.db.$extends({
      query: {
        auditEvent: {
          create() {
            throw new Error("audit log unavailable");
          },
        },
      },
    }) as unknown as Db;
    await expect(deleteMediaIfUnused(failing, editor, item.id, store)).rejects.toThrow("audit log unavailable");
    expect(await t.db.media.findUnique({ where: { id: item.id } })).not.toBeNull();
    expect(files.every((f) => existsSync(f))).toBe(true);
    expect(await t.db.auditEvent.count({ where: { targetId: item.id } })).toBe(0);
  });

  it("refuses to delete an item an article uses, and deletes it with its files once unused", async () => {
    const editor = await staff("EDITOR");
    const item = await upload(await picture(1000, 700).png().toBuffer(), "used.png");
    const files = await storedFiles(item.id);
    expect(files.filter((f) => f.endsWith(".avif"))).toHaveLength(3);
    expect(files.every((f) => existsSync(f))).toBe(true);
    const section = await t.db.section.create({ data: { name: "News", slug: "news" } });
    const article = (slug: string) => t.db.article.create({ data: { title: slug, slug, sectionId: section.id, bodyJson: "{}" } });
    const [a, b] = [await article("one"), await article("two")];

    await t.db.articleMedia.create({ data: { articleId: a.id, mediaId: item.id } });
    expect(await mediaUsage(t.db, item.id)).toBe(1);
    await expect(deleteMediaIfUnused(t.db, editor, item.id, store)).rejects.toThrow("This image is used by 1 article; remove it from it first.");

    // As cover of another article, and as cover and body image of the same one (counted once).
    await t.db.article.update({ where: { id: b.id }, data: { coverMediaId: item.id } });
    await t.db.article.update({ where: { id: a.id }, data: { coverMediaId: item.id } });
    expect(await mediaUsage(t.db, item.id)).toBe(2);
    const error = await deleteMediaIfUnused(t.db, editor, item.id, store).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaError);
    expect((error as Error).message).toBe("This image is used by 2 articles; remove it from them first.");
    expect(files.every((f) => existsSync(f))).toBe(true);

    const listed = await listMedia({ q: "used.png" }, t.db);
    expect(listed.items.map((i) => [i.id, i.usage])).toEqual([[item.id, 2]]);

    await t.db.articleMedia.deleteMany({ where: { mediaId: item.id } });
    await t.db.article.updateMany({ where: { coverMediaId: item.id }, data: { coverMediaId: null } });
    expect(await mediaUsage(t.db, item.id)).toBe(0);
    const deleted = await deleteMediaIfUnused(t.db, editor, item.id, store);
    expect(deleted.id).toBe(item.id);
    expect(await t.db.media.findUnique({ where: { id: item.id } })).toBeNull();
    expect(files.some((f) => existsSync(f))).toBe(false);

    await expect(deleteMediaIfUnused(t.db, editor, item.id, store)).rejects.toThrow(/no longer exists/);
  });
});

describe("listing the library", () => {
  it("lists newest first and searches caption, credit, alt text and file name", async () => {
    const png = await picture(200, 150).png().toBuffer();
    const older = await upload(png, "market.png", { caption: "Vinh market", credit: "Photo: Lan" });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const newer = await upload(png, "river.png", { alt: "The Lam river at dusk" });

    const all = await listMedia({}, t.db);
    expect(all.items[0].id).toBe(newer.id);
    expect(all.total).toBe(await t.db.media.count());
    expect(all.items.every((i) => i.usage === 0 && i.sizeBytes > 0)).toBe(true);

    for (const q of ["vinh", "LAN", "lam river", "river.png"]) {
      const found = await listMedia({ q }, t.db);
      expect(found.items.map((i) => i.id), q).toEqual([q === "vinh" || q === "LAN" ? older.id : newer.id]);
    }
    expect((await listMedia({ q: "nothing like this" }, t.db)).items).toEqual([]);
    expect(await listMedia({ page: 99 }, t.db)).toMatchObject({ page: 1, pages: 1 });
  });
});

describe("AVIF on pages and at /media", () => {
  const get = (file: string) => serveMedia(new Request(`http://localhost/media/${file}`), { params: Promise.resolve({ file }) });
  const figure = (m: { id: string; fileKey: string }) => ({ type: "figure", attrs: { src: `/media/${m.fileKey}-480.webp`, mediaId: m.id, alt: "x" } });

  it("offers AVIF in body figures for items that have it, never for items stored before it", async () => {
    const fresh = await t.db.media.findUniqueOrThrow({ where: { id: (await upload(await picture(800, 500).jpeg().toBuffer(), "new.jpg")).id } });
    // An item from before AVIF, as the migration leaves it: formats defaulted to WebP only.
    const old = await t.db.media.create({
      data: { fileKey: "abcdefabcdefabcdef01", mimeType: "image/webp", width: 800, height: 500, variants: "480,800", sizeBytes: 1 },
    });
    expect(old.formats).toBe("webp");

    // The way saving builds the HTML: the rows' variants and formats, read from the database.
    const body = { type: "doc", content: [figure(fresh), figure(old)] };
    const { html } = prepareBody(body, (await mediaFor(t.db, body)).variants);
    const [first, second] = html.match(/<figure>.*?<\/figure>/g)!;
    expect(first).toContain(
      `<picture><source type="image/avif" srcset="/media/${fresh.fileKey}-480.avif 480w, /media/${fresh.fileKey}-800.avif 800w"`,
    );
    // Then the <img> with the WebP srcset, the fallback, inside the same <picture>.
    expect(first).toMatch(
      new RegExp(`<picture><source [^>]*><img [^>]*srcset="/media/${fresh.fileKey}-480\\.webp 480w, /media/${fresh.fileKey}-800\\.webp 800w"[^>]*></picture>`),
    );
    expect(second).not.toContain("avif");
    expect(second).not.toContain("<picture>");
    // Every AVIF the page names exists.
    for (const name of html.match(/[a-f0-9]{20}-\d+\.avif/g)!) expect(existsSync(path.join(dir, name)), name).toBe(true);
  });

  it("serves .avif as image/avif and .webp as image/webp, and 404 once the item is deleted", async () => {
    const item = await upload(await picture(500, 300).png().toBuffer(), "served.png");
    const { fileKey } = await t.db.media.findUniqueOrThrow({ where: { id: item.id } });
    for (const [format, type] of [["avif", "image/avif"], ["webp", "image/webp"]] as const) {
      const name = `${fileKey}-480.${format}`;
      const response = await get(name);
      expect(response.status, name).toBe(200);
      expect(response.headers.get("Content-Type")).toBe(type);
      expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
      expect(Buffer.from(await response.arrayBuffer())).toEqual(readFileSync(path.join(dir, name)));
    }
    // Not variant names, or no such file (an item from before AVIF has none).
    for (const name of [`${fileKey}-480.avif.html`, `${fileKey}-480.png`, "abcdefabcdefabcdef01-480.avif"]) {
      const response = await get(name);
      expect(response.status, name).toBe(404);
      expect(response.headers.get("Content-Type")).toBeNull();
    }

    const editor = await t.db.user.create({ data: { email: "avif-desk@example.com", displayName: "Desk", role: "EDITOR" } });
    await deleteMediaIfUnused(t.db, { id: editor.id, role: editor.role, ip: null }, item.id, store);
    expect(readdirSync(dir).filter((f) => f.startsWith(fileKey))).toEqual([]);
    expect((await get(`${fileKey}-480.avif`)).status).toBe(404);
  });
});
