// Validation and rendering of article bodies. The browser sends ProseMirror
// JSON only; this module checks it strictly against the editor's schema and
// derives HTML (lib/content/body-html.ts, safe by construction) and plain
// text from it. Tables' own rules are in lib/content/tables.ts.
// Open suggestions (lib/content/suggestions.ts) are part of the stored body
// but never of what readers get: the HTML and text are made from the body
// without them.
import { bodySchema, type JsonNode } from "@/lib/content/extensions";
import { checkFigure, isAllowedImageSrc, isAllowedLink, LINK_SCHEMES } from "@/lib/content/figure-rules";
import { BodyError } from "@/lib/content/body-error";
import { renderBodyHtml } from "@/lib/content/body-html";
import type { MediaVariants } from "@/lib/content/render-context";
import { checkTableAttrs, checkTableSize, tableLines, TABLE_NODES } from "@/lib/content/tables";
import { isSuggestionId, isSuggestionMarkName, SUGGESTION_ID_MAX_CHARS, withoutSuggestions } from "@/lib/content/suggestions";
import { checkEmbedAttrs, embedText } from "@/lib/content/embeds";
import { checkGalleryAttrs, checkGallerySize, galleryText } from "@/lib/content/galleries";
import { checkVideoAttrs, videoText } from "@/lib/content/videos";
import { nfcJson } from "@/lib/text/nfc";

export { bodySchema, BodyError, type JsonNode, type MediaVariants };
// The picture and link rules live in lib/content/figure-rules.ts (shared with galleries).
export { checkFigure, isAllowedImageSrc, isAllowedLink };
export { BODY_IMAGE_SIZES } from "@/lib/content/body-html";
export { escapeHtml } from "@/lib/content/escape-html";

export const BODY_LIMITS = {
  maxJsonChars: 1_000_000,
  maxNodes: 20_000,
  maxDepth: 24,
  maxTextChars: 200_000,
  maxAttrChars: 2_000,
} as const;

export type PreparedBody = { json: string; html: string; text: string; words: number };

/** An empty document, for new articles. */
export const EMPTY_DOC: JsonNode = { type: "doc", content: [{ type: "paragraph" }] };

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Checks `input` against the schema: only known nodes, marks and attributes,
 * attribute values of the right kind, safe URLs, bounded size, and content
 * that satisfies the schema's rules. Throws BodyError with a readable message.
 */
export function validateBody(input: unknown): JsonNode {
  const schema = bodySchema();
  let nodes = 0;
  let textChars = 0;

  const walk = (value: unknown, path: string, depth: number): void => {
    if (depth > BODY_LIMITS.maxDepth) throw new BodyError("The text is nested too deeply", path);
    if (++nodes > BODY_LIMITS.maxNodes) throw new BodyError("The text has too many elements", path);
    if (!isPlainObject(value)) throw new BodyError("Each element must be an object", path);
    const node = value as Omit<JsonNode, "attrs" | "marks" | "content"> & {
      attrs?: Record<string, unknown>;
      marks?: unknown;
      content?: unknown;
    };
    for (const key of Object.keys(node)) {
      if (!["type", "attrs", "content", "marks", "text"].includes(key)) {
        throw new BodyError(`Unknown property "${key}"`, path);
      }
    }
    const type = node.type;
    if (typeof type !== "string" || !schema.nodes[type]) {
      throw new BodyError(`Unknown element type "${String(type)}"`, path);
    }
    checkNodeAttrs(type, node.attrs, path);
    if (type === "text") {
      if (typeof node.text !== "string" || node.text === "") throw new BodyError("Text must be a non-empty string", path);
      textChars += node.text.length;
      if (textChars > BODY_LIMITS.maxTextChars) throw new BodyError("The text is too long", path);
    } else if (node.text !== undefined) {
      throw new BodyError(`"${type}" cannot hold text directly`, path);
    }
    if (node.marks !== undefined) {
      if (!Array.isArray(node.marks)) throw new BodyError("Marks must be a list", path);
      node.marks.forEach((mark, i) => {
        const mpath = `${path}.marks[${i}]`;
        if (!isPlainObject(mark) || typeof mark.type !== "string" || !schema.marks[mark.type]) {
          throw new BodyError(`Unknown formatting "${isPlainObject(mark) ? String(mark.type) : "?"}"`, mpath);
        }
        for (const key of Object.keys(mark)) {
          if (key !== "type" && key !== "attrs") throw new BodyError(`Unknown property "${key}"`, mpath);
        }
        if (isSuggestionMarkName(mark.type)) {
          checkSuggestionMark(mark.type, mark.attrs, { type, attrs: node.attrs }, mpath);
          return;
        }
        checkAttrs(mark.attrs, Object.keys(schema.marks[mark.type].spec.attrs ?? {}), mpath);
        if (mark.type === "link") checkLinkAttrs((mark.attrs ?? {}) as Record<string, unknown>, mpath);
      });
    }
    if (node.content !== undefined) {
      if (!Array.isArray(node.content)) throw new BodyError("Content must be a list", path);
      node.content.forEach((child, i) => walk(child, `${path}.content[${i}]`, depth + 1));
    }
    // After its cells, whose spans are then known to be numbers.
    if (type === "table") checkTableSize(node as JsonNode, path);
    // A gallery's images: how many, and each a whole picture.
    if (type === "gallery") checkGallerySize(node as JsonNode, path);
  };

  if (!isPlainObject(input) || input.type !== "doc") throw new BodyError("The body must be a document", "");
  walk(input, "doc", 0);

  // Structural rules (what may contain what) come from ProseMirror itself.
  try {
    schema.nodeFromJSON(input).check();
  } catch (e) {
    throw new BodyError(`The body does not fit the editor's structure: ${(e as Error).message}`, "doc");
  }
  return input as JsonNode;
}

