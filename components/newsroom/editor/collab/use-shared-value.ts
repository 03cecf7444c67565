"use client";
// One plain value of the "fields" map (section, language, cover, tags,
// bylines): the last one set wins, as with a choice in a form. Values come
// from other browsers too, so each is checked for its shape; a malformed one
// reads as the page's value (the server validates what it stores anyway).
import { useCallback, useSyncExternalStore } from "react";
import type * as Y from "yjs";
import type { EditorAuthor, EditorFields } from "@/lib/articles/editor-state";
import { FIELDS_MAP, type ValueField } from "@/lib/collab/layout";

export type SharedValueSource = { doc: Y.Doc; readOnly: boolean; loaded: boolean };

const isString = (v: unknown): v is string => typeof v === "string";
const isAuthor = (v: unknown): v is EditorAuthor =>
  typeof v === "object" && v !== null && isString((v as EditorAuthor).byline) && ((v as EditorAuthor).userId === null || isString((v as EditorAuthor).userId));

const SHAPES: { [K in ValueField]: (v: unknown) => v is EditorFields[K] } = {
  sectionId: isString,
  language: (v): v is string | null => v === null || isString(v),
  coverMediaId: (v): v is string | null => v === null || isString(v),
  tags: (v): v is string[] => Array.isArray(v) && v.every(isString),
  authors: (v): v is EditorAuthor[] => Array.isArray(v) && v.every(isAuthor),
};

/**
 * What `map` holds under `key`, re-rendering when that key changes (and only
 * then). Y.Map hands back the same object for an unchanged value: a stable
 * snapshot. Used for the fields' plain values and for which Y.Text a text
 * field holds (use-shared-text.ts).
 */
export function useMapEntry(map: Y.Map<unknown>, key: string): unknown {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const observer = (e: Y.YMapEvent<unknown>) => {
        if (e.keysChanged.has(key)) onChange();
      };
      map.observe(observer);
      return () => map.unobserve(observer);
    },
    [map, key],
  );
  return useSyncExternalStore(
    subscribe,
    () => map.get(key),
    () => undefined,
  );
}

/** Marks this hook's writes (for observers that want to tell them apart). */
export const SHARED_VALUE_ORIGIN = Symbol("shared-value");

/**
 * [value, set, editable]. Setting does nothing until the document is loaded
 * (a value set before would race the server's) or when read-only.
 */
export function useSharedValue<K extends ValueField>(source: SharedValueSource, key: K, fallback: EditorFields[K]): [EditorFields[K], (value: EditorFields[K]) => void, boolean] {
  const { doc, readOnly, loaded } = source;
  const map = doc.getMap<unknown>(FIELDS_MAP);
  const raw = useMapEntry(map, key);
  const value = SHAPES[key](raw) ? raw : fallback;
  const editable = loaded && !readOnly;
  const set = useCallback(
    (next: EditorFields[K]) => {
      if (!editable) return;
      doc.transact(() => map.set(key, next), SHARED_VALUE_ORIGIN);
    },
    [doc, map, key, editable],
  );
  return [value, set, editable];
}
