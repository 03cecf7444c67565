// The MediaStore over an S3-compatible bucket (AWS S3, MinIO, Cloudflare R2,
// DigitalOcean Spaces…), used when MEDIA_STORAGE=s3. Objects are keyed
// <S3_PREFIX>/<variant name> and written with their type and a long cache
// lifetime, so a CDN or the bucket's own public address can serve them as is.
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import type { S3Settings } from "@/lib/config/env";
import { assertVariantName, IMMUTABLE_CACHE_CONTROL, type MediaStore } from "@/lib/media/store";
import { isVariantName } from "@/lib/media/urls";

export function createS3Client(settings: S3Settings): S3Client {
  return new S3Client({
    region: settings.region,
    endpoint: settings.endpoint ?? undefined,
    forcePathStyle: settings.forcePathStyle,
    credentials: settings.credentials ?? undefined,
    // Recent SDKs add CRC32 checksums to every request and check them on
    // every response by default. Many S3-compatible services reject or lack
    // them; "when required" is what S3 itself needs and works everywhere.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    // Without these a bucket that stops answering would hold an upload or an
    // image request open indefinitely.
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
  });
}

export function s3MediaStore(settings: S3Settings, client: S3Client = createS3Client(settings)): MediaStore {
  const Bucket = settings.bucket;
  const key = (name: string) => (settings.prefix ? `${settings.prefix}/${name}` : name);
  // The SDK's messages name neither bucket nor key; operators need both.
  const failure = (what: string, name: string, e: unknown) =>
    new Error(`Media bucket ${Bucket}: could not ${what} ${key(name)}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });

  return {
    kind: "s3",
    async put(name, bytes, contentType) {
      assertVariantName(name);
      try {
        await client.send(
          new PutObjectCommand({ Bucket, Key: key(name), Body: bytes, ContentType: contentType, CacheControl: IMMUTABLE_CACHE_CONTROL }),
        );
      } catch (e) {
        throw failure("write", name, e);
      }
    },
    async get(name) {
      if (!isVariantName(name)) return null;
      try {
        const out = await client.send(new GetObjectCommand({ Bucket, Key: key(name) }));
        if (!out.Body) return null;
        const bytes = await out.Body.transformToByteArray();
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      } catch (e) {
        if (isNotFound(e)) return null;
        throw failure("read", name, e);
      }
    },
    async delete(name) {
      if (!isVariantName(name)) return;
      try {
        // S3 answers 204 for a key that is already gone, so this is idempotent.
        await client.send(new DeleteObjectCommand({ Bucket, Key: key(name) }));
      } catch (e) {
        if (isNotFound(e)) return;
        throw failure("delete", name, e);
      }
    },
    async size(name) {
      if (!isVariantName(name)) return null;
      try {
        const out = await client.send(new HeadObjectCommand({ Bucket, Key: key(name) }));
        return out.ContentLength ?? null;
      } catch (e) {
        if (isNotFound(e)) return null;
        throw failure("read", name, e);
      }
    },
    // The bucket sends only the part asked for (GetObject's Range), passed on as it arrives.
    async readRange(name, start, end) {
      if (!isVariantName(name)) return null;
      try {
        const out = await client.send(new GetObjectCommand({ Bucket, Key: key(name), Range: `bytes=${start}-${end}` }));
        return out.Body ? (out.Body.transformToWebStream() as ReadableStream<Uint8Array>) : null;
      } catch (e) {
        if (isNotFound(e)) return null;
        throw failure("read", name, e);
      }
    },
  };
}

/**
 * S3 says NoSuchKey; some compatibles only send a bare 404 (NotFound). A
 * missing bucket is a 404 too, but a configuration error that must show.
 */
function isNotFound(e: unknown): boolean {
  if (!(e instanceof Error) || e.name === "NoSuchBucket") return false;
  const status = (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return e.name === "NoSuchKey" || e.name === "NotFound" || status === 404;
}
