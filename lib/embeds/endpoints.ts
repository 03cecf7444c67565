// Where each allowlisted provider's oEmbed answers come from. The address is
// the one @extractus/oembed-extractor's provider list gives for the canonical
// link (findProvider; its auto-discovery is never used, so a page can never
// name its own endpoint), kept only when it is on the host we expect for that
// provider; otherwise ours. Google Maps has none (the link says it all).
// OEMBED_ENDPOINTS (lib/config/env.ts) replaces them for tests and
// development; a replacement on a loopback address is the one case where a
// plain-http, local fetch is allowed (`loopback`).
import "server-only";
import { findProvider } from "@extractus/oembed-extractor";
import { readOembedEndpoints } from "@/lib/config/env";
import type { EmbedProviderId } from "@/lib/embeds/providers";

export type Endpoint = {
  url: string;
  /** A development or test stand-in on this machine: http and loopback allowed, for it and its thumbnails. */
  loopback: boolean;
};

/** Our own idea of each endpoint: used when the library's list has none or names another host. */
const EXPECTED: Partial<Record<EmbedProviderId, string>> = {
  youtube: "https://www.youtube.com/oembed",
  vimeo: "https://vimeo.com/api/oembed.json",
  x: "https://publish.twitter.com/oembed",
  tiktok: "https://www.tiktok.com/oembed",
  facebook: "https://graph.facebook.com/v16.0/oembed_post",
  instagram: "https://graph.facebook.com/v16.0/instagram_oembed",
};

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** The oEmbed endpoint for `canonicalUrl` of `provider`, or null when it has none. */
export function oembedEndpoint(provider: EmbedProviderId, canonicalUrl: string, env: Record<string, string | undefined> = process.env): Endpoint | null {
  const override = readOembedEndpoints(env)[provider];
  if (override) {
    const url = new URL(override);
    return { url: url.href, loopback: LOOPBACK_HOSTS.has(url.hostname) };
  }
  const expected = EXPECTED[provider];
  if (!expected) return null;
  const listed = findProvider(canonicalUrl)?.endpoint;
  let url = listed && new URL(listed).host === new URL(expected).host ? listed : expected;
  // The list sends Facebook links it has no better scheme for to the pages
  // endpoint; a video or post link wants its own.
  if (provider === "facebook" && !/\/oembed_(post|video)$/.test(url)) url = expected;
  if (provider === "facebook" && /\/(videos|reel|watch|video\.php)\b/.test(canonicalUrl)) url = url.replace(/oembed_post$/, "oembed_video");
  return { url, loopback: false };
}

/** Whether `url` is on the same loopback host (and port) as a loopback endpoint. */
export function onEndpointHost(endpoint: Endpoint, url: string): boolean {
  try {
    return endpoint.loopback && new URL(url).host === new URL(endpoint.url).host;
  } catch {
    return false;
  }
}
