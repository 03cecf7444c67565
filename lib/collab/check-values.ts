// The value rules behind lib/collab/check-update.ts: what an element
// attribute, a text format (mark) and a "fields" map value may hold in the
// shared document. Element and mark rules are validateBody's (lib/content/body.ts),
// applied one attribute at a time, since a Yjs update sets attributes singly.
// Each function returns null when the value is fine, else a short reason in
// plain English (it ends up in logs and in the WebSocket close reason, which
// is limited to 123 bytes, so names taken from the update are shortened).
import { BODY_LIMITS, BodyError, bodySchema, checkAttrs, checkFigure, checkLinkAttrs } from "@/lib/content/body";
import { checkTableAttrs, TABLE_NODES } from "@/lib/content/tables";
import { checkEmbedAttrs } from "@/lib/content/embeds";
import { checkGalleryAttrs } from "@/lib/content/galleries";
import { checkVideoAttrs } from "@/lib/content/videos";
import type { ValueField } from "@/lib/collab/layout";

/** The marks of @handlewithcare/prosemirror-suggest-changes (lib/content/suggestions.ts). */
export const SUGGESTION_MARKS: readonly string[] = ["insertion", "deletion", "modification"];

const MAX_ID_CHARS = 100;
const MAX_TAGS = 20;
const MAX_TAG_CHARS = 60;
const MAX_AUTHORS = 10;
const MAX_BYLINE_CHARS = 120;

/** A name from the update, quoted, shortened and kept to printable ASCII. */
export function quote(name: string): string {
  const short = name.length > 24 ? `${name.slice(0, 24)}…` : name;
  return `"${short.replace(/[^\x20-\x7e…]/g, "?")}"`;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// y-prosemirror stores a mark that may overlap itself as "<name>--<hash>".
const HASHED_MARK = /(.*)(--[a-zA-Z0-9+/=]{8})$/;

/** The mark name of a text format key. */
export function markNameOf(formatKey: string): string {
  return HASHED_MARK.exec(formatKey)?.[1] ?? formatKey;
}

function bodyRule(check: () => void): string | null {
  try {
    check();
    return null;
  } catch (e) {
    if (e instanceof BodyError) return e.message.slice(0, 100);
    throw e;
  }
}

/** An element is a node of the body's schema other than the document and text. */
export function isElementName(nodeName: string): boolean {
  return nodeName !== "doc" && nodeName !== "text" && Object.hasOwn(bodySchema().nodes, nodeName);
}

/** Setting attribute `key` of a `nodeName` element to `value`. */
export function attributeProblem(nodeName: string, key: string, value: unknown): string | null {
  if (!isElementName(nodeName)) return `Unknown element ${quote(nodeName)}`;
  const allowed = Object.keys(bodySchema().nodes[nodeName].spec.attrs ?? {});
  if (!allowed.includes(key)) return `Unknown attribute ${quote(key)} on ${nodeName}`;
  return bodyRule(() => {
    checkAttrs({ [key]: value }, allowed, "");
    // The figure's rules need a source; a known-good one stands in for the
    // attributes other than src itself.
    if (nodeName === "figure") checkFigure({ src: "/media/placeholder", [key]: value }, "");
    // As validateBody.
    if (nodeName === "heading" && key === "level" && value !== 2 && value !== 3) {
      throw new BodyError("Headings must be level 2 or 3", "");
    }
    if (nodeName === "orderedList" && key === "start" && !Number.isInteger(value)) {
      throw new BodyError("List start must be a whole number", "");
    }
    // A table's caption, a cell's spans (the table's size is checked on store).
    if (TABLE_NODES.includes(nodeName)) checkTableAttrs(nodeName, { [key]: value }, "");
    if (nodeName === "embed") checkEmbedAttrs({ [key]: value }, "");
    if (nodeName === "gallery" || nodeName === "galleryImage") checkGalleryAttrs(nodeName, { [key]: value }, "");
    if (nodeName === "video") checkVideoAttrs({ [key]: value }, "");
  });
}

function suggestionProblem(value: unknown): string | null {
  if (value === null) return null;
  if (!isPlainObject(value)) return "A suggestion mark must be an object";
  const id = value.id;
  if (!(typeof id === "string" || typeof id === "number") || String(id).length > MAX_ID_CHARS) {
    return "A suggestion mark needs a short id";
  }
  if (JSON.stringify(value).length > BODY_LIMITS.maxAttrChars) return "A suggestion mark is too long";
  return null;
}

/** A text format (ProseMirror mark) `formatKey` set to `value` (null ends it). */
export function formatProblem(formatKey: string, value: unknown): string | null {
  const name = markNameOf(formatKey);
  // Suggestions carry free-form old/new values (a modification), so they
  // have their own rule rather than the schema's plain-attribute one.
  if (SUGGESTION_MARKS.includes(name)) return suggestionProblem(value);
  const mark = Object.hasOwn(bodySchema().marks, name) ? bodySchema().marks[name] : undefined;
  if (!mark) return `Unknown formatting ${quote(name)}`;
  if (value === null) return null;
  if (!isPlainObject(value)) return `Formatting ${name} must have attributes`;
  return bodyRule(() => {
    checkAttrs(value, Object.keys(mark.spec.attrs ?? {}), "");
    if (name === "link") checkLinkAttrs(value, "");
  });
}

const isShortString = (v: unknown, max: number) => typeof v === "string" && v.length <= max;
const isIdOrNull = (v: unknown) => v === null || isShortString(v, MAX_ID_CHARS);

function isAuthor(v: unknown): boolean {
  return (
    isPlainObject(v) &&
    Object.keys(v).every((k) => k === "byline" || k === "userId") &&
    isShortString(v.byline, MAX_BYLINE_CHARS) &&
    isIdOrNull(v.userId)
  );
}

/** The shape of each plain value in the "fields" map (contents are checked on store). */
export function fieldValueProblem(name: ValueField, value: unknown): string | null {
  let ok: boolean;
  switch (name) {
    case "sectionId":
    case "language":
    case "coverMediaId":
      ok = isIdOrNull(value);
      break;
    case "tags":
      ok = Array.isArray(value) && value.length <= MAX_TAGS && value.every((t) => isShortString(t, MAX_TAG_CHARS));
      break;
    case "authors":
      ok = Array.isArray(value) && value.length <= MAX_AUTHORS && value.every(isAuthor);
      break;
  }
  return ok ? null : `Field ${name} has the wrong shape`;
}
