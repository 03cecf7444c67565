"use client";
// How a figure looks inside the editor: the image with its caption, credit
// and alt text as fields the journalist edits in place. The fields grow to
// show their whole text (a long caption is read whole before it is printed);
// each is one paragraph, so Enter adds no line break (the reader page would
// not show one). A figure selected by Backspace or Delete (figure-keys.ts)
// is outlined: the next press deletes it.
import { NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { useId, type ChangeEvent, type KeyboardEvent } from "react";
import { useTranslations } from "use-intl";
import { useAutoGrow } from "@/components/newsroom/editor/auto-grow";
import styles from "@/components/newsroom/editor/writing.module.css";

type TextAttr = "caption" | "credit" | "alt";

type FieldProps = { label: string; value: string; disabled: boolean; placeholder?: string; wide: boolean; onText: (text: string) => void };

/** Line breaks (pasted ones too) become spaces. */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, " ");

function GrowingField({ label, value, disabled, placeholder, wide, onText }: FieldProps) {
  const id = useId();
  const grow = useAutoGrow(value);
  return (
    <div className={`${styles.figureField}${wide ? ` ${styles.wide}` : ""}`}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        ref={grow}
        className={styles.grow}
        rows={1}
        value={value}
        disabled={disabled}
        placeholder={placeholder}
        onKeyDown={(e: KeyboardEvent<HTMLTextAreaElement>) => {
          if (e.key === "Enter" && !e.nativeEvent.isComposing) e.preventDefault();
        }}
        onChange={(e: ChangeEvent<HTMLTextAreaElement>) => onText(oneLine(e.target.value))}
      />
    </div>
  );
}

export function FigureView({ node, updateAttributes, selected, editor }: ReactNodeViewProps) {
  const attrs = node.attrs as { src: string; alt: string; caption: string; credit: string; width: number | null; height: number | null };
  const editable = editor.isEditable;
  const t = useTranslations("editor");
  const field = (name: TextAttr, label: string, placeholder?: string) => (
    <GrowingField label={label} value={attrs[name]} disabled={!editable} placeholder={placeholder} wide={name === "caption"} onText={(text) => updateAttributes({ [name]: text })} />
  );
  return (
    <NodeViewWrapper as="figure" className={`editor-figure${selected ? ` is-selected ${styles.figureSelected}` : ""}`} data-drag-handle="">
      {/* eslint-disable-next-line @next/next/no-img-element -- inside Tiptap's node view, a variant made at upload */}
      <img src={attrs.src} alt={attrs.alt} width={attrs.width ?? undefined} height={attrs.height ?? undefined} />
      <div className="editor-figure-fields" contentEditable={false}>
        {field("caption", t("figure.caption"))}
        {field("credit", t("figure.credit"), t("figure.creditPlaceholder"))}
        {field("alt", t("figure.alt"))}
      </div>
    </NodeViewWrapper>
  );
}
