// Paste that works: a Tiptap extension that cleans HTML pasted or dropped
// from Word, Google Docs and web pages (clean-html.ts), keeps pasted
// headings, lists and tables whole rather than merged into the paragraph at
// the caret (close-slice.ts), and holds the pasted images back until the
// writer imports or removes them (pasted-images.ts; the bar that asks is
// pasted-images-bar.tsx). Commands for that bar: placePastedImage,
// dropPastedImages.
import { Extension, type Editor, type JSONContent } from "@tiptap/core";
import { Plugin } from "@tiptap/pm/state";
import { DecorationSet } from "@tiptap/pm/view";
import { cleanPastedDocument, IMAGE_MARKER, isProseMirrorHtml, markProseMirrorImages, type PastedImage } from "@/components/newsroom/editor/paste/clean-html";
import { keepPastedBlocksWhole } from "@/components/newsroom/editor/paste/close-slice";
import {
  anchorImages,
  blockPlace,
  hostOf,
  isRemoteChange,
  nextPendingState,
  pastedImagesKey,
  pendingImages,
  placeholderDecoration,
  takeMarkers,
  type Anchors,
  type PendingImage,
  type PendingMeta,
  type PendingState,
} from "@/components/newsroom/editor/paste/pasted-images";
import styles from "@/components/newsroom/editor/paste/pasted-images.module.css";
import { LegacyPaste } from "@/components/newsroom/editor/copy-desk/legacy-paste";

export type PasteStorage = {
  /** The placeholder's text for an image waiting at `src` (the bar sets it in the writer's language). */
  describe: (src: string) => string;
};

declare module "@tiptap/core" {
  interface Storage {
    pasteCleanup: PasteStorage;
  }
  interface Commands<ReturnType> {
    pasteCleanup: {
      /** Puts `figure` where the waiting image `id` is, and stops waiting for it. */
      placePastedImage: (id: number, figure: JSONContent) => ReturnType;
      /** Stops waiting for these images (all when no ids are given): they are not inserted. */
      dropPastedImages: (ids?: number[]) => ReturnType;
    };
  }
}

function pasteCleanupPlugin(storage: PasteStorage): Plugin<PendingState> {
  // What the paste being handled holds; set by transformPastedHTML, read in
  // the same paste by transformPasted and appendTransaction.
  let images: PastedImage[] = [];
  let fromOutside = false;
  let nextId = 1;
  const anchors: Anchors = new Map();
  const draw = (image: PendingImage, index: number) => placeholderDecoration(image, index, styles.waiting, storage.describe);

  return new Plugin<PendingState>({
    key: pastedImagesKey,
    state: {
      init: () => ({ images: [], decorations: DecorationSet.empty }),
      apply: (tr, prev, _old, next) => nextPendingState(tr, prev, next, anchors, draw),
    },
    props: {
      decorations: (state) => pastedImagesKey.getState(state)?.decorations,
      transformPastedHTML: (html) => {
        fromOutside = !isProseMirrorHtml(html);
        const doc = new DOMParser().parseFromString(html, "text/html");
        images = fromOutside ? cleanPastedDocument(doc) : markProseMirrorImages(doc);
        return doc.body.innerHTML;
      },
      // A marker typed in from plain text would be taken for an image.
      transformPastedText: (text) => text.replaceAll(IMAGE_MARKER, ""),
      transformPasted: (slice, _view, plain) => (fromOutside && !plain ? keepPastedBlocksWhole(slice) : slice),
    },
    appendTransaction: (transactions, _old, state) => {
      // The paste's own transaction follows transformPastedHTML at once. Its
      // "paste" mark is not relied on: suggesting mode rebuilds it.
      if (!images.length || !transactions.some((tr) => tr.docChanged && !isRemoteChange(tr))) return null;
      const pasted = images;
      images = [];
      const taken = takeMarkers(state);
      if (!taken) return null;
      const add = taken.places.flatMap((pos, i) => (pasted[i] ? [{ ...pasted[i], id: nextId++, pos }] : []));
      return taken.tr.setMeta(pastedImagesKey, { add } satisfies PendingMeta);
    },
    view: () => ({
      // After the collaboration binding has written this state into the
      // shared document (its plugin comes first), so anchors can be made.
      update: (view, prevState) => {
        if (view.state.doc !== prevState.doc || pendingImages(view.state) !== pendingImages(prevState)) anchorImages(view.state, anchors);
      },
    }),
  });
}

/** Sets how placeholders name a waiting image (for pastes from now on). */
export function describePastedImages(editor: Editor, describe: PasteStorage["describe"]): void {
  const storage = editor.storage.pasteCleanup as PasteStorage | undefined;
  if (storage) storage.describe = describe;
}

export const PasteCleanup = Extension.create<Record<string, never>, PasteStorage>({
  name: "pasteCleanup",

  addStorage() {
    return { describe: hostOf };
  },

  // Text in the old Vietnamese encodings (TCVN3, VNI) becomes Unicode as it is pasted.
  addExtensions() {
    return [LegacyPaste];
  },

  addProseMirrorPlugins() {
    return [pasteCleanupPlugin(this.storage)];
  },

  addCommands() {
    return {
      placePastedImage:
        (id, figure) =>
        ({ tr, state, dispatch }) => {
          const image = pendingImages(state).find((i) => i.id === id);
          if (!image) return false;
          if (dispatch) {
            const place = blockPlace(tr.doc, image.pos);
            // replaceRangeWith moves the figure out to where a block may stand.
            tr.replaceRangeWith(place, place, state.schema.nodeFromJSON(figure));
            tr.setMeta(pastedImagesKey, { remove: [id] } satisfies PendingMeta);
          }
          return true;
        },
      dropPastedImages:
        (ids) =>
        ({ tr, state, dispatch }) => {
          const remove = ids ?? pendingImages(state).map((i) => i.id);
          if (dispatch) tr.setMeta(pastedImagesKey, { remove } satisfies PendingMeta);
          return remove.length > 0;
        },
    };
  },
});
