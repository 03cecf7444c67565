// Serving stored videos by range (app/media/[file]/route.ts), as a <video>
// player asks for them: 206 with Content-Range for a part, 416 past the end,
// 200 for the whole, HEAD with the headers alone; from local disk and from an
// S3 bucket (s3rver in this process), where only the part asked for is read
// (MediaStore.size / readRange).
import { mkdirSync, mkdtempSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET, HEAD } from "@/app/media/[file]/route";
import { readMediaConfig } from "@/lib/config/env";
import { localMediaStore } from "@/lib/media/local-store";
import { s3MediaStore } from "@/lib/media/s3-store";
import { IMMUTABLE_CACHE_CONTROL, type MediaStore } from "@/lib/media/store";
import { parseRange } from "@/lib/media/video-range";
import { freshDatabase, type TestDb } from "@/tests/support/db";

const savedEnv = { ...process.env };
let t: TestDb;
const KEY = "0123456789abcdef0123";
const NAME = `${KEY}.mp4`;
// 300 KB of bytes that differ by position, so a wrong slice shows.
const BYTES = Buffer.from(Array.from({ length: 300 * 1024 }, (_, i) => (i * 7 + (i >> 8)) % 256));

beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(async () => {
  process.env = savedEnv;
  await t?.db.$disconnect();
});

const call = (method: "GET" | "HEAD", name: string, headers: Record<string, string> = {}) =>
  (method === "GET" ? GET : HEAD)(new Request(`http://localhost/media/${name}`, { method, headers }), { params: Promise.resolve({ file: name }) });

async function expectRanges() {
  const whole = await call("GET", NAME);
  expect(whole.status).toBe(200);
  expect(whole.headers.get("accept-ranges")).toBe("bytes");
  expect(whole.headers.get("content-type")).toBe("video/mp4");
  expect(whole.headers.get("x-content-type-options")).toBe("nosniff");
  expect(whole.headers.get("cache-control")).toBe(IMMUTABLE_CACHE_CONTROL);
  expect(whole.headers.get("content-length")).toBe(String(BYTES.length));
  expect(Buffer.from(await whole.arrayBuffer()).equals(BYTES)).toBe(true);

  const part = await call("GET", NAME, { range: "bytes=1000-1999" });
  expect(part.status).toBe(206);
  expect(part.headers.get("content-range")).toBe(`bytes 1000-1999/${BYTES.length}`);
  expect(part.headers.get("content-length")).toBe("1000");
  expect(Buffer.from(await part.arrayBuffer()).equals(BYTES.subarray(1000, 2000))).toBe(true);

  const open = await call("GET", NAME, { range: "bytes=300000-" });
  expect(open.status).toBe(206);
  expect(Buffer.from(await open.arrayBuffer()).equals(BYTES.subarray(300000))).toBe(true);

  const tail = await call("GET", NAME, { range: "bytes=-100" });
  expect(tail.headers.get("content-range")).toBe(`bytes ${BYTES.length - 100}-${BYTES.length - 1}/${BYTES.length}`);
  expect(Buffer.from(await tail.arrayBuffer()).equals(BYTES.subarray(BYTES.length - 100))).toBe(true);

  const past = await call("GET", NAME, { range: `bytes=${BYTES.length}-` });
  expect(past.status).toBe(416);
  expect(past.headers.get("content-range")).toBe(`bytes */${BYTES.length}`);

  const head = await call("HEAD", NAME, { range: "bytes=0-9" });
  expect(head.status).toBe(206);
  expect(head.headers.get("content-range")).toBe(`bytes 0-9/${BYTES.length}`);
  expect((await head.arrayBuffer()).byteLength).toBe(0);

  expect((await call("GET", "ffffffffffffffffffff.mp4", { range: "bytes=0-1" })).status).toBe(404);
  expect((await call("GET", "../secret.mp4")).status).toBe(404);
}

describe("range requests", () => {
  it("reads the Range header as players send it", () => {
    expect(parseRange("bytes=0-", 10)).toEqual({ start: 0, end: 9 });
    expect(parseRange("bytes=2-4", 10)).toEqual({ start: 2, end: 4 });
    expect(parseRange("bytes=5-100", 10)).toEqual({ start: 5, end: 9 });
    expect(parseRange("bytes=-3", 10)).toEqual({ start: 7, end: 9 });
    expect(parseRange("bytes=10-", 10)).toBe("unsatisfiable");
    expect(parseRange("bytes=-0", 10)).toBe("unsatisfiable");
    // Several ranges, other units or nonsense: the whole file.
    expect(parseRange("bytes=0-1,4-5", 10)).toBeNull();
    expect(parseRange("items=0-1", 10)).toBeNull();
    expect(parseRange("bytes=5-2", 10)).toBeNull();
    expect(parseRange(null, 10)).toBeNull();
  });

  it("serves a video from local disk by range", async () => {
    const dataDir = mkdtempSync(path.join(t.dir, "data-"));
    process.env.DATA_DIR = dataDir;
    delete process.env.MEDIA_STORAGE;
    mkdirSync(path.join(dataDir, "media"));
    const store = localMediaStore(path.join(dataDir, "media"));
    await store.put(NAME, BYTES, "video/mp4");
    // mediaStore() was not made yet in this file, so it is the local store on DATA_DIR.
    await expectRanges();
  });
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe("range requests on S3", () => {
  let server: S3rver | undefined;
  afterAll(async () => {
    await server?.close();
  });

  it("reads only the part asked for from the bucket", async () => {
    server = new S3rver({ address: "127.0.0.1", port: await freePort(), silent: true, directory: mkdtempSync(path.join(t.dir, "s3-")), configureBuckets: [{ name: "videos" }] });
    const { port } = await server.run();
    const env = {
      MEDIA_STORAGE: "s3",
      S3_BUCKET: "videos",
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_FORCE_PATH_STYLE: "true",
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
    };
    const config = readMediaConfig({ ...process.env, ...env });
    if (config.storage !== "s3") throw new Error("expected S3 settings");
    const store: MediaStore = s3MediaStore(config.s3);
    await store.put(NAME, BYTES, "video/mp4");
    expect(await store.size!(NAME)).toBe(BYTES.length);
    expect(await store.size!("ffffffffffffffffffff.mp4")).toBeNull();
    const slice = await new Response(await store.readRange!(NAME, 4096, 8191)).arrayBuffer();
    expect(Buffer.from(slice).equals(BYTES.subarray(4096, 8192))).toBe(true);
    expect(await store.readRange!("ffffffffffffffffffff.mp4", 0, 1)).toBeNull();
    expect(await store.readRange!("../../etc/passwd", 0, 1)).toBeNull();
  });
});