/** A node's attributes: known ones, plain values, and the rules of its type. */
export function checkNodeAttrs(type: string, attrs: Record<string, unknown> | undefined, path: string) {
  checkAttrs(attrs, Object.keys(bodySchema().nodes[type].spec.attrs ?? {}), `${path}.${type}`);
  if (type === "heading" && ![2, 3].includes(attrs?.level as number)) {
    throw new BodyError("Headings must be level 2 or 3", path);
  }
  if (type === "figure") checkFigure(attrs ?? {}, path);
  if (TABLE_NODES.includes(type)) checkTableAttrs(type, attrs ?? {}, path);
  if (type === "embed") checkEmbedAttrs(attrs ?? {}, path);
  if (type === "gallery" || type === "galleryImage") checkGalleryAttrs(type, attrs ?? {}, path);
  if (type === "video") checkVideoAttrs(attrs ?? {}, path);
  if (type === "orderedList" && attrs?.start !== undefined && !Number.isInteger(attrs.start)) {
    throw new BodyError("List start must be a whole number", path);
  }
}

/**
 * A suggestion mark on `node`: a short id, and for a modification what it
 * changed, each old value as valid as the current one would have to be
 * (rejecting the suggestion puts it back).
 */
export function checkSuggestionMark(kind: string, attrs: unknown, node: { type: string; attrs?: Record<string, unknown> }, path: string) {
  const schema = bodySchema();
  const a = (attrs ?? {}) as Record<string, unknown>;
  if (!isPlainObject(attrs) || !isSuggestionId(a.id)) {
    throw new BodyError(`A suggestion needs an id of at most ${SUGGESTION_ID_MAX_CHARS} characters`, path);
  }
  if (kind !== "modification") return checkAttrs(attrs, ["id"], path);
  for (const key of Object.keys(a)) {
    if (!["id", "type", "attrName", "previousValue", "newValue"].includes(key)) throw new BodyError(`Unknown attribute "${key}"`, path);
  }
  const values = [a.previousValue ?? null, a.newValue ?? null];
  if (a.type === "attr") {
    if (typeof a.attrName !== "string" || !Object.hasOwn(schema.nodes[node.type].spec.attrs ?? {}, a.attrName)) {
      throw new BodyError("A suggested change names an attribute the element does not have", path);
    }
    for (const value of values) checkNodeAttrs(node.type, { ...node.attrs, [a.attrName]: value }, path);
  } else if (a.type === "nodeType") {
    if (!values.every((v) => typeof v === "string" && Object.hasOwn(schema.nodes, v) && v !== "text" && v !== "doc")) {
      throw new BodyError("A suggested change names an unknown element type", path);
    }
  } else if (a.type === "mark") {
    for (const value of values) {
      if (value === null) continue;
      if (!isPlainObject(value) || typeof value.type !== "string" || !Object.hasOwn(schema.marks, value.type) || isSuggestionMarkName(value.type)) {
        throw new BodyError("A suggested change names unknown formatting", path);
      }
      checkAttrs(value.attrs, Object.keys(schema.marks[value.type].spec.attrs ?? {}), path);
      if (value.type === "link") checkLinkAttrs((value.attrs ?? {}) as Record<string, unknown>, path);
    }
  } else {
    throw new BodyError("Unknown kind of suggested change", path);
  }
  if (a.type !== "attr" && a.attrName != null) throw new BodyError("Only an attribute change names an attribute", path);
}

