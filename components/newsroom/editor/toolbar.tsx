"use client";
// The formatting toolbar. Every button has a keyboard shortcut as well
// (shown in its title), from Tiptap's defaults plus Mod-K for links.
import type { Editor } from "@tiptap/react";
import { isAllowedLink } from "@/lib/content/body";

type Button = { label: string; title: string; run: () => void; active?: boolean; disabled?: boolean };

export function promptForLink(editor: Editor) {
  const previous = (editor.getAttributes("link").href as string | undefined) ?? "https://";
  const href = window.prompt("Link address (https://, http:// or mailto:)", previous);
  if (href === null) return;
  if (href.trim() === "") {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
    return;
  }
  if (!isAllowedLink(href.trim())) {
    window.alert("Links must start with https://, http:// or mailto:");
    return;
  }
  editor.chain().focus().extendMarkRange("link").setLink({ href: href.trim() }).run();
}

export function Toolbar({ editor, onFigure }: { editor: Editor; onFigure: () => void }) {
  const chain = () => editor.chain().focus();
  const buttons: (Button | "|")[] = [
    { label: "¶", title: "Paragraph (Mod-Alt-0)", run: () => chain().setParagraph().run(), active: editor.isActive("paragraph") },
    { label: "H2", title: "Subheading (Mod-Alt-2)", run: () => chain().toggleHeading({ level: 2 }).run(), active: editor.isActive("heading", { level: 2 }) },
    { label: "H3", title: "Minor subheading (Mod-Alt-3)", run: () => chain().toggleHeading({ level: 3 }).run(), active: editor.isActive("heading", { level: 3 }) },
    "|",
    { label: "B", title: "Bold (Mod-B)", run: () => chain().toggleBold().run(), active: editor.isActive("bold") },
    { label: "I", title: "Italic (Mod-I)", run: () => chain().toggleItalic().run(), active: editor.isActive("italic") },
    { label: "U", title: "Underline (Mod-U)", run: () => chain().toggleUnderline().run(), active: editor.isActive("underline") },
    { label: "S", title: "Strike (Mod-Shift-S)", run: () => chain().toggleStrike().run(), active: editor.isActive("strike") },
    { label: "Link", title: "Add or edit link (Mod-K)", run: () => promptForLink(editor), active: editor.isActive("link") },
    { label: "Unlink", title: "Remove link", run: () => chain().extendMarkRange("link").unsetLink().run(), disabled: !editor.isActive("link") },
    "|",
    { label: "• List", title: "Bullet list (Mod-Shift-8)", run: () => chain().toggleBulletList().run(), active: editor.isActive("bulletList") },
    { label: "1. List", title: "Numbered list (Mod-Shift-7)", run: () => chain().toggleOrderedList().run(), active: editor.isActive("orderedList") },
    { label: "Quote", title: "Quotation (Mod-Shift-B)", run: () => chain().toggleBlockquote().run(), active: editor.isActive("blockquote") },
    { label: "―", title: "Horizontal rule", run: () => chain().setHorizontalRule().run() },
    { label: "Figure", title: "Insert an image from the media library or upload one", run: onFigure },
    "|",
    { label: "Undo", title: "Undo (Mod-Z)", run: () => chain().undo().run(), disabled: !editor.can().undo() },
    { label: "Redo", title: "Redo (Mod-Shift-Z)", run: () => chain().redo().run(), disabled: !editor.can().redo() },
  ];
  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Formatting">
      {buttons.map((b, i) =>
        b === "|" ? (
          <span key={i} className="toolbar-sep" aria-hidden="true" />
        ) : (
          <button
            key={b.label}
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
        ),
      )}
    </div>
  );
}
