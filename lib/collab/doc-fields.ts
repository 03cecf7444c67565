// Conversions between an article's editor fields (lib/articles/editor-state.ts)
// and its shared Yjs document (lib/collab/layout.ts). Pure: no database, no
// network; the collaboration server, the JSON save API and the tests all use
// these, so the document is read and written the same way everywhere.
//
// Writes are minimal on purpose: a text field changes only between its common
// prefix and suffix, the body only where it differs (y-tiptap's
// updateYFragment keeps unchanged paragraphs' Yjs items), so what someone is
// typing at the same moment elsewhere in the document survives the write.
import * as Y from "yjs";
import { updateYFragment, yXmlFragmentToProsemirrorJSON } from "@tiptap/y-tiptap";
import type { EditorFields } from "@/lib/articles/editor-state";
import { bodySchema, EMPTY_DOC, type JsonNode } from "@/lib/content/body";
import { BODY_FIELD, FIELDS_MAP, TEXT_FIELDS, VALUE_FIELDS, type TextField, type ValueField } from "@/lib/collab/layout";
import { jsonEqual } from "@/lib/collab/json-equal";

/**
 * A fresh document (random clientID) holding all of `fields`. Make it once per
 * article and keep its state: two documents made separately from the same
 * fields are different edits, and merging them holds every text twice.
 */
export function newDocument(fields: EditorFields): Y.Doc {
  const doc = new Y.Doc();
  applyFieldsToDoc(doc, fields);
  return doc;
}

/**
 * The body as ProseMirror JSON, exactly as Tiptap's editor.getJSON() gives it
 * for the same content: the raw conversion is passed through the schema, which
 * fills in attributes y-tiptap leaves out (it stores no null attribute, e.g. a
 * figure's mediaId), orders marks and joins adjacent text nodes. Content the
 * schema cannot build is returned raw, so validateBody reports what is wrong.
 * Null for an empty fragment (a document that never held a body).
 */
function readBody(fragment: Y.XmlFragment): JsonNode | null {
  if (fragment.length === 0) return null;
  const raw = yXmlFragmentToProsemirrorJSON(fragment) as JsonNode;
  try {
    return bodySchema().nodeFromJSON(raw).toJSON() as JsonNode;
  } catch {
    return raw;
  }
}

// JSON values stored in the map are cloned on the way in and out, so neither
// the caller nor the document can change the other's copy by accident (and
// Y.Map.set accepts only plain objects, not class instances).
function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/**
 * Every field of the document. A field the document does not hold takes the
 * fallback's value (documents may predate a field); so does an empty body.
 */
export function fieldsOf(doc: Y.Doc, fallback: EditorFields): EditorFields {
  const map = doc.getMap<unknown>(FIELDS_MAP);
  const fields: EditorFields = { ...fallback, body: readBody(doc.getXmlFragment(BODY_FIELD)) ?? fallback.body ?? EMPTY_DOC };
  for (const name of TEXT_FIELDS) {
    const value = map.get(name);
    if (value instanceof Y.Text) fields[name] = value.toString();
    else if (typeof value === "string") fields[name] = value;
  }
  const values = fields as Record<ValueField, unknown>;
  for (const name of VALUE_FIELDS) {
    if (map.has(name)) values[name] = clone(map.get(name));
  }
  return fields;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Turns `text` into `next` by replacing only the middle that differs. The cut
 * never falls inside a surrogate pair: Yjs would replace half an emoji with
 * U+FFFD when it later splits the item there.
 */
function replaceText(text: Y.Text, next: string): boolean {
  const prev = text.toString();
  if (prev === next) return false;
  const max = Math.min(prev.length, next.length);
  let start = 0;
  while (start < max && prev.charCodeAt(start) === next.charCodeAt(start)) start++;
  if (start > 0 && isHighSurrogate(prev.charCodeAt(start - 1))) start--;
  let end = 0;
  while (end < max - start && prev.charCodeAt(prev.length - 1 - end) === next.charCodeAt(next.length - 1 - end)) end++;
  if (end > 0 && isLowSurrogate(prev.charCodeAt(prev.length - end))) end--;
  const removed = prev.length - start - end;
  if (removed > 0) text.delete(start, removed);
  const inserted = next.slice(start, next.length - end);
  if (inserted) text.insert(start, inserted);
  return true;
}

function applyText(map: Y.Map<unknown>, name: TextField, next: string): boolean {
  const current = map.get(name);
  if (current instanceof Y.Text) return replaceText(current, next);
  map.set(name, new Y.Text(next));
  return true;
}

function applyValue(map: Y.Map<unknown>, name: ValueField, next: unknown): boolean {
  if (map.has(name) && jsonEqual(map.get(name), next)) return false;
  map.set(name, clone(next));
  return true;
}

/**
 * Writes the body minimally. `next` must be a valid body (validateBody): the
 * schema builds the ProseMirror node y-tiptap compares the fragment with.
 */
function applyBody(doc: Y.Doc, next: JsonNode): boolean {
  const node = bodySchema().nodeFromJSON(next);
  const fragment = doc.getXmlFragment(BODY_FIELD);
  const current = readBody(fragment);
  if (current !== null && jsonEqual(current, node.toJSON())) return false;
  // A fresh binding metadata (no ProseMirror view here): with an empty
  // mapping y-tiptap matches children by content, keeping equal ones.
  updateYFragment(doc, fragment, node, { mapping: new Map(), isOMark: new Map() });
  return true;
}

/**
 * Applies the given fields to the document in one transaction (with `origin`,
 * so observers can tell the writer), changing only what differs from the
 * document's current values. Returns the names of the fields that changed.
 */
export function applyFieldsToDoc(doc: Y.Doc, next: Partial<EditorFields>, origin?: unknown): string[] {
  const changed: string[] = [];
  doc.transact(() => {
    const map = doc.getMap<unknown>(FIELDS_MAP);
    for (const name of TEXT_FIELDS) {
      const value = next[name];
      if (value !== undefined && applyText(map, name, value)) changed.push(name);
    }
    for (const name of VALUE_FIELDS) {
      const value = next[name];
      if (value !== undefined && applyValue(map, name, value)) changed.push(name);
    }
    if (next.body !== undefined && applyBody(doc, next.body)) changed.push(BODY_FIELD);
  }, origin);
  return changed;
}
