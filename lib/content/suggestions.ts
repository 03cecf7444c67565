// Suggestions in article bodies: the editor's "suggesting" mode records
// insertions, deletions and modifications as marks of
// @handlewithcare/prosemirror-suggest-changes (lib/content/extensions.ts), each
// with an id naming who suggested it and when. This module reads them (the
// list the newsroom shows, the count that holds back publishing), resolves
// them (accept or reject, one id or all), and gives the reader's view of a
// body: as it stands without its open suggestions. Shared by the editor and
// the server, so both resolve a suggestion the same way.
import { EditorState, type Transaction } from "@tiptap/pm/state";
import type { Mark, Node as PMNode } from "@tiptap/pm/model";
import { applySuggestion, applySuggestions, revertSuggestion, revertSuggestions, suggestChangesKey } from "@handlewithcare/prosemirror-suggest-changes";
import { bodySchema, SUGGESTION_MARKS, type JsonNode, type SuggestionKind } from "@/lib/content/extensions";

export { SUGGESTION_MARKS, type SuggestionKind };

/** The longest id a suggestion mark may carry. */
export const SUGGESTION_ID_MAX_CHARS = 100;
/**
 * The library's anchor for a suggested paragraph break (a zero-width space
 * carrying the mark); never part of the text anyone meant.
 */
export const ANCHOR = "\u200B";

const KINDS: readonly string[] = SUGGESTION_MARKS;
export const isSuggestionMarkName = (name: string): name is SuggestionKind => KINDS.includes(name);

/** A usable suggestion id: a short non-empty string or a finite number. */
export function isSuggestionId(id: unknown): id is string | number {
  if (typeof id === "number") return Number.isFinite(id);
  return typeof id === "string" && id.length > 0 && id.length <= SUGGESTION_ID_MAX_CHARS;
}

/** `${userId}~${time in base 36}~${4 random base-36 digits}`: who and when, readable back by suggestionAuthor. */
export function newSuggestionId(userId: string, now: Date = new Date()): string {
  const random = Math.floor(Math.random() * 36 ** 4)
    .toString(36)
    .padStart(4, "0");
  return `${userId}~${now.getTime().toString(36)}~${random}`;
}

/** Who made a suggestion and when, from its id; null for ids not made by newSuggestionId. */
export function suggestionAuthor(id: unknown): { userId: string; at: Date } | null {
  if (typeof id !== "string" || id.length > SUGGESTION_ID_MAX_CHARS) return null;
  const parts = id.split("~");
  if (parts.length < 3) return null;
  const [time, random] = parts.slice(-2);
  const userId = parts.slice(0, -2).join("~");
  if (!userId || !/^[0-9a-z]{1,11}$/.test(time) || !/^[0-9a-z]{4}$/.test(random)) return null;
  const at = new Date(parseInt(time, 36));
  return Number.isNaN(at.getTime()) ? null : { userId, at };
}

export type OpenSuggestion = {
  id: string;
  /** The kind first met in the text (a replacement is a deletion followed by an insertion of the same id). */
  kind: SuggestionKind;
  /** All its text in document order (anchors left out). */
  text: string;
  /** Its inserted and deleted parts, for showing a replacement as such. */
  inserted: string;
  deleted: string;
  userId: string | null;
  /** ISO time. */
  at: string | null;
};

type Field = "text" | "inserted" | "deleted";
type Gathering = { entry: OpenSuggestion; parents: Partial<Record<Field, JsonNode>>; kinds: Partial<Record<Field, SuggestionKind>> };

function textOf(node: JsonNode): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return " ";
  return (node.content ?? []).map(textOf).join(node.content?.some((c) => c.type !== "text" && c.type !== "hardBreak") ? " " : "");
}

/** The open suggestions of a body, one per id, in the order they first appear. */
export function openSuggestions(body: JsonNode): OpenSuggestion[] {
  const byId = new Map<string, Gathering>();
  const append = (g: Gathering, field: Field, text: string, parent: JsonNode, kind: SuggestionKind) => {
    if (!text) return;
    // Pieces from different blocks, or of different kinds, are kept apart by a space.
    const sep = g.entry[field] && (g.parents[field] !== parent || g.kinds[field] !== kind) ? " " : "";
    g.entry[field] += sep + text;
    g.parents[field] = parent;
    g.kinds[field] = kind;
  };
  const walk = (node: JsonNode, parent: JsonNode) => {
    let marked = false;
    for (const mark of node.marks ?? []) {
      if (!isSuggestionMarkName(mark.type) || !isSuggestionId(mark.attrs?.id)) continue;
      marked = true;
      const id = String(mark.attrs.id);
      let g = byId.get(id);
      if (!g) {
        const author = suggestionAuthor(mark.attrs.id);
        const entry: OpenSuggestion = { id, kind: mark.type, text: "", inserted: "", deleted: "", userId: author?.userId ?? null, at: author?.at.toISOString() ?? null };
        byId.set(id, (g = { entry, parents: {}, kinds: {} }));
      }
      const text = textOf(node).replaceAll(ANCHOR, "");
      append(g, "text", text, parent, mark.type);
      if (mark.type !== "modification") append(g, mark.type === "insertion" ? "inserted" : "deleted", text, parent, mark.type);
    }
    // A marked block's text is counted with it, not again for its children.
    if (!marked || node.type === "text") for (const child of node.content ?? []) walk(child, node);
  };
  walk(body, body);
  return [...byId.values()].map((g) => g.entry);
}

