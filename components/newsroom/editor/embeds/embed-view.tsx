"use client";
// How an embed looks inside the editor: the library's copy of the
// thumbnail, the provider, title and author, and the link. While this
// browser resolves it: "Loading…". When resolution failed it keeps the link,
// says so plainly (why, when this browser asked) and offers "Try again".
// Readers never see this: they get lib/content/embeds.ts's facade.
import { NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { useSyncExternalStore } from "react";
import { useTranslations } from "use-intl";
import { isEmbedProvider, providerName } from "@/lib/embeds/providers";
import { failureOf, isResolving, onResolutionChange, retryEmbed } from "@/components/newsroom/editor/embeds/embed-resolution";
import styles from "@/components/newsroom/editor/embeds/embeds.module.css";

type Attrs = { url: string; provider: string | null; status: string; title: string; author: string; thumbnailSrc: string };

export function EmbedView({ node, selected, editor }: ReactNodeViewProps) {
  const a = node.attrs as Attrs;
  const t = useTranslations("editor");
  const resolving = useSyncExternalStore(onResolutionChange, () => isResolving(a.url), () => false);
  const failure = useSyncExternalStore(onResolutionChange, () => failureOf(a.url), () => undefined);
  const name = isEmbedProvider(a.provider) ? providerName(a.provider) : "";
  const pending = a.status === "pending";
  const failed = a.status === "failed";
  const reason = failure?.message ?? (failure?.key ? t(`embed.failures.${failure.key}` as "embed.failures.unreachable") : "");
  const retry = editor.isEditable && !resolving && (failed || pending);
  return (
    <NodeViewWrapper
      as="div"
      className={`${styles.embed}${selected ? ` ${styles.selected}` : ""}`}
      data-drag-handle=""
      data-testid="editor-embed"
      data-status={a.status}
      role="group"
      aria-label={t("embed.nodeLabel", { provider: name || a.url })}
    >
      <div className={styles.card} contentEditable={false}>
        {a.thumbnailSrc ? (
          // eslint-disable-next-line @next/next/no-img-element -- inside Tiptap's node view, the library's copy of the thumbnail
          <img className={styles.thumb} src={a.thumbnailSrc} alt="" />
        ) : (
          <span className={styles.thumb} aria-hidden="true" />
        )}
        <div className={styles.text}>
          {name ? <span className={styles.provider}>{name}</span> : null}
          {a.title ? <span className={styles.title}>{a.title}</span> : null}
          {a.author ? <span>{a.author}</span> : null}
          <a className={styles.link} href={a.url} target="_blank" rel="noopener noreferrer">
            {a.url}
          </a>
          {pending && resolving ? (
            <p className={styles.note} role="status">
              {t("embed.loading")}
            </p>
          ) : null}
          {pending && !resolving ? <p className={styles.note}>{t("embed.pending")}</p> : null}
          {failed ? (
            <p className={styles.failed} role="alert">
              {t("embed.failed")}
              {reason ? ` ${reason}` : ""}
            </p>
          ) : null}
          {a.status === "resolved" && !a.title && !a.thumbnailSrc ? <p className={styles.note}>{t("embed.noPreview", { provider: name })}</p> : null}
          {retry ? (
            <div className={styles.actions}>
              <button type="button" className="secondary" onClick={() => retryEmbed(editor, a.url)}>
                {t("embed.tryAgain")}
              </button>
            </div>
          ) : null}
        </div>
      </div>
    </NodeViewWrapper>
  );
}
