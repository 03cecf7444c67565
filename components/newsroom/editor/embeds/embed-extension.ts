// The embed node in the editor: its editing view (embed-view.tsx), and a
// link pasted on a line of its own becoming an embed. Only a paste whose
// whole text is one link of an allowlisted provider, into an empty
// paragraph, is taken; any other paste (a link inside a sentence, a link of
// another site, rich text) goes on to PasteCleanup and the link mark as before.
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { ReactNodeViewRenderer } from "@tiptap/react";
import { Embed } from "@/lib/content/embeds";
import { matchEmbedUrl } from "@/lib/embeds/providers";
import { insertEmbed } from "@/components/newsroom/editor/embeds/embed-resolution";
import { EmbedView } from "@/components/newsroom/editor/embeds/embed-view";

const pasteKey = new PluginKey("embedPaste");

export const EditableEmbed = Embed.extend({
  addNodeView() {
    return ReactNodeViewRenderer(EmbedView);
  },

  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        key: pasteKey,
        props: {
          handlePaste: (view, event) => {
            const text = event.clipboardData?.getData("text/plain").trim() ?? "";
            if (!text || /\s/.test(text) || !matchEmbedUrl(text)) return false;
            const { selection } = view.state;
            const block = selection.$from.parent;
            const emptyLine = selection.empty && selection.$from.depth === 1 && block.type.name === "paragraph" && block.content.size === 0;
            if (!emptyLine || !editor.isEditable) return false;
            return insertEmbed(editor, text);
          },
        },
      }),
    ];
  },
});
