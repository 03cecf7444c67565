// The collaboration server's quick check of every Yjs update a client sends,
// before it is applied to the live document. Yjs itself accepts anything:
// new root types, maps inside the body, <script> elements, javascript: links.
// This walks the update's items and refuses anything the editor would never
// write (layout in lib/collab/layout.ts, value rules in check-values.ts). It
// is a gate, not the whole validation: each store runs validateBody and the
// field rules again on the merged document.
//
// An item names its container either directly (a root name, or the id of the
// item holding the container type) or, when it has neighbours, only through
// them: then container and map key are those of its left (or right) origin,
// found in the update itself or in the server's document.
import * as decoding from "lib0/decoding";
import * as Y from "yjs";
import { messageYjsSyncStep2, messageYjsUpdate } from "y-protocols/sync";
import { BODY_LIMITS } from "@/lib/content/body";
import { isMediaIdAttr } from "@/lib/content/figures";
import { BODY_FIELD, FIELDS_MAP, TEXT_FIELDS, VALUE_FIELDS, type TextField, type ValueField } from "@/lib/collab/layout";
import { attributeProblem, fieldValueProblem, formatProblem, isElementName, quote } from "@/lib/collab/check-values";

// Hocuspocus 3's message types (@hocuspocus/server src/types.ts MessageType)
// that carry Yjs sync messages; SyncReply is applied just like Sync.
const HOCUSPOCUS_SYNC = 0;
const HOCUSPOCUS_SYNC_REPLY = 4;

/**
 * The Yjs update inside a Hocuspocus message (sync step 2 or update), or null
 * for any other message. A message that cannot be read gives null as well:
 * Hocuspocus reads it with the same decoders and fails the same way.
 */
export function syncUpdateOf(message: Uint8Array): Uint8Array | null {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder); // the document name
    const type = decoding.readVarUint(decoder);
    if (type !== HOCUSPOCUS_SYNC && type !== HOCUSPOCUS_SYNC_REPLY) return null;
    const syncType = decoding.readVarUint(decoder);
    if (syncType !== messageYjsSyncStep2 && syncType !== messageYjsUpdate) return null;
    return decoding.readVarUint8Array(decoder);
  } catch {
    return null;
  }
}

export type UpdateCheck = { ok: true; mediaIds: string[]; insertedChars: number } | { ok: false; reason: string };

type Struct = Y.Item | Y.GC | Y.Skip;
type Content = Y.Item["content"];
/** Where an item goes: a root type by name, or a type inside the document; and its map key. */
type Place = { root: string; type?: undefined; key: string | null } | { root?: undefined; type: Y.AbstractType<unknown>; key: string | null };
// "gc": the item builds on garbage-collected content, so Yjs discards it too.
// null: its container cannot be found (missing or malformed references).
type Found = Place | "gc" | null;

/** Finds structs by id, in the update first and then in the server's document. */
class Resolver {
  private readonly byClient = new Map<number, Struct[]>();
  private readonly memo = new Map<Y.Item, Found>();

  constructor(
    structs: Struct[],
    private readonly doc: Y.Doc,
  ) {
    for (const s of structs) {
      if (s instanceof Y.Skip) continue;
      const list = this.byClient.get(s.id.client) ?? [];
      list.push(s);
      this.byClient.set(s.id.client, list);
    }
    for (const list of this.byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  }

  private inUpdate(id: Y.ID): Y.Item | Y.GC | undefined {
    const list = this.byClient.get(id.client) ?? [];
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = list[mid];
      if (id.clock < s.id.clock) hi = mid - 1;
      else if (id.clock >= s.id.clock + s.length) lo = mid + 1;
      else return s as Y.Item | Y.GC;
    }
    return undefined;
  }

  private inDoc(id: Y.ID): Y.Item | Y.GC | undefined {
    if (id.clock >= Y.getState(this.doc.store, id.client)) return undefined;
    return Y.getItem(this.doc.store, id) as Y.Item | Y.GC;
  }

  private placeOfDocItem(item: Y.Item): Found {
    const parent = item.parent;
    if (!(parent instanceof Y.AbstractType)) return null;
    if (parent._item === null) return { root: Y.findRootTypeKey(parent), key: item.parentSub };
    return { type: parent, key: item.parentSub };
  }

  /** The item's own answer, or the update item whose place it shares. */
  private step(item: Y.Item): Found | Y.Item {
    if (typeof item.parent === "string") return { root: item.parent, key: item.parentSub };
    if (item.parent instanceof Y.ID) {
      const holder = this.inUpdate(item.parent) ?? this.inDoc(item.parent);
      if (holder instanceof Y.GC) return "gc";
      if (!(holder instanceof Y.Item) || !(holder.content instanceof Y.ContentType)) return null;
      return { type: holder.content.type as Y.AbstractType<unknown>, key: item.parentSub };
    }
    const neighbour = item.origin ?? item.rightOrigin;
    if (!neighbour) return null;
    const inUpdate = this.inUpdate(neighbour);
    if (inUpdate instanceof Y.Item) return inUpdate;
    const found = inUpdate ?? this.inDoc(neighbour);
    if (found instanceof Y.GC) return "gc";
    return found instanceof Y.Item ? this.placeOfDocItem(found) : null;
  }

