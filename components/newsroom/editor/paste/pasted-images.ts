// Images of a paste waiting for the writer's decision (import into the
// library, or remove). The pasted text arrives with a marker where each image
// was (clean-html.ts); in the same update, before anything reaches the
// shared document, the markers are taken out (with the paragraph, when it
// held nothing else) and each image's place is kept here instead, drawn as a
// placeholder. Nothing foreign is ever sent to the collaboration server,
// which accepts figures from the media library only.
// A place is a number mapped through this editor's own changes, and a Yjs
// relative position for the others' (y-tiptap replaces the whole document on
// a remote change, which no mapping survives), as comment anchors are
// (components/newsroom/comments/comment-anchors.ts).
import type { Node as PMNode } from "@tiptap/pm/model";
import { PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from "@tiptap/y-tiptap";
import type * as Y from "yjs";
import { IMAGE_MARKER, type PastedImage } from "@/components/newsroom/editor/paste/clean-html";

export type PendingImage = PastedImage & { id: number; pos: number };
export type PendingState = { images: readonly PendingImage[]; decorations: DecorationSet };
export type PendingMeta = { add?: PendingImage[]; remove?: number[] };

export const pastedImagesKey = new PluginKey<PendingState>("pastedImages");

type Binding = { doc: Y.Doc; type: Y.XmlFragment; mapping: Map<unknown, unknown> };

/** The collaboration binding once it has drawn the shared document; null without one. */
export function bindingOf(state: EditorState): Binding | null {
  const binding = (ySyncPluginKey.getState(state) as { binding?: Binding } | undefined)?.binding;
  return binding && binding.mapping.size > 0 ? binding : null;
}

export const isRemoteChange = (tr: Transaction) => Boolean((tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin);

/** The images waiting in `state`, in the order they were pasted. */
export const pendingImages = (state: EditorState): readonly PendingImage[] => pastedImagesKey.getState(state)?.images ?? [];

type Found = { pos: number; block: PMNode; blockPos: number };

/**
 * A transaction taking the markers out of `doc`, and the place of each (in
 * the transaction's resulting document), in document order. A paragraph
 * holding only markers goes, and its images stand where it stood; otherwise
 * they stand after their paragraph (a figure never splits one).
 */
export function takeMarkers(state: EditorState): { tr: Transaction; places: number[] } | null {
  const found: Found[] = [];
  state.doc.descendants((node, pos, parent) => {
    if (!node.isText || !node.text!.includes(IMAGE_MARKER)) return true;
    const $pos = state.doc.resolve(pos);
    for (let i = node.text!.indexOf(IMAGE_MARKER); i >= 0; i = node.text!.indexOf(IMAGE_MARKER, i + 1)) {
      found.push({ pos: pos + i, block: parent!, blockPos: $pos.before() });
    }
    return false;
  });
  if (!found.length) return null;
  const tr = state.tr;
  const raw: { pos: number; assoc: number }[] = [];
  const blocks = [...new Set(found.map((f) => f.blockPos))];
  // Last to first, so each step leaves the positions before it alone.
  for (const blockPos of blocks.reverse()) {
    const inBlock = found.filter((f) => f.blockPos === blockPos);
    const block = inBlock[0].block;
    const $block = state.doc.resolve(blockPos);
    const parent = $block.parent;
    const index = $block.index();
    let onlyMarkers = block.textContent.split(IMAGE_MARKER).join("").trim() === "";
    block.forEach((child) => (onlyMarkers &&= child.isText || child.type.name === "hardBreak"));
    const blockEnd = blockPos + block.nodeSize;
    if (onlyMarkers && parent.canReplace(index, index + 1)) {
      tr.delete(blockPos, blockEnd);
      raw.unshift(...inBlock.map(() => ({ pos: blockPos, assoc: -1 })));
    } else {
      for (const f of [...inBlock].reverse()) tr.delete(f.pos, f.pos + 1);
      raw.unshift(...inBlock.map(() => ({ pos: blockEnd, assoc: 1 })));
    }
  }
  return { tr, places: raw.map(({ pos, assoc }) => tr.mapping.map(pos, assoc)) };
}

/** Where an image may go at `pos`: there between blocks, or after the paragraph `pos` is in. */
export function blockPlace(doc: PMNode, pos: number): number {
  const $pos = doc.resolve(Math.max(0, Math.min(pos, doc.content.size)));
  return $pos.parent.isTextblock && $pos.depth > 0 ? $pos.after() : $pos.pos;
}

/** The relative positions of the waiting images, by id, worked out after the binding has this document. */
export type Anchors = Map<number, Y.RelativePosition>;

export function anchorImages(state: EditorState, anchors: Anchors): void {
  const binding = bindingOf(state);
  if (!binding) return;
  anchors.clear();
  for (const image of pendingImages(state)) {
    anchors.set(image.id, absolutePositionToRelativePosition(image.pos, binding.type, binding.mapping as never));
  }
}

function placeAfterRemote(state: EditorState, image: PendingImage, anchor: Y.RelativePosition | undefined): number {
  const binding = bindingOf(state);
  const pos = binding && anchor ? relativePositionToAbsolutePosition(binding.doc, binding.type, anchor, binding.mapping as never) : null;
  return Math.max(0, Math.min(pos ?? image.pos, state.doc.content.size));
}

/** The plugin state's step: places follow every change, `meta` adds or removes images. */
export function nextPendingState(
  tr: Transaction,
  prev: PendingState,
  next: EditorState,
  anchors: Anchors,
  draw: (image: PendingImage, index: number) => Decoration,
): PendingState {
  const meta = tr.getMeta(pastedImagesKey) as PendingMeta | undefined;
  if (!meta && (!tr.docChanged || prev.images.length === 0)) return prev;
  let images = prev.images;
  if (tr.docChanged) {
    const remote = isRemoteChange(tr);
    images = images.map((image) => ({ ...image, pos: remote ? placeAfterRemote(next, image, anchors.get(image.id)) : tr.mapping.map(image.pos, 1) }));
  }
  if (meta?.remove) images = images.filter((image) => !meta.remove!.includes(image.id));
  if (meta?.add) images = [...images, ...meta.add];
  return { images, decorations: DecorationSet.create(next.doc, images.map(draw)) };
}

/** What names an image's address in a sentence: its host, or its first characters when it has none (data:). */
export function hostOf(src: string): string {
  try {
    const host = new URL(src).host;
    if (host) return host;
  } catch {
    // not an address
  }
  return src.slice(0, 40);
}

/** A placeholder where a waiting image is, labelled by `describe`. */
export function placeholderDecoration(image: PendingImage, index: number, className: string, describe: (src: string) => string): Decoration {
  return Decoration.widget(
    image.pos,
    () => {
      const box = document.createElement("div");
      box.className = className;
      box.contentEditable = "false";
      box.textContent = describe(image.src);
      return box;
    },
    { side: index, key: `pasted-image-${image.id}-${image.src.length}`, ignoreSelection: true },
  );
}
