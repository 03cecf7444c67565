// The embed providers Sapo accepts, and nothing else: which links each one
// takes, the canonical form of such a link (the only address an embed node
// stores), and the frame address built from that canonical link on the
// provider's allowlisted frame origin (lib/embeds/frame-origins.ts). Pure
// code without server imports: the editor (recognising a pasted link), the
// body's rules and the reader's HTML (lib/content/embeds.ts) and the server's
// resolution (lib/embeds/resolve.ts) share it.
//
// Every link is taken apart with the URL parser and rebuilt from the pieces
// that were checked (ids of known shapes, exact host names), so a canonical
// link or a frame address never carries anything else from what was pasted.
import { EMBED_FRAME_ORIGINS, EMBED_PROVIDER_IDS, type EmbedProviderId } from "@/lib/embeds/frame-origins";

export { EMBED_PROVIDER_IDS, type EmbedProviderId };

/** The longest link accepted (Google Maps' embed links run long). */
export const MAX_EMBED_URL_CHARS = 2048;

export type EmbedMatch = {
  provider: EmbedProviderId;
  /** The canonical link: what the node stores and readers without JavaScript follow. */
  url: string;
  /** A title known from the link itself (a map's place), "" otherwise. */
  title: string;
};

type Provider = {
  /** Shown on facades and in the editor (brand names: the same in every language). */
  name: string;
  /** Exact host names (lower case) links may have. */
  hosts: readonly string[];
  /** The canonical match of a parsed link on one of `hosts`, or null. */
  canonical: (url: URL) => Omit<EmbedMatch, "provider"> | null;
  /** The frame address for a canonical link this provider made. */
  frame: (canonical: URL) => string | null;
};

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const DIGITS = /^\d{1,25}$/;
const HANDLE = /^[A-Za-z0-9_.-]{1,64}$/;
const CODE = /^[A-Za-z0-9_-]{4,64}$/;
/** Path segments, without the empty ones of leading, trailing or doubled slashes. */
const segments = (url: URL) => url.pathname.split("/").filter(Boolean);
const frameOn = (provider: EmbedProviderId, path: string) => `${EMBED_FRAME_ORIGINS[provider]}${path}`;
const plain = (title = "") => ({ title });

function youtube(url: URL) {
  const parts = segments(url);
  let id: string | null | undefined;
  if (url.hostname === "youtu.be") id = parts[0];
  else if (parts[0] === "watch") id = url.searchParams.get("v");
  else if (["shorts", "embed", "live", "v"].includes(parts[0] ?? "")) id = parts[1];
  return id && YOUTUBE_ID.test(id) ? { url: `https://www.youtube.com/watch?v=${id}`, ...plain() } : null;
}

function vimeo(url: URL) {
  const parts = segments(url);
  // player.vimeo.com/video/<id>?h=<hash>, vimeo.com/<id>[/<hash>], vimeo.com/channels/<name>/<id>
  if (url.hostname === "player.vimeo.com") {
    const hash = url.searchParams.get("h");
    return parts[0] === "video" && DIGITS.test(parts[1] ?? "") ? vimeoLink(parts[1], hash) : null;
  }
  if (DIGITS.test(parts[0] ?? "")) return vimeoLink(parts[0], parts[1] ?? null);
  if (parts[0] === "channels" && DIGITS.test(parts[2] ?? "")) return vimeoLink(parts[2], null);
  return null;
}

function vimeoLink(id: string, hash: string | null) {
  // An unlisted video's link carries its hash, without which it does not play.
  const h = hash && /^[a-f0-9]{6,20}$/.test(hash) ? `/${hash}` : "";
  return { url: `https://vimeo.com/${id}${h}`, ...plain() };
}

function x(url: URL) {
  const [user, status, id] = segments(url);
  if (!HANDLE.test(user ?? "") || !["status", "statuses"].includes(status ?? "") || !DIGITS.test(id ?? "")) return null;
  return { url: `https://twitter.com/${user}/status/${id}`, ...plain() };
}

function tiktok(url: URL) {
  const [user, video, id] = segments(url);
  if (!user?.startsWith("@") || !HANDLE.test(user.slice(1)) || video !== "video" || !DIGITS.test(id ?? "")) return null;
  return { url: `https://www.tiktok.com/${user}/video/${id}`, ...plain() };
}

