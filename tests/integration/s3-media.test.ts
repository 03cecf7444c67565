// Media in an S3-compatible bucket: s3rver (an S3 server written in Node)
// runs in this process on a free loopback port, and the app is configured
// for it through the same environment variables an operator would set. The
// bucket is inspected with a separate client, so the test does not take the
// store's word for what it wrote.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { GetObjectCommand, ListObjectsV2Command, type S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as serveMedia } from "@/app/media/[file]/route";
import { createBackup, restoreBackup } from "@/lib/backup/snapshot";
import { readMediaConfig, type S3Settings } from "@/lib/config/env";
import { resolveDatabaseUrl } from "@/lib/db/adapter";
import { createPrismaClient } from "@/lib/db/client";
import { createS3Client, s3MediaStore } from "@/lib/media/s3-store";
import { mediaStore } from "@/lib/media/storage";
import { IMMUTABLE_CACHE_CONTROL, type MediaStore } from "@/lib/media/store";
import { deleteMediaIfUnused } from "@/lib/media/delete";
import { acceptUpload, UploadError } from "@/lib/media/upload";
import { parseRenditions, renditionFileNames } from "@/lib/media/renditions";
import { variantFileName } from "@/lib/media/urls";
import { freshDatabase, type TestDb } from "@/tests/support/db";

const BUCKET = "sapo-test-media";
const PREFIX = "newsroom/media";
const VARIANT = /^[a-f0-9]{20}-\d+\.webp$/;

let t: TestDb;
let server: S3rver;
let settings: S3Settings;
let inspector: S3Client;
let store: MediaStore;
const savedEnv = { ...process.env };

beforeAll(async () => {
  t = await freshDatabase();
  server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory: mkdtempSync(path.join(t.dir, "s3-")),
    configureBuckets: [{ name: BUCKET }],
  });
  const { port } = await server.run();
  Object.assign(process.env, {
    MEDIA_STORAGE: "s3",
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_FORCE_PATH_STYLE: "true",
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    S3_PREFIX: `/${PREFIX}/`,
    // Local disk must stay untouched: any file here would be a bug.
    DATA_DIR: mkdtempSync(path.join(t.dir, "data-")),
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
  });
  const config = readMediaConfig();
  if (config.storage !== "s3") throw new Error("expected S3 settings");
  settings = config.s3;
  inspector = createS3Client(settings);
  store = mediaStore();
});

afterAll(async () => {
  inspector?.destroy();
  await server?.close();
  await t?.db.$disconnect();
  process.env = savedEnv;
});

/** The object as the bucket holds it, or null when there is none. */
async function objectInBucket(name: string) {
  try {
    const out = await inspector.send(new GetObjectCommand({ Bucket: BUCKET, Key: `${PREFIX}/${name}` }));
    return { contentType: out.ContentType, cacheControl: out.CacheControl, bytes: Buffer.from(await out.Body!.transformToByteArray()) };
  } catch (e) {
    if ((e as Error).name === "NoSuchKey") return null;
    throw e;
  }
}

const picture = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 90, b: 40 } } }).png().toBuffer();

const get = (file: string) => serveMedia(new Request(`http://localhost/media/${file}`), { params: Promise.resolve({ file }) });

