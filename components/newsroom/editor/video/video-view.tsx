"use client";
// How a video looks inside the editor: a small player (nothing loads until
// it is played) with its poster, and the title, caption and credit as fields
// edited in place; the poster can be changed from the library. Every change
// goes through updateAttributes, a ProseMirror transaction, so co-editors see
// it (the node's attributes are the only state).
import { NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { useTranslations } from "use-intl";
import { PosterField } from "@/components/newsroom/editor/video/poster-field";
import styles from "@/components/newsroom/editor/video/video.module.css";

type Attrs = {
  src: string;
  posterSrc: string;
  captionsId: string | null;
  width: number | null;
  height: number | null;
  title: string;
  caption: string;
  credit: string;
};

export function VideoView({ node, updateAttributes, selected, editor }: ReactNodeViewProps) {
  const attrs = node.attrs as Attrs;
  const editable = editor.isEditable;
  const t = useTranslations("media.video");
  const field = (name: "title" | "caption" | "credit", max: number) => (
    <label>
      {t(name)}
      <input
        value={attrs[name] ?? ""}
        maxLength={max}
        disabled={!editable}
        onKeyDown={(e) => {
          if (e.key === "Enter") e.preventDefault();
        }}
        onChange={(e) => updateAttributes({ [name]: e.target.value.replace(/[\r\n]+/g, " ") })}
      />
    </label>
  );
  return (
    <NodeViewWrapper as="figure" className={`editor-figure ${styles.view}${selected ? " is-selected" : ""}`} data-drag-handle="" data-testid="editor-video">
      {attrs.src ? (
        <video
          className={styles.player}
          src={attrs.src}
          poster={attrs.posterSrc || undefined}
          width={attrs.width ?? undefined}
          height={attrs.height ?? undefined}
          controls
          preload="none"
          playsInline
          aria-label={attrs.title || t("editTitle")}
        />
      ) : (
        <p>{t("missing")}</p>
      )}
      <div contentEditable={false} className={styles.viewFields}>
        {attrs.captionsId ? <p className="hint">{t("hasCaptions")}</p> : null}
        <div className={styles.fields}>
          {field("title", 300)}
          {field("caption", 1000)}
          {field("credit", 1000)}
        </div>
        {editable ? (
          <PosterField
            poster={attrs.posterSrc ? { src: attrs.posterSrc, alt: "" } : null}
            onPoster={(item) => updateAttributes({ posterId: item?.id ?? null, posterSrc: item?.src ?? "" })}
          />
        ) : null}
      </div>
    </NodeViewWrapper>
  );
}
