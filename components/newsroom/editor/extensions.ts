// The editor's extension list: the shared body vocabulary (lib/content) plus
// browser-only behaviour (the figure's editing view, placeholder text in the
// writer's language) and, for co-editing, the Yjs binding of the body and
// the other people's carets.
import type { HocuspocusProvider } from "@hocuspocus/provider";
import type { AnyExtension } from "@tiptap/core";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import Placeholder from "@tiptap/extension-placeholder";
import { ReactNodeViewRenderer } from "@tiptap/react";
import type StarterKit from "@tiptap/starter-kit";
import type * as Y from "yjs";
import { BODY_FIELD } from "@/lib/collab/layout";
import { bodyExtensions, Figure } from "@/lib/content/extensions";
import { renderCaret, renderSelection } from "@/components/newsroom/editor/collab/caret";
import type { CollabUser } from "@/components/newsroom/editor/collab/use-collaborators";
import { FigureKeys } from "@/components/newsroom/editor/figure-keys";
import { FigureView } from "@/components/newsroom/editor/figure-view";
import { EditableTable } from "@/components/newsroom/editor/table-view";
import { PasteCleanup } from "@/components/newsroom/editor/paste/paste-extension";
import { EditableEmbed } from "@/components/newsroom/editor/embeds/embed-extension";
import { EditableGallery } from "@/components/newsroom/editor/gallery/gallery-extension";
import { EditableVideo } from "@/components/newsroom/editor/video/video-extension";

const EditableFigure = Figure.extend({
  addNodeView() {
    return ReactNodeViewRenderer(FigureView);
  },
});

/**
 * The body vocabulary with the figure's and the table's editing views, and without
 * StarterKit's history: Collaboration brings its own (Yjs-aware: undo takes
 * back only this person's changes), and the two must not both run.
 */
function editableBody(): AnyExtension[] {
  return bodyExtensions.map((ext) => {
    if (ext.name === "figure") return EditableFigure;
    if (ext.name === "table") return EditableTable;
    if (ext.name === "embed") return EditableEmbed;
    if (ext.name === "gallery") return EditableGallery;
    if (ext.name === "video") return EditableVideo;
    if (ext.name === "starterKit") return (ext as ReturnType<typeof StarterKit.configure>).configure({ undoRedo: false });
    return ext;
  });
}

export type CollaborationSetup = {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  user: CollabUser;
};

/**
 * The co-editing editor: the body is the document's BODY_FIELD fragment (no
 * `content` option: it comes from the server or this browser's copy), with
 * other people's carets. `extra` adds features built elsewhere (suggestions,
 * comment highlights) after the body vocabulary.
 */
export function collaborativeExtensions(placeholder: string, { doc, provider, user }: CollaborationSetup, extra: readonly AnyExtension[] = []): AnyExtension[] {
  return [
    ...editableBody(),
    Placeholder.configure({ placeholder }),
    PasteCleanup,
    FigureKeys,
    Collaboration.configure({ document: doc, field: BODY_FIELD }),
    CollaborationCaret.configure({ provider, user, render: renderCaret, selectionRender: renderSelection }),
    ...extra,
  ];
}
