// The article as typed, the way the publish checks see it (PublishContent,
// lib/articles/publish-checks.ts): the body from the Tiptap editor, the
// headline, lead and SEO texts from the shared document's fields, read at the
// moment of asking. The one builder: the workflow's "Publish" question and
// the counts & checks panel both call it (through article-editor.tsx), so
// what the panel shows is what the question asks about.
import type { Editor } from "@tiptap/react";
import * as Y from "yjs";
import type { PublishContent } from "@/lib/articles/publish-checks";
import type { JsonNode } from "@/lib/content/json-node";
import { FIELDS_MAP, type TextField } from "@/lib/collab/layout";

type Texts = Pick<PublishContent, "title" | "lead" | "seoTitle" | "seoDescription">;

/** A text field's current value in the shared document; the page's while the document lacks it. */
function sharedText(doc: Y.Doc, key: TextField, fallback: string): string {
  const value = doc.getMap<unknown>(FIELDS_MAP).get(key);
  return value instanceof Y.Text ? value.toString() : fallback;
}

/**
 * What would go live, or null while the body editor is not there yet.
 * `initial`: the page's texts; `language`: the article's (or the site's);
 * `cover`: as PublishContent has it (undefined when not known here).
 */
export function readPublishContent(
  editor: Editor | null,
  doc: Y.Doc,
  initial: Texts,
  extra: { language: string; cover: PublishContent["cover"] },
): PublishContent | null {
  if (!editor || editor.isDestroyed) return null;
  return {
    body: editor.getJSON() as JsonNode,
    title: sharedText(doc, "title", initial.title),
    lead: sharedText(doc, "lead", initial.lead),
    seoTitle: sharedText(doc, "seoTitle", initial.seoTitle),
    seoDescription: sharedText(doc, "seoDescription", initial.seoDescription),
    language: extra.language,
    cover: extra.cover,
  };
}
