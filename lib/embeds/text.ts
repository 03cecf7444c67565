// What an oEmbed answer's texts may become in a node: every field is the
// provider's (or an impostor's) untrusted text, so markup is removed, control
// characters dropped, runs of spaces collapsed and the length capped. The
// result is still plain text, escaped wherever it is shown (lib/content/
// embeds.ts); this only keeps stored nodes tidy and small. Client-safe.

export const EMBED_LIMITS = {
  titleChars: 300,
  authorChars: 200,
  /** Frame sizes beyond this are nonsense. */
  maxSize: 10_000,
} as const;

/** `value` as one line of plain text of at most `max` characters ("" for anything but text). */
export function cleanEmbedText(value: unknown, max: number): string {
  if (typeof value !== "string") return "";
  const text = value
    // Whole script and style elements first: their content is code, not text.
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<[^>]*>?/g, " ")
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return [...text].slice(0, max).join("").trim();
}

/** A positive whole size in pixels, or null. */
export function cleanEmbedSize(value: unknown): number | null {
  const n = typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) && n > 0 && n <= EMBED_LIMITS.maxSize ? n : null;
}