function instagram(url: URL) {
  const parts = segments(url);
  // /p/<code>/, /reel/<code>/, /tv/<code>/, also behind a /<user>/ prefix.
  const at = parts.findIndex((p) => ["p", "reel", "tv"].includes(p));
  if (at < 0 || at > 1 || !CODE.test(parts[at + 1] ?? "")) return null;
  return { url: `https://www.instagram.com/${parts[at]}/${parts[at + 1]}/`, ...plain() };
}

function facebook(url: URL) {
  const parts = segments(url);
  const id = (name: string) => {
    const v = url.searchParams.get(name);
    return v && DIGITS.test(v) ? v : null;
  };
  const fb = (path: string) => ({ url: `https://www.facebook.com${path}`, ...plain() });
  // A page's or person's post, video or photo: /<name>/posts|videos|photos/<id or code>
  if (parts.length >= 3 && HANDLE.test(parts[0]) && ["posts", "videos", "photos"].includes(parts[1])) {
    const last = parts[parts.length - 1];
    const rest = parts.slice(2);
    if (rest.length <= 2 && rest.every((p) => /^[A-Za-z0-9_.-]{1,80}$/.test(p)) && (DIGITS.test(last) || /^pfbid[A-Za-z0-9]{10,80}$/.test(last))) {
      return fb(`/${parts.join("/")}`);
    }
  }
  if (parts[0] === "reel" && DIGITS.test(parts[1] ?? "")) return fb(`/reel/${parts[1]}`);
  if (parts[0] === "watch" && id("v")) return fb(`/watch/?v=${id("v")}`);
  if (parts[0] === "video.php" && id("v")) return fb(`/video.php?v=${id("v")}`);
  if (parts[0] === "permalink.php" && id("story_fbid") && id("id")) return fb(`/permalink.php?story_fbid=${id("story_fbid")}&id=${id("id")}`);
  if (parts[0] === "photo.php" && id("fbid")) return fb(`/photo.php?fbid=${id("fbid")}`);
  return null;
}

/** Whether a canonical Facebook link is a video (the video plugin) rather than a post. */
function facebookVideo(url: URL): boolean {
  const first = segments(url)[0];
  return first === "reel" || first === "watch" || first === "video.php" || segments(url)[1] === "videos";
}

const COORDS = /^@(-?\d{1,3}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)(?:,(\d{1,2}(?:\.\d+)?)z)?$/;
const MAX_PLACE_CHARS = 200;

/**
 * Google Maps has no oEmbed: the link itself says what to show. An embed
 * link (/maps/embed?pb=…) is kept as it is; a place, a search or a point
 * becomes a query the embeddable map takes (maps?q=…&output=embed).
 */
function googleMaps(url: URL) {
  const parts = segments(url);
  if (url.hostname === "maps.google.com") parts.unshift("maps");
  if (parts[0] !== "maps") return null;
  const pb = url.searchParams.get("pb");
  if (parts[1] === "embed" && pb && /^[A-Za-z0-9!._%:-]{1,1800}$/.test(pb)) {
    return { url: `https://www.google.com/maps/embed?pb=${pb}`, ...plain() };
  }
  const at = parts.find((p) => COORDS.test(p));
  const coords = at ? COORDS.exec(at) : null;
  // From the "@lat,lng,17z" segment, or a canonical link's own z.
  const zoom = coords?.[3] ? Math.round(Number(coords[3])) : Number(url.searchParams.get("z")) || null;
  let place = url.searchParams.get("q") ?? "";
  if (!place && (parts[1] === "place" || parts[1] === "search") && parts[2] && !COORDS.test(parts[2])) {
    place = safeDecode(parts[2]).replace(/\+/g, " ");
  }
  place = place.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, MAX_PLACE_CHARS);
  const query = place || (coords ? `${coords[1]},${coords[2]}` : "");
  if (!query) return null;
  const params = new URLSearchParams({ q: query });
  if (zoom && zoom >= 1 && zoom <= 21) params.set("z", String(zoom));
  const isPoint = !place;
  return { url: `https://www.google.com/maps?${params}`, title: isPoint ? "" : place };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function mapsFrame(canonical: URL): string | null {
  if (canonical.pathname === "/maps/embed") return canonical.href;
  const q = canonical.searchParams.get("q");
  if (canonical.pathname !== "/maps" || !q) return null;
  const params = new URLSearchParams({ q });
  const z = canonical.searchParams.get("z");
  if (z && /^\d{1,2}$/.test(z)) params.set("z", z);
  params.set("output", "embed");
  return frameOn("googleMaps", `/maps?${params}`);
}

