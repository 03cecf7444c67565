// Settings that come from the environment, read and checked in one place.
// Media storage (local disk or an S3-compatible bucket) and the reverse
// proxies whose forwarded headers are believed (TRUSTED_PROXIES) are read here
// as well.
// Admins edit the site name, tagline, time zone and more in the database
// (lib/settings/site-settings.ts); the values here are their defaults.
import { DEFAULT_TIME_ZONE, isValidTimeZone } from "@/lib/time/zones";

export class ConfigError extends Error {}

export type AppConfig = {
  port: number;
  siteUrl: string;
  siteName: string;
  siteTagline: string;
  /** The site's language until an admin sets one (a catalogue in messages/, e.g. "vi"). */
  siteLanguage: string;
  timeZone: string;
  dataDir: string;
  /** Where image files live; the bucket's settings are read by readMediaConfig. */
  mediaStorage: MediaConfig["storage"];
  /** Base address of public image URLs, or null for this app's /media/<file> route. */
  mediaPublicUrl: string | null;
  /** Proxies whose X-Forwarded-For is believed (lib/http/client-ip.ts); empty: none. */
  trustedProxies: ProxyRange[];
  /** OUTBOUND_ALLOW_LOOPBACK: fetches on users' behalf may reach this machine (tests and development only). */
  outboundAllowLoopback: boolean;
};

export function readConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const rawPort = env.PORT ?? "3000";
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`PORT "${rawPort}" is not a port number (1–65535)`);
  }
  const siteUrl = (env.SITE_URL ?? `http://localhost:${port}`).replace(/\/+$/, "");
  try {
    const u = new URL(siteUrl);
    if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error();
  } catch {
    throw new ConfigError(`SITE_URL "${siteUrl}" is not an http(s) URL`);
  }
  const timeZone = env.SITE_TIME_ZONE ?? DEFAULT_TIME_ZONE;
  if (!isValidTimeZone(timeZone)) {
    throw new ConfigError(`SITE_TIME_ZONE "${timeZone}" is not a time zone name such as ${DEFAULT_TIME_ZONE}`);
  }
  // Checked here too, so a half-configured bucket stops `npm start` with a
  // clear line instead of failing on the first upload.
  const media = readMediaConfig(env);
  const trustedProxies = readTrustedProxies(env);
  return {
    port,
    siteUrl,
    siteName: env.SITE_NAME ?? "Nghe An Daily",
    siteTagline: env.SITE_TAGLINE ?? "News of Nghe An province, every day",
    siteLanguage: env.SITE_LANGUAGE ?? "vi",
    timeZone,
    dataDir: env.DATA_DIR ?? "data",
    mediaStorage: media.storage,
    mediaPublicUrl: media.publicUrl,
    trustedProxies,
    outboundAllowLoopback: readOutboundAllowLoopback(env),
  };
}

/**
 * OUTBOUND_ALLOW_LOOPBACK=1 lets the server's fetches on users' behalf
 * (lib/http/safe-fetch.ts: importing pasted images) reach loopback
 * addresses, over http too: for tests and development, whose image servers
 * run on 127.0.0.1. Never set it in production: it opens this machine's own
 * services to anyone who can paste an address. Unset or 0: off.
 */
export function readOutboundAllowLoopback(env: Env = process.env): boolean {
  const raw = setting(env, "OUTBOUND_ALLOW_LOOPBACK")?.toLowerCase() ?? "0";
  if (!["1", "0", "true", "false"].includes(raw)) {
    throw new ConfigError(`OUTBOUND_ALLOW_LOOPBACK "${env.OUTBOUND_ALLOW_LOOPBACK}" must be 1 or 0`);
  }
  return raw === "1" || raw === "true";
}

/**
 * 4 or 6 for an IP address, else 0. Not node:net's isIP: this module also
 * reaches the browser (image addresses through lib/media/urls.ts), whose
 * bundles cannot hold Node's built-ins. The URL parser knows IPv6 anywhere.
 */