/** How many suggestions (distinct ids) a body holds open. */
export function countSuggestions(body: JsonNode): number {
  return openSuggestions(body).length;
}

/** The id of the suggestion marks whose id reads as `id`; null when there are none. */
function markIdOf(doc: PMNode, id: string | number): string | number | null {
  let found: string | number | null = null;
  doc.descendants((node) => {
    const mark = found === null && node.marks.find((m) => isSuggestionMarkName(m.type.name) && String(m.attrs.id) === String(id));
    if (mark) found = mark.attrs.id as string | number;
    return found === null;
  });
  return found;
}

/** Accepting applies a suggestion to the text; rejecting drops it. */
export type Resolution = "accept" | "reject";

/** Removes `mark` from the node at `pos` (an inline mark on text, a node mark elsewhere). */
function removeMarkAt(tr: Transaction, pos: number, mark: Mark) {
  const node = tr.doc.nodeAt(pos);
  if (!node) return;
  if (node.isText) tr.removeMark(pos, pos + node.nodeSize, mark);
  else tr.removeNodeMark(pos, mark);
}

function addMarkAt(tr: Transaction, pos: number, mark: Mark) {
  const node = tr.doc.nodeAt(pos);
  if (!node) return;
  if (node.isText) tr.addMark(pos, pos + node.nodeSize, mark);
  else tr.addNodeMark(pos, mark);
}

/**
 * Puts back what a modification mark says the node was. Only what can be put
 * back validly is: a change that no longer fits (the node was since moved
 * where the old type may not stand) leaves the node as it is.
 */
function revertModification(tr: Transaction, pos: number, mark: Mark) {
  const node = tr.doc.nodeAt(pos);
  if (!node || node.isText) return;
  const { type, attrName, previousValue, newValue } = mark.attrs as Record<string, unknown>;
  const schema = tr.doc.type.schema;
  const attempt = (change: () => void) => {
    try {
      change();
    } catch {
      // A step that cannot apply is refused before it is added: the node stays as it is.
    }
  };
  if (type === "attr" && typeof attrName === "string" && Object.hasOwn(node.attrs, attrName)) {
    attempt(() => tr.setNodeAttribute(pos, attrName, previousValue));
  } else if (type === "nodeType" && typeof previousValue === "string" && schema.nodes[previousValue] && !schema.nodes[previousValue].isText) {
    const $pos = tr.doc.resolve(pos);
    const previous = schema.nodes[previousValue];
    if (previous.validContent(node.content) && $pos.parent.canReplaceWith($pos.index(), $pos.index() + 1, previous)) {
      // Attributes both types have are kept; a heading comes back at the
      // body's first level (2: see validateBody), not the schema's default 1.
      const attrs = Object.fromEntries(Object.entries(node.attrs).filter(([key]) => Object.hasOwn(previous.spec.attrs ?? {}, key)));
      if (previous.name === "heading" && !("level" in attrs)) attrs.level = 2;
      attempt(() => tr.setNodeMarkup(pos, previous, attrs, node.marks));
    }
  } else if (type === "mark") {
    attempt(() => {
      if (newValue) tr.removeNodeMark(pos, schema.markFromJSON(newValue));
      if (previousValue) tr.addNodeMark(pos, schema.markFromJSON(previousValue));
    });
  }
}

/**
 * A transaction that accepts or rejects the suggestion `id` (every one
 * without), or null when there is none. The library's commands do the
 * insertions and deletions; around them this:
 * - resolves modifications of that id only (the library's single-id commands
 *   touch every modification);
 * - removes a text block that resolving left empty when the resolved
 *   suggestion covered all of it (a suggested new or deleted paragraph);
 * - removes the anchors (zero-width spaces) of the resolved suggestions.
 */
