// The article body's Tiptap editor: its extensions and handlers (Mod-K for a
// link; images pasted or dropped are uploaded and inserted as figures), the
// word count, and upload errors.
import type { EditorProps } from "@tiptap/pm/view";
import { useEditor, type Editor } from "@tiptap/react";
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { countWords, type JsonNode } from "@/lib/content/body";
import type { MediaItem } from "@/lib/media/items";
import { editorExtensions } from "@/components/newsroom/editor/extensions";
import { uploadImage } from "@/components/newsroom/editor/media-picker";
import { promptForLink, useLinkPromptTexts } from "@/components/newsroom/editor/toolbar";
import { useLatest } from "@/components/newsroom/editor/use-latest";

/** A figure node showing a media item with its default texts. */
export function figureNode(item: MediaItem) {
  return { type: "figure", attrs: { src: item.src, mediaId: item.id, width: item.width, height: item.height, alt: item.alt, caption: item.caption, credit: item.credit } };
}

const imagesIn = (files: FileList | undefined | null) => Array.from(files ?? []).filter((f) => f.type.startsWith("image/"));

type Options = {
  initialBody: JsonNode;
  readOnly: boolean;
  /** Every change of the text, as plain JSON. */
  onChange: (body: JsonNode) => void;
};

export function useBodyEditor({ initialBody, readOnly, onChange }: Options) {
  const t = useTranslations("editor");
  // Read by the editor's handlers, which are made once (see editorProps).
  const texts = useLatest({ t, link: useLinkPromptTexts() });
  const [words, setWords] = useState(0);
  const [uploadError, setUploadError] = useState<string | null>(null);

  const insertImages = useCallback(
    async (editor: Editor, files: File[], pos?: number) => {
      setUploadError(null);
      for (const file of files) {
        try {
          const item = await uploadImage(file, (status) => texts.current.t("media.uploadFailed", { status }));
          if (pos === undefined) editor.chain().focus().insertContent(figureNode(item)).run();
          else editor.chain().insertContentAt(pos, figureNode(item)).run();
        } catch (e) {
          setUploadError(texts.current.t("media.uploadError", { file: file.name, message: (e as Error).message }));
        }
      }
    },
    [texts],
  );

  // Stable across renders: Tiptap re-applies changed options on every render,
  // and re-applying props mid-typing can drop a keystroke.
  const editorRef = useRef<Editor | null>(null);
  const bodyLabel = t("fields.body");
  const bodyPlaceholder = t("fields.bodyPlaceholder");
  const editorProps = useMemo<EditorProps>(
    () => ({
      attributes: { "aria-label": bodyLabel, role: "textbox", "aria-multiline": "true", class: "editor-body article-body" },
      handleKeyDown: (_view, event) => {
        if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === "k" && editorRef.current) {
          event.preventDefault();
          promptForLink(editorRef.current, texts.current.link);
          return true;
        }
        return false;
      },
      handlePaste: (_view, event) => {
        const files = imagesIn(event.clipboardData?.files);
        if (!files.length || !editorRef.current) return false;
        void insertImages(editorRef.current, files);
        return true;
      },
      handleDrop: (view, event) => {
        const files = imagesIn(event.dataTransfer?.files);
        if (!files.length || !editorRef.current) return false;
        event.preventDefault();
        const pos = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
        void insertImages(editorRef.current, files, pos);
        return true;
      },
    }),
    [insertImages, bodyLabel, texts],
  );
  const extensions = useMemo(() => editorExtensions(bodyPlaceholder), [bodyPlaceholder]);

  const editor = useEditor({
    extensions,
    content: initialBody,
    editable: !readOnly,
    immediatelyRender: false,
    onCreate: ({ editor }) => setWords(countWords(editor.getText())),
    onUpdate: ({ editor }) => {
      // A plain copy: ProseMirror's attribute objects have no prototype, which
      // server actions cannot receive.
      const body = JSON.parse(JSON.stringify(editor.getJSON())) as JsonNode;
      setWords(countWords(editor.getText()));
      onChange(body);
    },
    editorProps,
  });
  useLayoutEffect(() => {
    editorRef.current = editor;
  }, [editor]);

  /** Replaces the text without counting it as a change (it is loaded, not typed). */
  const load = (body: JsonNode) => {
    editor?.commands.setContent(body, { emitUpdate: false });
    setWords(countWords(editor?.getText() ?? ""));
  };

  /** Inserts a figure at the cursor. */
  const insertFigure = (item: MediaItem) => editor?.chain().focus().insertContent(figureNode(item)).run();

  return { editor, words, uploadError, load, insertFigure };
}
