// The newsroom's tone-mark style (lib/vietnamese/tone-style.ts decides each
// word) applied to the article being edited: the body in one editor
// transaction (one undo step), the headline, lead and SEO texts in one
// change of the shared document. Only the letters that move their mark are
// replaced, so a co-editor typing in the same paragraph or field keeps what
// they type. Also the count the offer shows, over the same texts.
import type { Editor } from "@tiptap/core";
import * as Y from "yjs";
import { FIELDS_MAP } from "@/lib/collab/layout";
import { convertToneStyle, countOtherStyle, type ToneStyle } from "@/lib/vietnamese/tone-style";
import { applyPieces, differingRuns, textPieces } from "@/components/newsroom/editor/copy-desk/text-pieces";

/** The fields whose words the offer counts and converts, besides the body. */
export const TONE_FIELDS = ["title", "lead", "seoTitle", "seoDescription"] as const;

/** Marks the conversion's change of the shared fields. */
export const TONE_ORIGIN = Symbol("tone-style");

function fieldTexts(doc: Y.Doc | null): Y.Text[] {
  if (!doc) return [];
  const map = doc.getMap<unknown>(FIELDS_MAP);
  return TONE_FIELDS.map((key) => map.get(key)).filter((v): v is Y.Text => v instanceof Y.Text);
}

/** How many words of the body and the fields are written the other way. */
export function countToConvert(editor: Editor | null, doc: Y.Doc | null, style: ToneStyle): number {
  // Blocks apart, so the last word of one paragraph and the first of the next stay two.
  const body = editor && !editor.isDestroyed ? countOtherStyle(editor.state.doc.textBetween(0, editor.state.doc.content.size, "\n", " "), style) : 0;
  return body + fieldTexts(doc).reduce((sum, text) => sum + countOtherStyle(text.toString(), style), 0);
}

/** Converts the body (one transaction) and the fields (one shared change); how many words changed. */
export function convertArticleTone(editor: Editor | null, doc: Y.Doc | null, style: ToneStyle): number {
  let changed = 0;
  if (editor && !editor.isDestroyed && editor.isEditable) {
    const pieces = textPieces(editor.state.doc, (text) => {
      const converted = convertToneStyle(text, style);
      changed += converted.changed;
      return converted.text;
    });
    if (pieces.length) {
      const tr = editor.state.tr;
      applyPieces(tr, pieces);
      editor.view.dispatch(tr);
    }
  }
  const texts = fieldTexts(doc);
  if (doc && texts.length) {
    doc.transact(() => {
      for (const text of texts) {
        const before = text.toString();
        const converted = convertToneStyle(before, style);
        if (!converted.changed) continue;
        changed += converted.changed;
        // From the end: earlier indexes stay right.
        for (const run of differingRuns(before, converted.text).reverse()) {
          if (run.remove) text.delete(run.index, run.remove);
          if (run.insert) text.insert(run.index, run.insert);
        }
      }
    }, TONE_ORIGIN);
  }
  return changed;
}