function ipVersion(address: string): 0 | 4 | 6 {
  if (/^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(address)) return 4;
  if (!address.includes(":") || /[^0-9a-fA-F:.]/.test(address)) return 0;
  try {
    new URL(`http://[${address}]/`);
    return 6;
  } catch {
    return 0;
  }
}

/** An address range: `prefix` leading bits of `network` (32 or 128 for a single address). */
export type ProxyRange = { network: string; prefix: number; family: "ipv4" | "ipv6" };

/**
 * TRUSTED_PROXIES: comma-separated IPv4/IPv6 addresses and CIDR ranges of the
 * reverse proxies in front of Sapo, e.g. "127.0.0.1, ::1" for nginx on the
 * same machine or "10.0.0.0/8" for a load balancer's network. Unset: none,
 * and every request's address is its connection's own. Throws ConfigError
 * naming the first entry that is neither.
 */
export function readTrustedProxies(env: Env = process.env): ProxyRange[] {
  const entries = (env.TRUSTED_PROXIES ?? "").split(",").map((e) => e.trim()).filter(Boolean);
  return entries.map((entry) => {
    const match = /^([^/]+)(?:\/(\d{1,3}))?$/.exec(entry);
    const version = match ? ipVersion(match[1]) : 0;
    const family = version === 4 ? "ipv4" : "ipv6";
    const bits = version === 4 ? 32 : 128;
    const prefix = match?.[2] === undefined ? bits : Number(match[2]);
    if (!match || version === 0 || prefix > bits) {
      throw new ConfigError(
        `TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range; list your reverse proxies' addresses, e.g. TRUSTED_PROXIES=127.0.0.1,::1 or 10.0.0.0/8`,
      );
    }
    return { network: match[1], prefix, family };
  });
}

/** How to reach an S3-compatible bucket (AWS S3, MinIO, Cloudflare R2, DigitalOcean Spaces…). */
export type S3Settings = {
  bucket: string;
  region: string;
  /** null: AWS S3 itself. */
  endpoint: string | null;
  /** null: the AWS SDK's own credential chain (AWS_* variables, instance or task role). */
  credentials: { accessKeyId: string; secretAccessKey: string } | null;
  forcePathStyle: boolean;
  /** Key prefix without slashes at either end; "" for none. */
  prefix: string;
};

export type MediaConfig =
  | { storage: "local"; publicUrl: string | null }
  | { storage: "s3"; publicUrl: string | null; s3: S3Settings };

type Env = Record<string, string | undefined>;

