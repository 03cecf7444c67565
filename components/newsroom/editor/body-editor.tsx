"use client";
// The article body: a Tiptap editor bound to the shared document's body
// (collaborativeExtensions), with the formatting toolbar, Ctrl/Cmd-K for
// links, images pasted or dropped uploaded into figures, and the media
// picker. Extension points for features built on top (suggestions, comments):
// `toolbarExtra` (shown beside the toolbar, e.g. a "Suggesting" toggle),
// `aside` (a column next to the body, e.g. the comments sidebar),
// `extraExtensions` (added to the editor; pass a stable array: a new one
// rebuilds the editor) and `onEditor` (the Editor instance, null when gone).
import type { HocuspocusProvider } from "@hocuspocus/provider";
import type { AnyExtension } from "@tiptap/core";
import type { EditorProps } from "@tiptap/pm/view";
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useTranslations } from "use-intl";
import type * as Y from "yjs";
import { bodyToText, countWords, type JsonNode } from "@/lib/content/body";
import styles from "@/components/newsroom/editor/collab/collab.module.css";
import type { CollabUser } from "@/components/newsroom/editor/collab/use-collaborators";
import { collaborativeExtensions } from "@/components/newsroom/editor/extensions";
import { insertFigure } from "@/components/newsroom/editor/figure-insert";
import { MediaPicker, uploadImage } from "@/components/newsroom/editor/media-picker";
import { pastedImageFiles } from "@/components/newsroom/editor/paste/clipboard-files";
import { PastedImagesBar } from "@/components/newsroom/editor/paste/pasted-images-bar";
import { TableMenu } from "@/components/newsroom/editor/table-menu";
import { promptForLink, Toolbar, useLinkPromptTexts } from "@/components/newsroom/editor/toolbar";
import { FormError } from "@/components/newsroom/form-error";
import type { MediaItem } from "@/lib/media/items";

const WORDS_PER_MINUTE = 200;

export type BodyEditorExtensionPoints = {
  toolbarExtra?: ReactNode;
  aside?: ReactNode;
  /** Hides the aside without unmounting it (writing mode): a half-typed comment stays. */
  asideHidden?: boolean;
  extraExtensions?: AnyExtension[];
  onEditor?: (editor: Editor | null) => void;
};

type Props = BodyEditorExtensionPoints & {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  user: CollabUser;
  editable: boolean;
  /** The article's language (spelling, hyphenation, screen readers). */
  lang: string;
  /** The server's complaint about the body, if any. */
  error?: ReactNode;
};

const figureOf = (item: MediaItem) => ({
  type: "figure",
  attrs: { src: item.src, mediaId: item.id, width: item.width, height: item.height, alt: item.alt, caption: item.caption, credit: item.credit },
});

const imagesIn = (files: FileList | undefined | null) => Array.from(files ?? []).filter((f) => f.type.startsWith("image/"));

