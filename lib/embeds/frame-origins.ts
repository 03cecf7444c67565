// The origins an embed's iframe may come from, one per provider: the reader
// policy's frame-src (lib/http/csp.ts), the frame addresses lib/embeds/
// builds and the reader island's own list (lib/reader/assets/embeds.js,
// checked equal by tests/unit/embed-island.test.ts) all come from here.
// Imported by lib/http/csp.ts and so by next.config.ts: no `@/` imports.

/** Provider id → the origin its player or post frame is served from. */
export const EMBED_FRAME_ORIGINS = {
  youtube: "https://www.youtube-nocookie.com",
  vimeo: "https://player.vimeo.com",
  x: "https://platform.twitter.com",
  tiktok: "https://www.tiktok.com",
  instagram: "https://www.instagram.com",
  facebook: "https://www.facebook.com",
  googleMaps: "https://www.google.com",
} as const;

export type EmbedProviderId = keyof typeof EMBED_FRAME_ORIGINS;

export const EMBED_PROVIDER_IDS = Object.keys(EMBED_FRAME_ORIGINS) as EmbedProviderId[];

/** Every frame origin, once each, in a stable order. */
export const FRAME_ORIGINS: readonly string[] = [...new Set(Object.values(EMBED_FRAME_ORIGINS))];