export function resolveSuggestions(state: EditorState, how: Resolution, given?: string | number): Transaction | null {
  const schema = state.schema;
  const { insertion, deletion, modification } = schema.marks;
  // The id as the marks hold it (lists give ids as strings; a mark may hold a number).
  const id = given === undefined ? undefined : markIdOf(state.doc, given);
  if (id === null) return null;
  const matches = (mark: Mark) => id === undefined || mark.attrs.id === id;
  const tr = state.tr;
  let found = false;

  // 1. Modifications (node marks and attributes: positions do not move).
  const kept: { pos: number; mark: Mark }[] = [];
  state.doc.descendants((node, pos) => {
    for (const mark of node.marks) {
      if (mark.type !== modification) continue;
      if (!matches(mark)) {
        // Set aside while the library runs, put back afterwards.
        kept.push({ pos, mark });
        removeMarkAt(tr, pos, mark);
        continue;
      }
      found = true;
      if (how === "reject") revertModification(tr, pos, mark);
      removeMarkAt(tr, pos, mark);
    }
  });

  // 2. Whole blocks marked as inserted or deleted (bodies from elsewhere: the
  // editor marks text only): removed or kept here, so the library, whose
  // block handling is incomplete, sees text marks only.
  const blocks: { pos: number; size: number; mark: Mark }[] = [];
  tr.doc.descendants((node, pos) => {
    if (node.isText) return false;
    const mark = node.marks.find((m) => (m.type === insertion || m.type === deletion) && matches(m));
    if (!mark) return true;
    blocks.push({ pos, size: node.nodeSize, mark });
    return false;
  });
  for (const { pos, size, mark } of blocks.reverse()) {
    found = true;
    if ((how === "accept") === (mark.type === deletion)) tr.deleteRange(pos, pos + size);
    else tr.removeNodeMark(pos, mark);
  }

  // 3. What to tidy afterwards.
  const removed = how === "accept" ? deletion : insertion;
  const start = tr.steps.length;
  const emptied: number[] = [];
  const anchors: number[] = [];
  tr.doc.descendants((node, pos) => {
    if (node.isTextblock && node.childCount > 0) {
      let all = true;
      node.forEach((child) => (all &&= child.marks.some((m) => m.type === removed && matches(m))));
      if (all) emptied.push(pos);
    }
    if (node.isText && node.marks.some((m) => (m.type === insertion || m.type === deletion) && matches(m))) {
      found = true;
      for (let i = node.text!.indexOf(ANCHOR); i >= 0; i = node.text!.indexOf(ANCHOR, i + 1)) anchors.push(pos + i);
    }
  });
  if (!found) return null;

  // 4. The library's command, run on the document as it now is.
  const accept = how === "accept";
  const command = id === undefined ? (accept ? applySuggestions : revertSuggestions) : accept ? applySuggestion(id) : revertSuggestion(id);
  try {
    command(EditorState.create({ schema, doc: tr.doc }), (t) => t.steps.forEach((step) => tr.step(step)));
  } catch {
    // A shape the library cannot resolve: better nothing than half of it.
    return null;
  }

  // 5. Tidy, last position first so earlier ones stay put.
  const since = () => tr.mapping.slice(start);
  for (const pos of emptied.reverse()) {
    const mapped = since().mapResult(pos, 1);
    const node = tr.doc.nodeAt(mapped.pos);
    if (!mapped.deleted && node?.isTextblock && node.content.size === 0) tr.deleteRange(mapped.pos, mapped.pos + node.nodeSize);
  }
  for (const pos of anchors.reverse()) {
    const mapped = since().mapResult(pos, 1);
    if (!mapped.deleted && tr.doc.textBetween(mapped.pos, Math.min(mapped.pos + 1, tr.doc.content.size)) === ANCHOR) {
      tr.delete(mapped.pos, mapped.pos + 1);
    }
  }
  for (const { pos, mark } of kept) {
    const mapped = tr.mapping.mapResult(pos, 1);
    if (!mapped.deleted) addMarkAt(tr, mapped.pos, mark);
  }
  return tr.setMeta(suggestChangesKey, { skip: true });
}

function jsonHasSuggestions(node: JsonNode): boolean {
  return Boolean(node.marks?.some((m) => isSuggestionMarkName(m.type)) || node.content?.some(jsonHasSuggestions));
}

/** Drops suggestion marks and suggested content from JSON: the last resort of withoutSuggestions. */
function stripJson(node: JsonNode): JsonNode | null {
  const marks = node.marks ?? [];
  if (marks.some((m) => m.type === "insertion")) return null;
  const out: JsonNode = { ...node };
  const kept = marks.filter((m) => !isSuggestionMarkName(m.type));
  if (kept.length) out.marks = kept;
  else delete out.marks;
  if (node.type === "text") {
    out.text = (node.text ?? "").replaceAll(ANCHOR, "");
    return out.text ? out : null;
  }
  if (node.content) out.content = node.content.map(stripJson).filter((c): c is JsonNode => c !== null);
  return out;
}

/**
 * The body as it stands without its open suggestions: suggested insertions
 * left out, suggested deletions kept, modifications put back where that is
 * valid (else only their marks dropped). What readers are shown.
 */
export function withoutSuggestions(body: JsonNode): JsonNode {
  // Most bodies have none: they are returned as they are (a trip through the
  // schema would add default attributes).
  if (!jsonHasSuggestions(body)) return body;
  const schema = bodySchema();
  let out: JsonNode;
  try {
    const doc = schema.nodeFromJSON(body);
    const tr = resolveSuggestions(EditorState.create({ schema, doc }), "reject");
    out = (tr ? tr.doc : doc).toJSON() as JsonNode;
  } catch {
    out = body;
  }
  // Whatever the library left marked (or could not handle) goes the plain way.
  const stripped = stripJson(out) ?? { type: "doc", content: [] };
  if (!stripped.content?.length) stripped.content = [{ type: "paragraph" }];
  return stripped;
}