export function BodyEditor({ doc, provider, user, editable, lang, error, toolbarExtra, aside, asideHidden = false, extraExtensions, onEditor }: Props) {
  const t = useTranslations("editor");
  const linkTexts = useLinkPromptTexts();
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  // Read by the editor's handlers, which are made once (see editorProps).
  // Kept current during render on purpose: the handlers run outside React and
  // must see this render's texts; an effect would leave them one render late.
  const linkTextsRef = useRef(linkTexts);
  linkTextsRef.current = linkTexts; // eslint-disable-line react-hooks/refs -- see above
  const tRef = useRef(t);
  tRef.current = t; // eslint-disable-line react-hooks/refs -- see above
  const editorRef = useRef<Editor | null>(null);

  const insertImages = useCallback(async (editor: Editor, files: File[], pos?: number) => {
    setUploadError(null);
    for (const file of files) {
      try {
        const item = await uploadImage(file, (status) => tRef.current("media.uploadFailed", { status }));
        if (pos === undefined) insertFigure(editor, figureOf(item));
        else editor.chain().insertContentAt(pos, figureOf(item)).run();
      } catch (e) {
        setUploadError(tRef.current("media.uploadError", { file: file.name, message: (e as Error).message }));
      }
    }
  }, []);

  // Stable across renders: re-applying props mid-typing can drop a keystroke.
  const bodyLabel = t("fields.body");
  const editorProps = useMemo<EditorProps>(
    () => ({
      attributes: { "aria-label": bodyLabel, role: "textbox", "aria-multiline": "true", class: "editor-body article-body" },
      handleKeyDown: (_view, event) => {
        if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === "k" && editorRef.current) {
          event.preventDefault();
          promptForLink(editorRef.current, linkTextsRef.current);
          return true;
        }
        return false;
      },
      handlePaste: (_view, event) => {
        const files = pastedImageFiles(event.clipboardData);
        if (!files.length || !editorRef.current?.isEditable) return false;
        void insertImages(editorRef.current, files);
        return true;
      },
      handleDrop: (view, event) => {
        const files = imagesIn(event.dataTransfer?.files);
        if (!files.length || !editorRef.current?.isEditable) return false;
        event.preventDefault();
        const pos = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
        void insertImages(editorRef.current, files, pos);
        return true;
      },
    }),
    [insertImages, bodyLabel],
  );

  const placeholder = t("fields.bodyPlaceholder");
  const extensions = useMemo(() => collaborativeExtensions(placeholder, { doc, provider, user }, extraExtensions), [placeholder, doc, provider, user, extraExtensions]);
  // No `content`: the body comes from the shared document. A new provider or
  // extension list makes a new editor (the deps).
  const editor = useEditor({ extensions, editable, immediatelyRender: false, editorProps }, [extensions]);
  editorRef.current = editor; // eslint-disable-line react-hooks/refs -- the once-made handlers read the editor of this render

  // Editable follows access live (useEditor leaves `editable` alone after creation).
  useEffect(() => {
    if (editor && !editor.isDestroyed && editor.isEditable !== editable) editor.setEditable(editable, false);
  }, [editor, editable]);

  useEffect(() => {
    onEditor?.(editor);
  }, [editor, onEditor]);

  return (
    <div className={`${styles.bodyRow} ${aside && !asideHidden ? styles.withAside : ""}`}>
      <div className={styles.bodyMain}>
        <div className={styles.toolbarRow}>
          {editor ? <Toolbar editor={editor} onFigure={() => setPicking(true)} /> : null}
          {toolbarExtra ? <div className={styles.toolbarExtra}>{toolbarExtra}</div> : null}
          {editor ? <TableMenu editor={editor} /> : null}
        </div>
        <FormError>{uploadError}</FormError>
        <PastedImagesBar editor={editor} figureOf={figureOf} />
        <div lang={lang}>
          <EditorContent editor={editor} />
        </div>
        {error}
      </div>
      {aside ? (
        <div className="editor-aside" hidden={asideHidden}>
          {aside}
        </div>
      ) : null}
      {picking ? (
        <MediaPicker
          onClose={() => setPicking(false)}
          onPick={(item) => {
            if (editor) insertFigure(editor, figureOf(item));
            setPicking(false);
          }}
        />
      ) : null}
    </div>
  );
}

/** Before the editor exists (server render, first paint): an empty, busy body box. */
export function BodyPlaceholder() {
  return <div className="editor-body article-body" aria-busy="true" />;
}

/** "n words · m min read", from the editor once the document is loaded, before that from the page's body. */
export function WordCount({ editor, loaded, fallback }: { editor: Editor | null; loaded: boolean; fallback: JsonNode }) {
  const t = useTranslations("editor");
  const live = useEditorState({ editor, selector: ({ editor: e }) => (e ? countWords(e.getText()) : null) });
  const [initial] = useState(() => countWords(bodyToText(fallback)));
  const words = loaded && live !== null ? live : initial;
  return <p className="word-count">{t("wordCount", { count: words, minutes: Math.max(1, Math.ceil(words / WORDS_PER_MINUTE)) })}</p>;
}
