// The fields being edited. The title, lead and other "meta" fields are state
// (the form shows them); the body lives in Tiptap and is mirrored in a ref.
// Both are also kept in refs, the source of truth for saves, so the save
// machinery reads the newest text without re-rendering or re-creating itself.
import { useCallback, useRef, useState } from "react";
import type { EditorArticle, EditorFields } from "@/lib/articles/editor-state";
import type { JsonNode } from "@/lib/content/body";

export type Meta = Omit<EditorFields, "body">;

export function metaOf(fields: EditorFields): Meta {
  const { body: _body, ...meta } = fields;
  return meta;
}

export function useArticleFields(initial: EditorArticle, slugIsAuto: boolean) {
  // The fields as opened (an automatic slug shows as empty: it follows the title).
  const [opened] = useState<EditorFields>(() => ({ ...metaOf(initial), slug: slugIsAuto ? "" : initial.slug, body: initial.body }));
  const [meta, setMeta] = useState<Meta>(() => metaOf(opened));
  const metaRef = useRef(meta);
  const bodyRef = useRef<JsonNode>(opened.body);

  /** The fields now; for handlers and timers, not for rendering. */
  const current = useCallback((): EditorFields => ({ ...metaRef.current, body: bodyRef.current }), []);

  const setField = useCallback(<K extends keyof Meta>(key: K, value: Meta[K]) => {
    metaRef.current = { ...metaRef.current, [key]: value };
    setMeta(metaRef.current);
  }, []);

  const setBody = useCallback((body: JsonNode) => {
    bodyRef.current = body;
  }, []);

  /** Replaces every field (a restored copy, or the other person's version). */
  const load = useCallback((fields: EditorFields) => {
    metaRef.current = { ...metaOf(fields) };
    setMeta(metaRef.current);
    bodyRef.current = fields.body;
  }, []);

  return { opened, meta, current, setField, setBody, load };
}
