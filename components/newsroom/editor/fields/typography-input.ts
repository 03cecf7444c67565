"use client";
// What the title and lead add to a shared text's field (use-shared-text.ts):
// - typographic quotes and dashes as a character is typed (typography.ts,
//   the newsroom's smartTypography setting); Backspace right after one takes
//   it back, as in the body;
// - for a one-line field (the title), line breaks pasted or dropped in
//   become spaces.
// Only single typed characters are looked at: pasted text, text filled in by
// the browser and what an input method composes are left as they are.
import { useCallback, useRef, type ChangeEvent, type FocusEvent, type KeyboardEvent } from "react";
import type { SharedTextBinding } from "@/components/newsroom/editor/collab/use-shared-text";
import { applyTypography } from "@/components/newsroom/editor/typography";

type Field = HTMLInputElement | HTMLTextAreaElement;

type Options = { smartTypography: boolean; singleLine?: boolean };

/** The text before a replacement and after it, to take it back. */
type Replacement = { literal: string; literalCaret: number; value: string; caret: number };

function setText(field: Field, value: string, caret: number) {
  field.value = value;
  field.setSelectionRange(caret, caret);
}

export function useTypographyInput(binding: SharedTextBinding, { smartTypography, singleLine = false }: Options) {
  const { onChange: write } = binding.inputProps;
  const last = useRef<Replacement | null>(null);

  const onChange = useCallback(
    (e: ChangeEvent<Field>) => {
      const field = e.currentTarget;
      const input = e.nativeEvent as InputEvent;
      last.current = null;
      if (input.isComposing) return write(e);
      if (singleLine && /[\r\n]/.test(field.value)) {
        const caret = field.selectionEnd ?? field.value.length;
        const flat = (text: string) => text.replace(/\s*[\r\n]+\s*/g, " ");
        setText(field, flat(field.value), flat(field.value.slice(0, caret)).length);
      }
      const caret = field.selectionEnd;
      if (smartTypography && input.inputType === "insertText" && input.data?.length === 1 && caret !== null && field.selectionStart === caret) {
        const head = applyTypography(field.value.slice(0, caret));
        if (head !== null) {
          const replaced = { literal: field.value, literalCaret: caret, value: head + field.value.slice(caret), caret: head.length };
          setText(field, replaced.value, replaced.caret);
          last.current = replaced;
        }
      }
      write(e);
    },
    [write, singleLine, smartTypography],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent<Field>) => {
      const field = e.currentTarget;
      const replaced = last.current;
      if (e.key !== "Backspace" || !replaced || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      last.current = null;
      if (field.value !== replaced.value || field.selectionStart !== replaced.caret || field.selectionEnd !== replaced.caret) return;
      e.preventDefault();
      setText(field, replaced.literal, replaced.literalCaret);
      // The shared text's handler reads only the field (its value and caret).
      write({ currentTarget: field } as ChangeEvent<Field>);
    },
    [write],
  );

  const onBlur = useCallback((_e: FocusEvent<Field>) => {
    last.current = null;
  }, []);

  return { ...binding.inputProps, onChange, onKeyDown, onBlur };
}
