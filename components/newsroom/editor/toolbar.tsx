"use client";
// The formatting toolbar. Every button has a keyboard shortcut as well
// (shown in its title), from Tiptap's defaults plus Mod-K for links.
import type { Editor } from "@tiptap/react";
import { useTranslations } from "use-intl";
import { isAllowedLink } from "@/lib/content/body";
import { inTable, insertTable } from "@/components/newsroom/editor/table-insert";
import { EmbedButton } from "@/components/newsroom/editor/embeds/embed-button";
import { GalleryButton } from "@/components/newsroom/editor/gallery/gallery-button";
import { VideoButton } from "@/components/newsroom/editor/video/video-button";

type Button = { id: string; label: string; title: string; run: () => void; active?: boolean; disabled?: boolean };

/** The texts the link prompt shows, in the writer's language. */
export type LinkPromptTexts = { prompt: string; refused: string };

export function useLinkPromptTexts(): LinkPromptTexts {
  const t = useTranslations("editor");
  return { prompt: t("toolbar.linkPrompt"), refused: t("toolbar.linkRefused") };
}

export function promptForLink(editor: Editor, texts: LinkPromptTexts) {
  const previous = (editor.getAttributes("link").href as string | undefined) ?? "https://";
  const href = window.prompt(texts.prompt, previous);
  if (href === null) return;
  if (href.trim() === "") {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
    return;
  }
  if (!isAllowedLink(href.trim())) {
    window.alert(texts.refused);
    return;
  }
  editor.chain().focus().extendMarkRange("link").setLink({ href: href.trim() }).run();
}

/** "Bold (Mod-B)": the shortcut is the same in every language. */
const withKeys = (title: string, keys?: string) => (keys ? `${title} (${keys})` : title);

export function Toolbar({ editor, onFigure }: { editor: Editor; onFigure: () => void }) {
  const t = useTranslations("editor");
  const linkTexts = useLinkPromptTexts();
  const chain = () => editor.chain().focus();
  const buttons: (Button | "|")[] = [
    { id: "paragraph", label: t("toolbar.paragraphLabel"), title: withKeys(t("toolbar.paragraph"), "Mod-Alt-0"), run: () => chain().setParagraph().run(), active: editor.isActive("paragraph") },
    { id: "h2", label: t("toolbar.subheadingLabel"), title: withKeys(t("toolbar.subheading"), "Mod-Alt-2"), run: () => chain().toggleHeading({ level: 2 }).run(), active: editor.isActive("heading", { level: 2 }) },
    { id: "h3", label: t("toolbar.minorSubheadingLabel"), title: withKeys(t("toolbar.minorSubheading"), "Mod-Alt-3"), run: () => chain().toggleHeading({ level: 3 }).run(), active: editor.isActive("heading", { level: 3 }) },
    "|",
    { id: "bold", label: t("toolbar.boldLabel"), title: withKeys(t("toolbar.bold"), "Mod-B"), run: () => chain().toggleBold().run(), active: editor.isActive("bold") },
    { id: "italic", label: t("toolbar.italicLabel"), title: withKeys(t("toolbar.italic"), "Mod-I"), run: () => chain().toggleItalic().run(), active: editor.isActive("italic") },
    { id: "underline", label: t("toolbar.underlineLabel"), title: withKeys(t("toolbar.underline"), "Mod-U"), run: () => chain().toggleUnderline().run(), active: editor.isActive("underline") },
    { id: "strike", label: t("toolbar.strikeLabel"), title: withKeys(t("toolbar.strike"), "Mod-Shift-S"), run: () => chain().toggleStrike().run(), active: editor.isActive("strike") },
    { id: "link", label: t("toolbar.linkLabel"), title: withKeys(t("toolbar.link"), "Mod-K"), run: () => promptForLink(editor, linkTexts), active: editor.isActive("link") },
    { id: "unlink", label: t("toolbar.unlinkLabel"), title: t("toolbar.unlink"), run: () => chain().extendMarkRange("link").unsetLink().run(), disabled: !editor.isActive("link") },
    "|",
    { id: "bullets", label: t("toolbar.bulletListLabel"), title: withKeys(t("toolbar.bulletList"), "Mod-Shift-8"), run: () => chain().toggleBulletList().run(), active: editor.isActive("bulletList") },
    { id: "numbers", label: t("toolbar.numberedListLabel"), title: withKeys(t("toolbar.numberedList"), "Mod-Shift-7"), run: () => chain().toggleOrderedList().run(), active: editor.isActive("orderedList") },
    { id: "quote", label: t("toolbar.quoteLabel"), title: withKeys(t("toolbar.quote"), "Mod-Shift-B"), run: () => chain().toggleBlockquote().run(), active: editor.isActive("blockquote") },
    { id: "rule", label: "―", title: t("toolbar.rule"), run: () => chain().setHorizontalRule().run() },
    { id: "figure", label: t("toolbar.figureLabel"), title: t("toolbar.figure"), run: onFigure },
    { id: "table", label: t("toolbar.tableLabel"), title: t("toolbar.table"), run: () => insertTable(editor), disabled: inTable(editor) },
  ];
  const history: (Button | "|")[] = [
    "|",
    { id: "undo", label: t("toolbar.undoLabel"), title: withKeys(t("toolbar.undo"), "Mod-Z"), run: () => chain().undo().run(), disabled: !editor.can().undo() },
    { id: "redo", label: t("toolbar.redoLabel"), title: withKeys(t("toolbar.redo"), "Mod-Shift-Z"), run: () => chain().redo().run(), disabled: !editor.can().redo() },
  ];
  const render = (b: Button | "|", i: number) =>
    b === "|" ? (
      <span key={i} className="toolbar-sep" aria-hidden="true" />
    ) : (
      <button
        key={b.id}
        type="button"
        title={b.title}
        aria-label={b.title}
        aria-pressed={b.active ?? undefined}
        disabled={b.disabled || !editor.isEditable}
        onMouseDown={(e) => e.preventDefault()} // keep the selection in the text
        onClick={b.run}
      >
        {b.label}
      </button>
    );
  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t("toolbar.name")}>
      {buttons.map(render)}
      {/* Storytelling media: each button brings its own dialog. */}
      <GalleryButton editor={editor} />
      <VideoButton editor={editor} />
      <EmbedButton editor={editor} />
      {history.map(render)}
    </div>
  );
}
