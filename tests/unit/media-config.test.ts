// Media storage settings from the environment: the defaults, every S3 setting
// read as documented, and each mistake refused with a message naming the
// variable to fix. Also where image addresses point with MEDIA_PUBLIC_URL.
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError, readConfig, readMediaConfig } from "@/lib/config/env";
import { absoluteMediaUrl, mediaUrl, srcSet } from "@/lib/media/urls";

const S3 = { MEDIA_STORAGE: "s3", S3_BUCKET: "sapo-media" };

/** The ConfigError message for `env`, failing the test when there is none. */
function configError(env: Record<string, string>): string {
  try {
    readMediaConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error(`no error for ${JSON.stringify(env)}`);
}

describe("readMediaConfig", () => {
  it("defaults to local disk and ignores S3 settings there", () => {
    expect(readMediaConfig({})).toEqual({ storage: "local", publicUrl: null });
    expect(readMediaConfig({ MEDIA_STORAGE: "local", S3_ACCESS_KEY_ID: "only-one" })).toEqual({ storage: "local", publicUrl: null });
    expect(readMediaConfig({ MEDIA_STORAGE: " " })).toEqual({ storage: "local", publicUrl: null });
    expect(readConfig({})).toMatchObject({ mediaStorage: "local", mediaPublicUrl: null });
  });

  it("reads a minimal S3 configuration with its defaults", () => {
    expect(readMediaConfig(S3)).toEqual({
      storage: "s3",
      publicUrl: null,
      s3: { bucket: "sapo-media", region: "us-east-1", endpoint: null, credentials: null, forcePathStyle: false, prefix: "" },
    });
  });

  it("reads every S3 setting, for a MinIO-style service", () => {
    const config = readMediaConfig({
      MEDIA_STORAGE: "S3",
      S3_BUCKET: "news",
      S3_REGION: "eu-central-1",
      S3_ENDPOINT: "http://127.0.0.1:9000/",
      S3_ACCESS_KEY_ID: "AKIAEXAMPLE",
      S3_SECRET_ACCESS_KEY: "secret",
      S3_FORCE_PATH_STYLE: "TRUE",
      S3_PREFIX: "/sapo/media/",
      MEDIA_PUBLIC_URL: "https://cdn.example.com/media/",
    });
    expect(config).toEqual({
      storage: "s3",
      publicUrl: "https://cdn.example.com/media",
      s3: {
        bucket: "news",
        region: "eu-central-1",
        endpoint: "http://127.0.0.1:9000",
        credentials: { accessKeyId: "AKIAEXAMPLE", secretAccessKey: "secret" },
        forcePathStyle: true,
        prefix: "sapo/media",
      },
    });
    expect(readMediaConfig({ ...S3, S3_FORCE_PATH_STYLE: "0" })).toMatchObject({ s3: { forcePathStyle: false } });
    expect(readMediaConfig({ ...S3, S3_FORCE_PATH_STYLE: "1" })).toMatchObject({ s3: { forcePathStyle: true } });
  });

  it("treats blank values as unset", () => {
    expect(readMediaConfig({ ...S3, S3_ENDPOINT: "", S3_REGION: "", S3_PREFIX: "", MEDIA_PUBLIC_URL: "" })).toMatchObject({
      publicUrl: null,
      s3: { endpoint: null, region: "us-east-1", prefix: "" },
    });
  });

  it("names the missing bucket", () => {
    expect(configError({ MEDIA_STORAGE: "s3" })).toMatch(/^S3_BUCKET is not set/);
    expect(configError({ MEDIA_STORAGE: "s3", S3_BUCKET: "  " })).toMatch(/^S3_BUCKET is not set/);
    // And start-up, which goes through readConfig, stops on it too.
    expect(() => readConfig({ MEDIA_STORAGE: "s3" })).toThrow(/S3_BUCKET/);
  });

  it("names the other half of a key pair", () => {
    expect(configError({ ...S3, S3_ACCESS_KEY_ID: "AKIAEXAMPLE" })).toMatch(/^S3_SECRET_ACCESS_KEY is not set/);
    expect(configError({ ...S3, S3_SECRET_ACCESS_KEY: "secret" })).toMatch(/^S3_ACCESS_KEY_ID is not set/);
  });

  it("refuses values it cannot use, naming the variable", () => {
    expect(configError({ MEDIA_STORAGE: "gcs" })).toMatch(/^MEDIA_STORAGE "gcs" must be "local" or "s3"/);
    expect(configError({ ...S3, S3_BUCKET: "bucket/folder" })).toMatch(/^S3_BUCKET .*S3_PREFIX/);
    expect(configError({ ...S3, S3_ENDPOINT: "minio:9000" })).toMatch(/^S3_ENDPOINT "minio:9000"/);
    expect(configError({ ...S3, S3_FORCE_PATH_STYLE: "yes please" })).toMatch(/^S3_FORCE_PATH_STYLE "yes please" must be true or false/);
  });

  it("wants MEDIA_PUBLIC_URL as a plain https address, for local storage too", () => {
    expect(readMediaConfig({ MEDIA_PUBLIC_URL: "https://cdn.example.com" })).toEqual({
      storage: "local",
      publicUrl: "https://cdn.example.com",
    });
    for (const bad of ["http://cdn.example.com", "cdn.example.com/media", "https://cdn.example.com/m?x=1", "/media"]) {
      expect(configError({ MEDIA_PUBLIC_URL: bad })).toMatch(/^MEDIA_PUBLIC_URL .* must be an https:\/\/ address/);
    }
  });
});

describe("image addresses", () => {
  const key = "0123456789abcdef0123";
  afterEach(() => {
    delete process.env.MEDIA_PUBLIC_URL;
  });

  it("point at this app's /media route by default", () => {
    expect(mediaUrl(key, 960)).toBe(`/media/${key}-960.webp`);
    expect(srcSet(key, "960,480")).toBe(`/media/${key}-480.webp 480w, /media/${key}-960.webp 960w`);
    expect(absoluteMediaUrl("https://news.example", key, 960)).toBe(`https://news.example/media/${key}-960.webp`);
  });

  it("point at MEDIA_PUBLIC_URL when it is set, and follow a change of it", () => {
    process.env.MEDIA_PUBLIC_URL = "https://cdn.example.com/sapo/";
    expect(mediaUrl(key, 960)).toBe(`https://cdn.example.com/sapo/${key}-960.webp`);
    expect(srcSet(key, [480])).toBe(`https://cdn.example.com/sapo/${key}-480.webp 480w`);
    // Already absolute: the site's address is not put in front.
    expect(absoluteMediaUrl("https://news.example", key, 960)).toBe(`https://cdn.example.com/sapo/${key}-960.webp`);
    process.env.MEDIA_PUBLIC_URL = "https://img.example.org";
    expect(mediaUrl(key, 480)).toBe(`https://img.example.org/${key}-480.webp`);
  });
});
