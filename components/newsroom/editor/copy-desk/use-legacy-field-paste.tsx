"use client";
// A paste in an old Vietnamese encoding into the headline or the lead (plain
// text fields bound to the shared document, use-shared-text.ts): told and
// converted as in the body (legacy-paste.ts), with the same notice. Both
// steps go through the browser's own editing (execCommand "insertText"):
// first the text as pasted, then its conversion. So the field's input events
// carry each into the shared text as typing does, and the browser's undo
// (Ctrl+Z) takes back the conversion alone. Where a browser refuses that
// command, the text is set directly and written through the binding.
import { useState, type ChangeEvent, type ClipboardEvent, type ReactNode } from "react";
import { detectLegacyEncoding, fromLegacy, type LegacyEncoding } from "@/lib/vietnamese/legacy-encodings";
import { LegacyNoticeView } from "@/components/newsroom/editor/copy-desk/legacy-notice";

type Field = HTMLInputElement | HTMLTextAreaElement;

type Binding = { value: string; inputProps: { onChange: (e: ChangeEvent<Field>) => void } };

type Paste = { encoding: LegacyEncoding; pasted: string; converted: string; start: number; field: Field };

/** Puts `text` in place of `from`–`to` of the field, as typing would. */
function replaceIn(field: Field, from: number, to: number, text: string, write: Binding["inputProps"]["onChange"]) {
  field.focus();
  field.setSelectionRange(from, to);
  if (document.execCommand("insertText", false, text)) return;
  field.setRangeText(text, from, to, "end");
  // The shared text's handler reads only the field (its value and caret).
  write({ currentTarget: field } as ChangeEvent<Field>);
}

/** Where the converted text of `paste` is in `value` now (-1: gone). */
function placeOf(paste: Paste, value: string): number {
  if (value.slice(paste.start, paste.start + paste.converted.length) === paste.converted) return paste.start;
  return value.indexOf(paste.converted);
}

/**
 * `onPaste` for the field and the notice to show under it. `name` names the
 * notice (data-testid="legacy-notice-<name>"); a one-line field gets line
 * breaks as spaces, as its own paste handling does.
 */
export function useLegacyFieldPaste(name: string, binding: Binding, { singleLine = false } = {}): { onPaste: (e: ClipboardEvent<Field>) => void; notice: ReactNode } {
  const write = binding.inputProps.onChange;
  const [paste, setPaste] = useState<Paste | null>(null);

  const onPaste = (e: ClipboardEvent<Field>) => {
    const field = e.currentTarget;
    if (field.disabled || field.readOnly) return;
    const plain = e.clipboardData.getData("text/plain");
    const encoding = plain ? detectLegacyEncoding(plain) : null;
    if (!encoding) return;
    e.preventDefault();
    const pasted = singleLine ? plain.replace(/\s*[\r\n]+\s*/g, " ") : plain;
    const start = field.selectionStart ?? field.value.length;
    replaceIn(field, start, field.selectionEnd ?? start, pasted, write);
    // A field's length limit may have cut the paste: then it stays as it is.
    if (field.value.slice(start, start + pasted.length) !== pasted) return;
    const converted = fromLegacy(pasted, encoding);
    replaceIn(field, start, start + pasted.length, converted, write);
    setPaste({ encoding, pasted, converted, start, field });
  };

  const undoable = !!paste && paste.converted !== paste.pasted && placeOf(paste, binding.value) >= 0;
  const restored = !!paste && !undoable && binding.value.includes(paste.pasted);

  const onUndo = () => {
    if (!paste) return;
    const at = placeOf(paste, paste.field.value);
    if (at >= 0) replaceIn(paste.field, at, at + paste.converted.length, paste.pasted, write);
  };

  const notice = <LegacyNoticeView field={name} notice={paste ? { encoding: paste.encoding, undoable, restored } : null} onUndo={onUndo} onDismiss={() => {
        paste?.field.focus();
        setPaste(null);
      }}
    />;
  return { onPaste, notice };
}
