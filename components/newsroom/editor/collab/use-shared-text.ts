"use client";
// Binds one Y.Text of the "fields" map (title, lead, slug, SEO texts) to a
// controlled <input> or <textarea>:
// - a local edit goes into the shared text as one splice (text-diff.ts), so
//   two people typing in the same field both keep their words;
// - a remote edit updates the field and keeps the writer's caret and
//   selection where they were in the text (mapIndex over the Yjs delta);
// - while an input method composes (Vietnamese Telex on macOS, Chinese...),
//   nothing is written into the field under it: remote edits wait and the
//   composed text goes in at compositionend, mapped past them.
// The server seeds every text field (lib/collab/layout.ts). If one is still
// missing once the server has synced (an older document), this client creates
// it with the page's value. Two clients doing so at once would make rival
// Y.Text objects for one key, of which Yjs keeps one: the losing client then
// re-applies its own edits to the winner (see keepLostEdits), so nothing
// typed disappears.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type ChangeEvent, type CompositionEvent } from "react";
import * as Y from "yjs";
import { FIELDS_MAP, type TextField } from "@/lib/collab/layout";
import { mapIndex, mapIndexThrough, textDiff, type DeltaOp } from "@/components/newsroom/editor/collab/text-diff";
import { useMapEntry } from "@/components/newsroom/editor/collab/use-shared-value";

type Field = HTMLInputElement | HTMLTextAreaElement;

export type SharedTextSource = { doc: Y.Doc; readOnly: boolean; serverSynced: boolean };

export type SharedTextBinding = {
  /** The field's text (the page's value until the shared text exists). */
  value: string;
  /** Spread onto the <input> or <textarea>. */
  inputProps: {
    value: string;
    disabled: boolean;
    ref: (el: Field | null) => void;
    onChange: (e: ChangeEvent<Field>) => void;
    onCompositionStart: (e: CompositionEvent<Field>) => void;
    onCompositionEnd: (e: CompositionEvent<Field>) => void;
  };
};

/** Marks this hook's own transactions, so its observer skips them. */
const LOCAL = Symbol("shared-text");

/** Texts this browser created, with the text they were created with. */
const createdHere = new WeakMap<Y.Text, string>();

function splice(text: Y.Text, index: number, remove: number, insert: string) {
  if (remove > 0) text.delete(index, remove);
  if (insert) text.insert(index, insert);
}

/**
 * `lost` (a Y.Text this browser created) was replaced in the map by
 * `winner`. If the winner was set without knowing of it (a rival created at
 * the same time, not a deliberate replacement such as a restore), the edits
 * made in the lost text are applied to the winner: exactly when the winner
 * still holds the common starting text, else appended.
 */
function keepLostEdits(winner: Y.Text, lost: Y.Text, lostText: string) {
  const start = createdHere.get(lost);
  const origin = winner._item?.origin;
  if (start === undefined || !lost._item || (origin && Y.compareIDs(origin, lost._item.id))) return;
  const edit = textDiff(start, lostText);
  if (!edit) return;
  winner.doc?.transact(() => {
    if (winner.toString() === start) splice(winner, edit.index, edit.remove, edit.insert);
    else if (edit.insert) winner.insert(winner.length, edit.insert);
  }, LOCAL);
}