/** A variable's value, with blank treated as unset (as `S3_ENDPOINT=` in a .env file means). */
function setting(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/**
 * MEDIA_STORAGE and the S3_* variables. Throws ConfigError naming the
 * variable that is missing or wrong. The S3_* variables are ignored for local
 * storage.
 */
export function readMediaConfig(env: Env = process.env): MediaConfig {
  const publicUrl = readMediaPublicUrl(env);
  const storage = (setting(env, "MEDIA_STORAGE") ?? "local").toLowerCase();
  if (storage === "local") return { storage, publicUrl };
  if (storage !== "s3") throw new ConfigError(`MEDIA_STORAGE "${env.MEDIA_STORAGE}" must be "local" or "s3"`);

  const bucket = setting(env, "S3_BUCKET");
  if (!bucket) throw new ConfigError("S3_BUCKET is not set: MEDIA_STORAGE=s3 needs the name of the bucket to store images in");
  if (/[/\s]/.test(bucket)) {
    throw new ConfigError(`S3_BUCKET "${bucket}" must be a bucket name only; put a folder inside it in S3_PREFIX`);
  }

  const endpoint = setting(env, "S3_ENDPOINT")?.replace(/\/+$/, "") ?? null;
  if (endpoint !== null && !isHttpUrl(endpoint)) {
    throw new ConfigError(`S3_ENDPOINT "${endpoint}" is not an http(s) URL such as https://<account>.r2.cloudflarestorage.com`);
  }

  // Both or neither: with neither, the SDK finds credentials itself (an IAM
  // role on AWS), which is the safer choice where it is available.
  const accessKeyId = setting(env, "S3_ACCESS_KEY_ID");
  const secretAccessKey = setting(env, "S3_SECRET_ACCESS_KEY");
  if (accessKeyId && !secretAccessKey) throw new ConfigError("S3_SECRET_ACCESS_KEY is not set, but S3_ACCESS_KEY_ID is: set both");
  if (secretAccessKey && !accessKeyId) throw new ConfigError("S3_ACCESS_KEY_ID is not set, but S3_SECRET_ACCESS_KEY is: set both");

  const rawPathStyle = setting(env, "S3_FORCE_PATH_STYLE")?.toLowerCase() ?? "false";
  if (!["true", "false", "1", "0"].includes(rawPathStyle)) {
    throw new ConfigError(`S3_FORCE_PATH_STYLE "${env.S3_FORCE_PATH_STYLE}" must be true or false`);
  }

  return {
    storage,
    publicUrl,
    s3: {
      bucket,
      region: setting(env, "S3_REGION") ?? "us-east-1",
      endpoint,
      credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : null,
      forcePathStyle: rawPathStyle === "true" || rawPathStyle === "1",
      prefix: (setting(env, "S3_PREFIX") ?? "").replace(/^\/+|\/+$/g, ""),
    },
  };
}

/**
 * MEDIA_PUBLIC_URL without a trailing slash, or null when unset. Must be
 * https: the site's Content-Security-Policy allows images from its own origin
 * and https only, and article bodies accept https image addresses only.
 */
export function readMediaPublicUrl(env: Env = process.env): string | null {
  const raw = setting(env, "MEDIA_PUBLIC_URL");
  if (!raw) return null;
  const base = raw.replace(/\/+$/, "");
  let url: URL | null = null;
  try {
    url = new URL(base);
  } catch {
    // reported below
  }
  if (!url || url.protocol !== "https:" || url.search || url.hash || url.username || url.password) {
    throw new ConfigError(`MEDIA_PUBLIC_URL "${raw}" must be an https:// address without query, such as https://cdn.example.com/media`);
  }
  return base;
}

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * OEMBED_ENDPOINTS: a JSON object of embed provider id → oEmbed endpoint
 * (lib/embeds/endpoints.ts), replacing the providers' own, for tests and
 * development with a fake provider, e.g.
 * {"youtube":"http://127.0.0.1:4100/oembed"}. An endpoint on a loopback
 * address may be plain http, and its thumbnails may come from the same host;
 * nothing else is relaxed. Unset: the providers' real endpoints.
 */
export function readOembedEndpoints(env: Env = process.env): Record<string, string> {
  const raw = setting(env, "OEMBED_ENDPOINTS");
  if (!raw) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigError(`OEMBED_ENDPOINTS is not JSON: write it as {"youtube":"http://127.0.0.1:4100/oembed"}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new ConfigError("OEMBED_ENDPOINTS must be a JSON object of provider → endpoint address");
  }
  for (const [provider, url] of Object.entries(parsed)) {
    if (typeof url !== "string" || !isHttpUrl(url)) throw new ConfigError(`OEMBED_ENDPOINTS: the endpoint of "${provider}" is not an http(s) URL`);
  }
  return parsed as Record<string, string>;
}

/**
 * OEMBED_META_TOKEN: a Meta app access token ("<app id>|<client token>"),
 * which Facebook's and Instagram's oEmbed endpoints require. Unset: their
 * embeds are made from the link alone (no title, author or thumbnail).
 */
export function readOembedMetaToken(env: Env = process.env): string | null {
  return setting(env, "OEMBED_META_TOKEN") ?? null;
}