describe("the S3 media store", () => {
  it("is what mediaStore() gives when MEDIA_STORAGE=s3, made once", () => {
    expect(store.kind).toBe("s3");
    expect(mediaStore()).toBe(store);
  });

  it("puts, gets and deletes objects under the prefix, with type and cache lifetime", async () => {
    const name = variantFileName("aaaaaaaaaaaaaaaaaaaa", 480);
    const bytes = Buffer.from("not really an image, but bytes are bytes");
    await store.put(name, bytes, "image/webp");

    expect(await objectInBucket(name)).toEqual({ contentType: "image/webp", cacheControl: IMMUTABLE_CACHE_CONTROL, bytes });
    expect(await store.get(name)).toEqual(bytes);

    await store.delete(name);
    expect(await objectInBucket(name)).toBeNull();
    expect(await store.get(name)).toBeNull();
    await expect(store.delete(name)).resolves.toBeUndefined(); // already gone: no error
  });

  it("answers null for a missing object and for names that are not variants", async () => {
    expect(await store.get(variantFileName("bbbbbbbbbbbbbbbbbbbb", 960))).toBeNull();
    expect(await store.get("../../etc/passwd")).toBeNull();
    await expect(store.put("index.html", Buffer.from("<script>"), "text/html")).rejects.toThrow(/Not a media file name/);
  });

  it("reports a missing bucket as an error naming it, not as a missing file", async () => {
    const wrong = s3MediaStore({ ...settings, bucket: "no-such-bucket" });
    await expect(wrong.get(variantFileName("cccccccccccccccccccc", 480))).rejects.toThrow(/Media bucket no-such-bucket: could not read/);
    // Through the upload path it is a server error, never the uploader's "damaged image".
    const error = await acceptUpload(t.db, { bytes: await picture(640, 480), name: "x.png" }, { uploadedById: null, store: wrong }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(UploadError);
    expect((error as Error).message).toMatch(/Media bucket no-such-bucket: could not write/);
    expect(await t.db.media.count({ where: { originalName: "x.png" } })).toBe(0);
  });
});

describe("uploads and the /media route with the bucket", () => {
  it("stores an upload's variants in the bucket as WebP and AVIF, serves them, and deletes them with the item", async () => {
    const item = await acceptUpload(t.db, { bytes: await picture(1200, 800), name: "harbour.png" }, { uploadedById: null, alt: "Boats" });
    expect(item.src).toMatch(/^\/media\/[a-f0-9]{20}-1200\.webp$/);
    const row = await t.db.media.findUniqueOrThrow({ where: { id: item.id } });
    expect(row.variants).toBe("480,960,1200");
    expect(row.formats).toBe("webp,avif");
    const names = row.variants.split(",").map((w) => variantFileName(row.fileKey, Number(w)));
    const avifNames = row.variants.split(",").map((w) => variantFileName(row.fileKey, Number(w), "avif"));

    let total = 0;
    for (const [list, type, format] of [[names, "image/webp", "webp"], [avifNames, "image/avif", "heif"]] as const) {
      for (const name of list) {
        const object = await objectInBucket(name);
        expect(object, name).not.toBeNull();
        expect(object!.contentType).toBe(type);
        expect(object!.cacheControl).toBe(IMMUTABLE_CACHE_CONTROL);
        // sharp names AVIF as HEIF (with AV1 compression).
        expect((await sharp(object!.bytes).metadata()).format).toBe(format);
        total += object!.bytes.length;
      }
    }
    expect(row.sizeBytes).toBe(total);
    expect(existsSync(path.join(process.env.DATA_DIR!, "media"))).toBe(false);

    // The route reads through the store and keeps its headers.
    const largest = names[names.length - 1];
    const response = await get(largest);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("image/webp");
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    const body = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get("Content-Length")).toBe(String(body.length));
    expect(body).toEqual((await objectInBucket(largest))!.bytes);
    expect((await sharp(body).metadata()).width).toBe(1200);
    const avif = await get(avifNames[0]);
    expect(avif.status).toBe(200);
    expect(avif.headers.get("Content-Type")).toBe("image/avif");
    expect(Buffer.from(await avif.arrayBuffer())).toEqual((await objectInBucket(avifNames[0]))!.bytes);

    const desk = await t.db.user.create({ data: { email: "desk@example.com", displayName: "Desk", role: "EDITOR" } });
    await deleteMediaIfUnused(t.db, desk, item.id);
    for (const name of [...names, ...avifNames]) expect(await objectInBucket(name), name).toBeNull();
    expect((await get(largest)).status).toBe(404);
    expect((await get(avifNames[0])).status).toBe(404);
  });

  it("answers 404 for names that are not in the bucket or not ours", async () => {
    for (const file of [variantFileName("dddddddddddddddddddd", 480), "..%2Fsecret", "x.webp"]) {
      const response = await get(file);
      expect(response.status, file).toBe(404);
      // No page and nothing to render: an image address answers with the status alone.
      expect(response.headers.get("Content-Type")).toBeNull();
      expect(await response.text()).toBe("");
    }
  });

  it("gives public addresses on MEDIA_PUBLIC_URL when it is set", async () => {
    process.env.MEDIA_PUBLIC_URL = "https://cdn.example.com/newsroom/media/";
    try {
      const item = await acceptUpload(t.db, { bytes: await picture(400, 300), name: "cdn.png" }, { uploadedById: null });
      expect(item.src).toMatch(/^https:\/\/cdn\.example\.com\/newsroom\/media\/[a-f0-9]{20}-400\.webp$/);
      // The address is the bucket key under the public base: same name, same prefix.
      const name = item.src.split("/").pop()!;
      expect(name).toMatch(VARIANT);
      expect(await objectInBucket(name)).not.toBeNull();
      expect(item.srcSet).toBe(`https://cdn.example.com/newsroom/media/${name} 400w`);
    } finally {
      delete process.env.MEDIA_PUBLIC_URL;
    }
  });
});

