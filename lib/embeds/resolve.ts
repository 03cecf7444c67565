// Resolving a pasted link into what an embed node stores: the provider, the
// canonical link, a title, an author, a size and a thumbnail copied into the
// media library (readers never fetch the provider's). Nothing of the
// provider's HTML is kept; the iframe's address is derived from the canonical
// link when the page is rendered (lib/embeds/providers.ts).
// The rules, since the link comes from a user:
// - only links of the allowlisted providers; anything else is refused before
//   any fetch;
// - only the provider's known oEmbed endpoint is asked (lib/embeds/endpoints.ts),
//   through lib/http/safe-fetch.ts: https, public addresses, no redirects
//   (oEmbed endpoints answer directly; a redirect is refused, not followed),
//   a 5 s deadline and a 64 KB cap;
// - every field of the answer is untrusted text (lib/embeds/text.ts); a
//   thumbnail must be an https address on a public host (or the loopback
//   stand-in's own host) and is fetched by lib/media/import-remote.ts under
//   the same rules; if that fails the embed resolves without one.
// Google Maps needs no fetch at all; Facebook and Instagram need a Meta token
// (OEMBED_META_TOKEN), without which they resolve from the link alone.
import "server-only";
import { readOembedMetaToken } from "@/lib/config/env";
import type { EmbedAttrs } from "@/lib/content/embeds";
import type { Db } from "@/lib/db/client";
import { oembedEndpoint, onEndpointHost, type Endpoint } from "@/lib/embeds/endpoints";
import { matchEmbedUrl, type EmbedMatch, type EmbedProviderId } from "@/lib/embeds/providers";
import { cleanEmbedSize, cleanEmbedText, EMBED_LIMITS } from "@/lib/embeds/text";
import { OutboundError, safeFetch } from "@/lib/http/safe-fetch";
import { importRemoteImage } from "@/lib/media/import-remote";
import type { MediaStore } from "@/lib/media/store";

export const OEMBED_TIMEOUT_MS = 5_000;
export const OEMBED_MAX_BYTES = 64 * 1024;
const JSON_TYPES = ["application/json", "text/json", "application/javascript", "text/javascript", "text/plain"];
const META_PROVIDERS: readonly EmbedProviderId[] = ["facebook", "instagram"];

/** Why a link did not resolve: the last part of its catalogue key, editor.embed.failures.<reason>. */
export type EmbedFailure = "unsupported" | "unreachable" | "tooLarge" | "refused" | "invalid";

/** The embed node's attributes (lib/content/embeds.ts) once the link is looked up. */
export type EmbedResult = Omit<EmbedAttrs, "status" | "provider"> & {
  status: "resolved" | "failed";
  provider: EmbedProviderId;
  /** Set when status is "failed". */
  reason?: EmbedFailure;
};

export type ResolveOptions = {
  uploadedById: string | null;
  store?: MediaStore;
  timeoutMs?: number;
  env?: Record<string, string | undefined>;
};

/** A link none of the providers takes: refused before anything is fetched. */
export class UnsupportedEmbedError extends Error {
  override readonly name = "UnsupportedEmbedError";
}

const bare = (match: EmbedMatch): EmbedResult => ({
  status: "resolved",
  provider: match.provider,
  url: match.url,
  title: cleanEmbedText(match.title, EMBED_LIMITS.titleChars),
  author: "",
  thumbnailId: null,
  thumbnailSrc: "",
  width: null,
  height: null,
});

/**
 * Resolves `url`. Throws UnsupportedEmbedError for a link of no allowlisted
 * provider; otherwise answers "resolved", or "failed" with a reason (the
 * editor keeps the link, the page shows a plain link).
 */