  /** Follows neighbours iteratively (a forged chain may be long or circular). */
  placeOf(item: Y.Item): Found {
    const chain = new Set<Y.Item>();
    let current = item;
    let found: Found;
    for (;;) {
      const known = this.memo.get(current);
      if (known !== undefined) {
        found = known;
        break;
      }
      if (chain.has(current)) {
        found = null;
        break;
      }
      chain.add(current);
      const next = this.step(current);
      if (next instanceof Y.Item) current = next;
      else {
        found = next;
        break;
      }
    }
    for (const c of chain) this.memo.set(c, found);
    return found;
  }
}

/** A child of the body fragment or of an element: an element of the schema or a text. */
function bodyChildProblem(content: Content): string | null {
  if (content instanceof Y.ContentType) {
    const type = content.type;
    if (type instanceof Y.XmlText) return null;
    if (type instanceof Y.XmlElement) return isElementName(type.nodeName) ? null : `Unknown element ${quote(type.nodeName)}`;
  }
  return "Unexpected content in the body";
}

function soleValue(content: Content): { value: unknown } | null {
  return content instanceof Y.ContentAny && content.arr.length === 1 ? { value: content.arr[0] } : null;
}

function fieldProblem(key: string | null, content: Content): string | null {
  if (key === null) return "Unexpected content in the fields";
  if ((TEXT_FIELDS as readonly string[]).includes(key)) {
    const ok = content instanceof Y.ContentType && content.type.constructor === Y.Text;
    return ok ? null : `Field ${key as TextField} must be text`;
  }
  if ((VALUE_FIELDS as readonly string[]).includes(key)) {
    const one = soleValue(content);
    return one ? fieldValueProblem(key as ValueField, one.value) : `Field ${key} must be a value`;
  }
  return `Unknown field ${quote(key)}`;
}

function itemProblem(item: Y.Item, place: Place, mediaIds: Set<string>): string | null {
  const { content } = item;
  const { key } = place;
  if (place.root !== undefined) {
    if (place.root !== BODY_FIELD && place.root !== FIELDS_MAP) return `Unknown part of the document ${quote(place.root)}`;
    if (content instanceof Y.ContentDeleted) return null;
    if (place.root === FIELDS_MAP) return fieldProblem(key, content);
    return key === null ? bodyChildProblem(content) : "The body cannot have attributes";
  }
  if (content instanceof Y.ContentDeleted) return null;
  const type = place.type;
  if (type instanceof Y.XmlElement) {
    if (key === null) return bodyChildProblem(content);
    const one = soleValue(content);
    if (!one) return `Attribute ${quote(key)} must be a value`;
    const problem = attributeProblem(type.nodeName, key, one.value);
    if (!problem && isMediaIdAttr(type.nodeName, key) && typeof one.value === "string" && one.value) mediaIds.add(one.value);
    return problem;
  }
  if (type instanceof Y.XmlText) {
    if (key !== null) return "Text cannot have attributes";
    if (content instanceof Y.ContentString) return null;
    if (content instanceof Y.ContentFormat) return formatProblem(content.key, content.value);
    return "Unexpected content in a paragraph";
  }
  if (type.constructor === Y.Text) {
    return key === null && content instanceof Y.ContentString ? null : "Unexpected content in a field";
  }
  return "Content in a place the editor never writes";
}

/**
 * Checks a (v1) update against the layout and the body's rules, looking up
 * what it builds on in `doc`, the server's live document. On success, gives
 * the media ids of the figures it sets (to check against the media library)
 * and how many characters of text it inserts (to estimate the size).
 */
export function inspectUpdate(update: Uint8Array, doc: Y.Doc): UpdateCheck {
  let structs: Struct[];
  try {
    structs = Y.decodeUpdate(update).structs;
  } catch {
    return { ok: false, reason: "The update cannot be read" };
  }
  const resolver = new Resolver(structs, doc);
  const mediaIds = new Set<string>();
  let insertedChars = 0;
  for (const item of structs) {
    if (!(item instanceof Y.Item)) continue;
    const place = resolver.placeOf(item);
    if (place === "gc") continue;
    if (place === null) return { ok: false, reason: "The update refers to content the server does not have" };
    const problem = itemProblem(item, place, mediaIds);
    if (problem) return { ok: false, reason: problem };
    if (item.content instanceof Y.ContentString) {
      insertedChars += item.content.getLength();
      if (insertedChars > BODY_LIMITS.maxTextChars) return { ok: false, reason: "The update inserts too much text" };
    }
  }
  return { ok: true, mediaIds: [...mediaIds], insertedChars };
}
