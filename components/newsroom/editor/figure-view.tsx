"use client";
// How a figure looks inside the editor: the image with its caption, credit
// and alt text as fields the journalist edits in place.
import { NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { useTranslations } from "use-intl";

export function FigureView({ node, updateAttributes, selected, editor }: ReactNodeViewProps) {
  const attrs = node.attrs as { src: string; alt: string; caption: string; credit: string; width: number | null; height: number | null };
  const editable = editor.isEditable;
  const t = useTranslations("editor");
  return (
    <NodeViewWrapper as="figure" className={`editor-figure${selected ? " is-selected" : ""}`} data-drag-handle="">
      {/* eslint-disable-next-line @next/next/no-img-element -- inside Tiptap's node view, a variant made at upload */}
      <img src={attrs.src} alt={attrs.alt} width={attrs.width ?? undefined} height={attrs.height ?? undefined} />
      <div className="editor-figure-fields" contentEditable={false}>
        <label>
          {t("figure.caption")}
          <input value={attrs.caption} disabled={!editable} onChange={(e) => updateAttributes({ caption: e.target.value })} />
        </label>
        <label>
          {t("figure.credit")}
          <input value={attrs.credit} disabled={!editable} placeholder={t("figure.creditPlaceholder")} onChange={(e) => updateAttributes({ credit: e.target.value })} />
        </label>
        <label>
          {t("figure.alt")}
          <input value={attrs.alt} disabled={!editable} onChange={(e) => updateAttributes({ alt: e.target.value })} />
        </label>
      </div>
    </NodeViewWrapper>
  );
}
