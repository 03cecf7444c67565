// The shape of an article's shared (Yjs) document: what the browser's editor,
// the collaboration server and every server-side writer agree on.
// - "body": a Y.XmlFragment bound to the Tiptap editor (Collaboration's `field`).
// - "fields": a Y.Map of the other editor fields. Texts people type into
//   (title, lead, ...) are Y.Text, so two people typing in one field merge
//   character by character; choices (section, language, cover, tags, byline)
//   are plain values, the last one set wins.
// Comments are not in the document (lib/comments/: rows anchored by Yjs
// relative positions); suggestions are marks in the body (lib/content/suggestions.ts).
import type { EditorFields } from "@/lib/articles/editor-state";

export const BODY_FIELD = "body";
export const FIELDS_MAP = "fields";

/** Fields held as Y.Text inside the "fields" map. */
export const TEXT_FIELDS = ["title", "lead", "slug", "seoTitle", "seoDescription"] as const satisfies readonly (keyof EditorFields)[];
/** Fields held as plain values inside the "fields" map. */
export const VALUE_FIELDS = ["sectionId", "language", "coverMediaId", "tags", "authors"] as const satisfies readonly (keyof EditorFields)[];

export type TextField = (typeof TEXT_FIELDS)[number];
export type ValueField = (typeof VALUE_FIELDS)[number];

const PREFIX = "article:";

/** The collaboration server's name for an article's document. */
export function documentName(articleId: string): string {
  return PREFIX + articleId;
}

/** The article id in a document name, or null for a name that is not an article's. */
export function articleIdOf(name: string): string | null {
  const id = name.startsWith(PREFIX) ? name.slice(PREFIX.length) : "";
  return /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : null;
}

/** Where the browser connects (same origin and port as the pages). */
export const COLLAB_PATH = "/collab";
