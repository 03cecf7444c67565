// The editor's extension list: the shared body vocabulary (lib/content) plus
// browser-only behaviour (the figure's editing view, placeholder text in the
// writer's language).
import Placeholder from "@tiptap/extension-placeholder";
import { ReactNodeViewRenderer } from "@tiptap/react";
import { bodyExtensions, Figure } from "@/lib/content/extensions";
import { FigureView } from "@/components/newsroom/editor/figure-view";

const EditableFigure = Figure.extend({
  addNodeView() {
    return ReactNodeViewRenderer(FigureView);
  },
});

export function editorExtensions(placeholder: string) {
  return [...bodyExtensions.map((ext) => (ext.name === "figure" ? EditableFigure : ext)), Placeholder.configure({ placeholder })];
}
