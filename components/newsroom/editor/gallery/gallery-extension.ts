// The gallery node in the editor, with its editing view (gallery-view.tsx).
// The gallery is an atom whose images are edited through the view only, so
// the images' own HTML (their renderHTML, for copy and paste) is never shown
// inside it: the view has no content element. Events inside the view's own
// controls (thumbnails, fields, buttons, their drag and drop) are the view's,
// not ProseMirror's; the rest (the header) selects and drags the gallery.
import { ReactNodeViewRenderer } from "@tiptap/react";
import { Gallery } from "@/lib/content/galleries";
import { GalleryView } from "@/components/newsroom/editor/gallery/gallery-view";

export const EditableGallery = Gallery.extend({
  addNodeView() {
    const render = ReactNodeViewRenderer(GalleryView, {
      stopEvent: ({ event }) => event.target instanceof Element && event.target.closest("[data-gallery-own]") !== null,
    });
    return (props) => {
      const view = render(props) as ReturnType<typeof render> & { contentDOMElement?: HTMLElement | null };
      // No content element: ProseMirror must not draw the images' own HTML in the view.
      view.contentDOMElement?.remove();
      view.contentDOMElement = null;
      return view;
    };
  },
});