export function checkAttrs(attrs: unknown, allowed: string[], path: string) {
  if (attrs === undefined || attrs === null) return;
  if (!isPlainObject(attrs)) throw new BodyError("Attributes must be an object", path);
  for (const [key, value] of Object.entries(attrs)) {
    if (!allowed.includes(key)) throw new BodyError(`Unknown attribute "${key}"`, path);
    if (value !== null && !["string", "number", "boolean"].includes(typeof value)) {
      throw new BodyError(`Attribute "${key}" must be a plain value`, path);
    }
    if (typeof value === "string" && value.length > BODY_LIMITS.maxAttrChars) {
      throw new BodyError(`Attribute "${key}" is too long`, path);
    }
  }
}

export function checkLinkAttrs(attrs: Record<string, unknown>, path: string) {
  if (typeof attrs.href !== "string" || !isAllowedLink(attrs.href)) {
    throw new BodyError(`Links must start with ${LINK_SCHEMES.join(":, ")}: (got "${String(attrs.href)}")`, path);
  }
  if (attrs.target != null && attrs.target !== "_blank") throw new BodyError("Link target must be _blank", path);
  if (attrs.class != null) throw new BodyError("Links cannot carry a class", path);
}

const BLOCKS = new Set(["paragraph", "heading", "blockquote", "listItem", "figure", "horizontalRule"]);

function collectText(node: JsonNode, out: string[]): void {
  if (node.type === "text") {
    out[out.length - 1] += node.text ?? "";
    return;
  }
  if (node.type === "hardBreak") {
    out[out.length - 1] += "\n";
    return;
  }
  if (node.type === "table") {
    out.push(...tableLines(node), "");
    return;
  }
  if (node.type === "gallery") {
    out.push(...galleryText(node), "");
    return;
  }
  if (node.type === "embed" || node.type === "video") {
    out.push(node.type === "embed" ? embedText(node) : videoText(node), "");
    return;
  }
  if (BLOCKS.has(node.type)) out.push("");
  if (node.type === "figure") {
    out[out.length - 1] = [node.attrs?.caption, node.attrs?.credit].filter(Boolean).join(" ");
  }
  for (const child of node.content ?? []) collectText(child, out);
}

export function bodyToText(doc: JsonNode): string {
  const out = [""];
  collectText(doc, out);
  return out
    .map((s) => s.trim())
    .filter(Boolean)
    .join("\n\n");
}

export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
}

/**
 * The single entry point for storing a body: validates, then derives HTML
 * and text (without open suggestions). Accepts a JSON string or an already
 * parsed value.
 */
export function prepareBody(input: unknown, media: MediaVariants = new Map()): PreparedBody {
  let value = input;
  if (typeof input === "string") {
    if (input.length > BODY_LIMITS.maxJsonChars) throw new BodyError("The body is too large", "");
    try {
      value = JSON.parse(input);
    } catch {
      throw new BodyError("The body is not valid JSON", "");
    }
  }
  // Every text and attribute in NFC (lib/text/nfc.ts) before the checks and
  // everything derived: stored JSON, HTML, text and so the search index.
  const doc = validateBody(nfcJson(value));
  const json = JSON.stringify(doc);
  if (json.length > BODY_LIMITS.maxJsonChars) throw new BodyError("The body is too large", "");
  // Readers get the text as it stands: open suggestions are left out.
  const reader = withoutSuggestions(doc);
  const text = bodyToText(reader);
  return { json, html: renderBodyHtml(reader, media), text, words: countWords(text) };
}