export function useSharedText(source: SharedTextSource, key: TextField, fallback: string): SharedTextBinding {
  const { doc, readOnly, serverSynced } = source;
  const map = doc.getMap<unknown>(FIELDS_MAP);

  // Which Y.Text the key holds now (null: none yet).
  const entry = useMapEntry(map, key);
  const text = entry instanceof Y.Text ? entry : null;

  const subscribeText = useCallback(
    (onChange: () => void) => {
      text?.observe(onChange);
      return () => text?.unobserve(onChange);
    },
    [text],
  );
  const shared = useSyncExternalStore(
    subscribeText,
    () => (text ? text.toString() : fallback),
    () => fallback,
  );

  const el = useRef<Field | null>(null);
  const composing = useRef<{ base: string; queued: DeltaOp[][] } | null>(null);
  const [composed, setComposed] = useState<string | null>(null);
  const restore = useRef<{ start: number; end: number } | null>(null);
  // The value a composition ended with: some browsers (Safari) send one more
  // input event with it after compositionend, which must not count as an edit.
  const composedEnd = useRef<string | null>(null);
  const lastText = useRef<{ text: Y.Text; value: string } | null>(null);

  // Remote edits: keep the caret where it was in the text, or queue the
  // change while an input method is composing.
  useEffect(() => {
    if (!text) return;
    const observer = (event: Y.YTextEvent, tr: Y.Transaction) => {
      lastText.current = { text, value: text.toString() };
      if (tr.origin === LOCAL) return;
      const delta = event.delta as DeltaOp[];
      if (composing.current) {
        composing.current.queued.push(delta);
        return;
      }
      const field = el.current;
      if (!field || document.activeElement !== field || field.selectionStart === null || field.selectionEnd === null) return;
      const { selectionStart: start, selectionEnd: end } = field;
      restore.current = start === end ? { start: mapIndex(start, delta), end: mapIndex(start, delta) } : { start: mapIndex(start, delta, "after"), end: mapIndex(end, delta) };
    };
    // A text this browser created may lose to a rival: then its edits move over.
    const previous = lastText.current;
    if (previous && previous.text !== text) keepLostEdits(text, previous.text, previous.value);
    lastText.current = { text, value: text.toString() };
    text.observe(observer);
    return () => text.unobserve(observer);
  }, [text]);

  // Create the text if the server's document lacks it (see the header).
  useEffect(() => {
    if (text || readOnly || !serverSynced || map.has(key)) return;
    doc.transact(() => {
      if (map.has(key)) return;
      const created = new Y.Text(fallback);
      createdHere.set(created, fallback);
      map.set(key, created);
    }, LOCAL);
  }, [doc, map, key, text, readOnly, serverSynced, fallback]);

  // After a remote edit re-rendered the field, put the caret back.
  useLayoutEffect(() => {
    const field = el.current;
    const at = restore.current;
    if (!field || !at) return;
    restore.current = null;
    const length = field.value.length;
    field.setSelectionRange(Math.min(at.start, length), Math.min(at.end, length));
  });

  const editable = !!text && !readOnly;

  const onChange = (e: ChangeEvent<Field>) => {
    const next = e.currentTarget.value;
    if (composing.current) return setComposed(next);
    const afterComposition = composedEnd.current;
    composedEnd.current = null;
    if (next === afterComposition || !text || !editable) return;
    const edit = textDiff(text.toString(), next, e.currentTarget.selectionEnd);
    if (edit) doc.transact(() => splice(text, edit.index, edit.remove, edit.insert), LOCAL);
  };

  const onCompositionStart = (e: CompositionEvent<Field>) => {
    if (!text) return;
    composing.current = { base: text.toString(), queued: [] };
    setComposed(e.currentTarget.value);
  };

  const onCompositionEnd = (e: CompositionEvent<Field>) => {
    const pending = composing.current;
    composing.current = null;
    composedEnd.current = e.currentTarget.value;
    setComposed(null);
    if (!pending || !text || !editable) return;
    const edit = textDiff(pending.base, e.currentTarget.value, e.currentTarget.selectionEnd);
    if (!edit) return;
    // The composed text was typed against `base`; remote edits came since.
    const from = mapIndexThrough(edit.index, pending.queued);
    const to = Math.max(from, mapIndexThrough(edit.index + edit.remove, pending.queued));
    doc.transact(() => splice(text, from, to - from, edit.insert), LOCAL);
    restore.current = { start: from + edit.insert.length, end: from + edit.insert.length };
  };

  const ref = useCallback((node: Field | null) => {
    el.current = node;
  }, []);

  const value = composed ?? shared;
  return { value, inputProps: { value, disabled: !editable, ref, onChange, onCompositionStart, onCompositionEnd } };
}

/** Only reads a shared text (e.g. the title for the slug's placeholder). */
export function useSharedTextValue(source: Pick<SharedTextSource, "doc">, key: TextField, fallback: string): string {
  const map = source.doc.getMap<unknown>(FIELDS_MAP);
  const subscribe = useCallback(
    (onChange: () => void) => {
      // observeDeep: the key's text changing, or the key getting another text.
      const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
        if (events.some((e) => (e.target === map ? (e as Y.YMapEvent<unknown>).keysChanged.has(key) : e.target === map.get(key)))) onChange();
      };
      map.observeDeep(observer);
      return () => map.unobserveDeep(observer);
    },
    [map, key],
  );
  const read = () => {
    const value = map.get(key);
    return value instanceof Y.Text ? value.toString() : fallback;
  };
  return useSyncExternalStore(subscribe, read, () => fallback);
}