export const PROVIDERS: Record<EmbedProviderId, Provider> = {
  youtube: {
    name: "YouTube",
    hosts: ["youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be", "www.youtube-nocookie.com"],
    canonical: youtube,
    // The privacy-enhanced player: no cookies until the reader plays.
    frame: (c) => frameOn("youtube", `/embed/${c.searchParams.get("v")}`),
  },
  vimeo: {
    name: "Vimeo",
    hosts: ["vimeo.com", "www.vimeo.com", "player.vimeo.com"],
    canonical: vimeo,
    frame: (c) => {
      const [id, hash] = segments(c);
      return frameOn("vimeo", `/video/${id}${hash ? `?h=${hash}` : ""}`);
    },
  },
  x: {
    name: "X",
    hosts: ["twitter.com", "www.twitter.com", "mobile.twitter.com", "x.com", "www.x.com", "mobile.x.com"],
    canonical: x,
    frame: (c) => frameOn("x", `/embed/Tweet.html?id=${segments(c)[2]}`),
  },
  tiktok: {
    name: "TikTok",
    hosts: ["tiktok.com", "www.tiktok.com", "m.tiktok.com"],
    canonical: tiktok,
    frame: (c) => frameOn("tiktok", `/embed/v2/${segments(c)[2]}`),
  },
  instagram: {
    name: "Instagram",
    hosts: ["instagram.com", "www.instagram.com"],
    canonical: instagram,
    frame: (c) => frameOn("instagram", `/p/${segments(c)[1]}/embed`),
  },
  facebook: {
    name: "Facebook",
    hosts: ["facebook.com", "www.facebook.com", "m.facebook.com", "web.facebook.com"],
    canonical: facebook,
    frame: (c) => frameOn("facebook", `/plugins/${facebookVideo(c) ? "video" : "post"}.php?${new URLSearchParams({ href: c.href, show_text: "true" })}`),
  },
  googleMaps: {
    name: "Google Maps",
    hosts: ["google.com", "www.google.com", "maps.google.com", "google.com.vn", "www.google.com.vn"],
    canonical: googleMaps,
    frame: mapsFrame,
  },
};

export function isEmbedProvider(value: unknown): value is EmbedProviderId {
  return typeof value === "string" && Object.hasOwn(PROVIDERS, value);
}

export function providerName(provider: EmbedProviderId): string {
  return PROVIDERS[provider].name;
}

/**
 * The provider and canonical link of a pasted or stored link, or null when
 * it is none of the allowlisted providers' (http links are taken as https:
 * only the canonical https link is ever used).
 */
export function matchEmbedUrl(raw: string): EmbedMatch | null {
  if (typeof raw !== "string" || raw.length > MAX_EMBED_URL_CHARS) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.username || url.password || url.port) return null;
  const host = url.hostname.toLowerCase();
  for (const provider of EMBED_PROVIDER_IDS) {
    if (!PROVIDERS[provider].hosts.includes(host)) continue;
    const found = PROVIDERS[provider].canonical(url);
    return found ? { provider, ...found } : null;
  }
  return null;
}

/**
 * The iframe address for a stored link: built from its canonical form on the
 * provider's frame origin, or null when the link is not one of `provider`'s.
 */
export function embedFrameSrc(provider: EmbedProviderId, storedUrl: string): string | null {
  const found = matchEmbedUrl(storedUrl);
  if (!found || found.provider !== provider) return null;
  const src = PROVIDERS[provider].frame(new URL(found.url));
  return src && src.startsWith(`${EMBED_FRAME_ORIGINS[provider]}/`) ? src : null;
}
