// Unicode normalisation on save: every text the newsroom stores is NFC, the
// composed form. Vietnamese typed with some keyboards (macOS, old Unikey
// settings) or pasted from PDFs arrives decomposed — "ệ" as e + ̂ + ̣ — and
// would then look the same but compare, search and spellcheck differently.
import { z } from "zod";
import type { JsonNode } from "@/lib/content/json-node";

/** `text` in NFC. */
export function nfc(text: string): string {
  return text.normalize("NFC");
}

/**
 * A text input as every schema that stores one takes it: NFC first, then
 * trimmed, so length limits count composed letters.
 */
export const nfcText = () => z.string().overwrite(nfc).trim();

// Deeper than any body the schema accepts (lib/content/body.ts allows 24
// levels): past this, values are left for validation to refuse, and a hostile
// document cannot exhaust the stack here first.
const MAX_DEPTH = 64;

/** Any JSON value with every string in it (texts, attribute values) in NFC; keys are left alone. */
export function nfcJson(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return nfc(value);
  if (depth > MAX_DEPTH || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => nfcJson(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = nfcJson(v, depth + 1);
  return out;
}

/** A ProseMirror node with every text and string attribute (of nodes and marks) in NFC. */
export function nfcNode(node: JsonNode): JsonNode {
  return nfcJson(node) as JsonNode;
}
