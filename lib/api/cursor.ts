// The content API's page cursors: opaque to callers (base64url of a small
// JSON object), but nothing more than where the next page starts.
// - Articles by date: the last item's publishedAt and id. Pages continue
//   "strictly after" that pair in (publishedAt desc, id desc) order, so an
//   article published while someone walks the pages lands before their
//   position and shifts nothing: no duplicate, none skipped.
// - Search: an offset into the ranking (a rank has no stable key to resume
//   from; the ranking of a fixed set of articles does not move).
// - Tags and authors: the last slug. Sections: an offset (a few dozen rows).
// A cursor that does not decode to exactly one of these shapes is refused
// (api.errors.cursor) rather than read as "start again".
// Not `server-only`: pure, and used in Sapo's own server.
import { z } from "zod";

const afterArticle = z.object({ k: z.literal("a"), p: z.iso.datetime(), i: z.string().min(1).max(100) }).strict();
const atOffset = z.object({ k: z.literal("o"), o: z.int().min(0).max(1_000_000) }).strict();
const afterSlug = z.object({ k: z.literal("s"), s: z.string().min(1).max(200) }).strict();

const cursorSchema = z.discriminatedUnion("k", [afterArticle, atOffset, afterSlug]);
export type Cursor = z.output<typeof cursorSchema>;
type Kind = Cursor["k"];

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url");
}

/** The cursor of kind `kind` that `text` encodes; null when it is not one (malformed, or another endpoint's). */
export function decodeCursor<K extends Kind>(text: string, kind: K): Extract<Cursor, { k: K }> | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = cursorSchema.safeParse(value);
  if (!parsed.success || parsed.data.k !== kind) return null;
  return parsed.data as Extract<Cursor, { k: K }>;
}

/** The cursor after the last of `items` when there may be more (`more`), else null. */
export function nextArticleCursor(items: { id: string; publishedAt: Date | null }[], more: boolean): string | null {
  const last = items.at(-1);
  if (!more || !last?.publishedAt) return null;
  return encodeCursor({ k: "a", p: last.publishedAt.toISOString(), i: last.id });
}