describe("backups with bucket media", () => {
  it("refuse, saying the bucket is backed up by its own means", async () => {
    const backup = createBackup({ databaseFile: path.join(t.dir, "sapo.db"), mediaDir: t.dir, outFile: path.join(t.dir, "b.tar.gz") });
    await expect(backup).rejects.toThrow(/MEDIA_STORAGE=s3 keeps the images in bucket sapo-test-media.*the bucket's job/);
    await expect(restoreBackup({ file: "x.tar.gz", databaseFile: path.join(t.dir, "new.db"), mediaDir: t.dir })).rejects.toThrow(
      /MEDIA_STORAGE=s3 reads images from bucket sapo-test-media/,
    );
  });
});

/**
 * `npm start --prepare-only` in a clean environment holding only `env` (as
 * start-script.test.ts runs it). Asynchronous, unlike there: s3rver runs in
 * this process and must keep answering while the child works.
 */
function prepare(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts", "--prepare-only"],
      { env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production", ...env }, timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
        resolve({ code, stdout, stderr: stderr.trim() });
      },
    );
  });
}

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe("npm start with bucket media", () => {
  const s3Env = () => ({
    MEDIA_STORAGE: "s3",
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: process.env.S3_ENDPOINT!,
    S3_FORCE_PATH_STYLE: "true",
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    S3_PREFIX: "fresh-install",
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
  });

  it("stops with one line naming a missing setting", async () => {
    const { S3_BUCKET: _bucket, ...withoutBucket } = s3Env();
    const r = await prepare({ ...withoutBucket, DATA_DIR: t.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Sapo cannot start: S3_BUCKET is not set/);
    expect(r.stderr.split("\n")).toHaveLength(1);

    const { S3_SECRET_ACCESS_KEY: _secret, ...withoutSecret } = s3Env();
    expect((await prepare({ ...withoutSecret, DATA_DIR: t.dir })).stderr).toMatch(/^Sapo cannot start: S3_SECRET_ACCESS_KEY is not set/);
  });

  it("writes the demo images of a fresh installation to the bucket, not to disk", async () => {
    const dataDir = mkdtempSync(path.join(t.dir, "fresh-"));
    const r = await prepare({ ...s3Env(), DATA_DIR: dataDir, PORT: String(await freePort()) });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Demo content loaded: \d+ articles, \d+ images/);
    expect(existsSync(path.join(dataDir, "media"))).toBe(false);

    const db = createPrismaClient(resolveDatabaseUrl(`file:${path.join(dataDir, "sapo.db")}`));
    const rows = await db.media.findMany({ select: { fileKey: true, variants: true, formats: true, renditionKey: true, renditions: true } });
    await db.$disconnect();
    expect(rows.every((m) => m.formats === "webp,avif")).toBe(true);
    const expected = rows.flatMap((m) => [
      ...m.variants.split(",").flatMap((w) => (["webp", "avif"] as const).map((f) => `fresh-install/${variantFileName(m.fileKey, Number(w), f)}`)),
      // And each image's crop renditions (lib/media/renditions.ts), which the row names.
      ...renditionFileNames(m.fileKey, m.renditionKey, parseRenditions(m.renditions)).map((name) => `fresh-install/${name}`),
    ]);
    expect(rows.every((m) => /^[a-f0-9]{8}$/.test(m.renditionKey))).toBe(true);
    expect(expected.length).toBeGreaterThan(0);
    const listed: string[] = [];
    let ContinuationToken: string | undefined;
    do {
      const page = await inspector.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: "fresh-install/", ContinuationToken }));
      listed.push(...(page.Contents ?? []).map((o) => o.Key!));
      ContinuationToken = page.NextContinuationToken;
    } while (ContinuationToken);
    expect(listed.sort()).toEqual(expected.sort());
    // A fresh start encodes and uploads every demo image's variants and crop renditions (some 570 objects).
  }, 150_000);
});