export async function resolveEmbed(db: Db, url: string, options: ResolveOptions): Promise<EmbedResult> {
  const match = matchEmbedUrl(url);
  if (!match) throw new UnsupportedEmbedError("Not a link of an allowlisted embed provider");
  const env = options.env ?? process.env;
  const result = bare(match);
  const endpoint = oembedEndpoint(match.provider, match.url, env);
  if (!endpoint) return result; // Google Maps: the link is all there is
  const token = META_PROVIDERS.includes(match.provider) ? readOembedMetaToken(env) : null;
  // Facebook and Instagram without a token: a facade from the link alone
  // (their plugin frames need no token), unless a stand-in endpoint is set.
  if (META_PROVIDERS.includes(match.provider) && !token && !endpoint.loopback) return result;

  let data: Record<string, unknown>;
  try {
    data = await fetchOembed(endpoint, match.url, token, options.timeoutMs ?? OEMBED_TIMEOUT_MS);
  } catch (e) {
    if (!(e instanceof OembedFailure)) throw e;
    return { ...result, status: "failed", reason: e.reason };
  }
  const title = cleanEmbedText(data.title, EMBED_LIMITS.titleChars) || result.title;
  const author = cleanEmbedText(data.author_name, EMBED_LIMITS.authorChars);
  const thumbnail = await copyThumbnail(db, data.thumbnail_url, endpoint, title, options);
  return {
    ...result,
    title,
    author,
    ...thumbnail,
    width: cleanEmbedSize(data.width),
    height: cleanEmbedSize(data.height),
  };
}

class OembedFailure extends Error {
  constructor(readonly reason: EmbedFailure) {
    super(reason);
  }
}

/** The endpoint's JSON answer for `canonicalUrl`, as an object; OembedFailure otherwise. */
async function fetchOembed(endpoint: Endpoint, canonicalUrl: string, token: string | null, timeoutMs: number): Promise<Record<string, unknown>> {
  const address = new URL(endpoint.url);
  address.searchParams.set("url", canonicalUrl);
  address.searchParams.set("format", "json");
  address.searchParams.set("maxwidth", "720");
  if (token) address.searchParams.set("access_token", token);
  let body: Buffer;
  try {
    ({ body } = await safeFetch(address, {
      maxBytes: OEMBED_MAX_BYTES,
      timeoutMs,
      followRedirects: false,
      allowLoopback: endpoint.loopback,
      allowedTypes: JSON_TYPES,
      headers: { accept: "application/json" },
    }));
  } catch (e) {
    if (!(e instanceof OutboundError)) throw e;
    if (e.reason === "too-large") throw new OembedFailure("tooLarge");
    // A 3xx arrives as "status": never followed, so a redirect to a private
    // address is refused without being fetched.
    if (e.reason === "status" && e.status !== undefined && e.status >= 300 && e.status < 400) throw new OembedFailure("refused");
    if (e.reason === "address" || e.reason === "scheme" || e.reason === "url" || e.reason === "redirects") throw new OembedFailure("refused");
    if (e.reason === "type") throw new OembedFailure("invalid");
    throw new OembedFailure("unreachable");
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString("utf8"));
  } catch {
    throw new OembedFailure("invalid");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new OembedFailure("invalid");
  return parsed as Record<string, unknown>;
}

type Thumbnail = Pick<EmbedResult, "thumbnailId" | "thumbnailSrc">;
const NO_THUMBNAIL: Thumbnail = { thumbnailId: null, thumbnailSrc: "" };

/** The thumbnail copied into the library, or none when it may not be fetched or the copy fails. */
async function copyThumbnail(db: Db, raw: unknown, endpoint: Endpoint, title: string, options: ResolveOptions): Promise<Thumbnail> {
  if (typeof raw !== "string" || raw.length > 2048) return NO_THUMBNAIL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return NO_THUMBNAIL;
  }
  const local = onEndpointHost(endpoint, url.href);
  if (url.protocol !== "https:" && !local) return NO_THUMBNAIL;
  try {
    const media = await importRemoteImage(db, url.href, { uploadedById: options.uploadedById, alt: title, store: options.store, allowLoopback: local });
    return { thumbnailId: media.id, thumbnailSrc: media.src };
  } catch {
    // Any refusal (address, type, size, not an image): the facade goes without.
    return NO_THUMBNAIL;
  }
}
