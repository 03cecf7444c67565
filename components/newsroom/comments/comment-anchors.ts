// Where comments sit in the text. A thread is anchored by two Yjs relative
// positions in the shared "body" fragment (stored as JSON, see
// prisma/schema.prisma CommentThread.anchor): unlike numbers, they keep
// pointing at the same characters while anyone edits around them.
// - anchorOfSelection(editor): the anchor and quote for a new thread.
// - CommentHighlights: a Tiptap extension drawing the open threads' ranges
//   as inline decorations, the active one stronger; clicking one selects
//   its thread. The sidebar feeds it with setCommentHighlights() and sets
//   the callbacks in its storage (editor.storage.commentHighlights).
// Both need the collaboration binding (ySyncPlugin's state); without it
// (an editor not bound to a shared document) nothing is drawn or anchored.
import { Extension, type Editor } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from "@tiptap/y-tiptap";
import * as Y from "yjs";

/** The stored anchor: Y.relativePositionToJSON of the range's two ends. */
export type CommentAnchor = { from: unknown; to: unknown };
export type HighlightThread = { id: string; anchor: CommentAnchor; resolved: boolean };
export type CommentHighlightsStorage = {
  /** Called with a thread's id when its highlighted text is clicked. */
  onSelectThread: ((threadId: string) => void) | null;
  /** Opens the composer for the current selection (the sidebar sets it; the Comment button calls it). */
  startComment: (() => void) | null;
};

declare module "@tiptap/core" {
  interface Storage {
    commentHighlights: CommentHighlightsStorage;
  }
}

/** The longest quote kept with a thread (the server may cut it shorter). */
const MAX_QUOTE = 500;

type Binding = { doc: Y.Doc; type: Y.XmlFragment; mapping: Map<unknown, unknown> };
type PluginState = { threads: readonly HighlightThread[]; activeThreadId: string | null; decorations: DecorationSet };
type Meta = { threads?: readonly HighlightThread[]; activeThreadId?: string | null };

export const commentHighlightsKey = new PluginKey<PluginState>("commentHighlights");

/** The collaboration binding, once it has rendered the shared document. */
function bindingOf(state: EditorState): Binding | null {
  const binding = (ySyncPluginKey.getState(state) as { binding?: Binding } | undefined)?.binding;
  return binding && binding.mapping.size > 0 ? binding : null;
}

/** The range an anchor points at now, or null when its text is gone (or the anchor is not from this document). */
export function resolveAnchor(state: EditorState, anchor: CommentAnchor): { from: number; to: number } | null {
  const binding = bindingOf(state);
  if (!binding) return null;
  try {
    const at = (json: unknown) => relativePositionToAbsolutePosition(binding.doc, binding.type, Y.createRelativePositionFromJSON(json), binding.mapping as never);
    const from = at(anchor.from);
    const to = at(anchor.to);
    if (from === null || to === null) return null;
    const size = state.doc.content.size;
    const [a, b] = [Math.max(0, Math.min(from, size)), Math.max(0, Math.min(to, size))];
    return a < b ? { from: a, to: b } : null;
  } catch {
    return null; // not a relative position's JSON
  }
}

/** The anchor and quoted text of `from`–`to`, or null for an empty range (or when not co-editing). */
export function anchorOfRange(state: EditorState, from: number, to: number): { anchor: CommentAnchor; quote: string } | null {
  const binding = bindingOf(state);
  if (from >= to || !binding) return null;
  // A figure (an atom) has no text: its caption or alt text stands for it.
  const leafText = (node: { attrs: Record<string, unknown> }) => String(node.attrs.caption || node.attrs.alt || "");
  const quote = state.doc.textBetween(from, to, " ", leafText).replace(/\s+/g, " ").trim();
  if (!quote) return null;
  const rel = (pos: number) => Y.relativePositionToJSON(absolutePositionToRelativePosition(pos, binding.type, binding.mapping as never));
  return { anchor: { from: rel(from), to: rel(to) }, quote: quote.length > MAX_QUOTE ? `${quote.slice(0, MAX_QUOTE - 1)}…` : quote };
}

/** The anchor and quoted text of the editor's selection, or null when nothing is selected. */
export function anchorOfSelection(editor: Editor): { anchor: CommentAnchor; quote: string } | null {
  const { from, to } = editor.state.selection;
  return anchorOfRange(editor.state, from, to);
}

function decorate(state: EditorState, threads: readonly HighlightThread[], activeThreadId: string | null): DecorationSet {
  const decorations: Decoration[] = [];
  for (const thread of threads) {
    if (thread.resolved) continue;
    const range = resolveAnchor(state, thread.anchor);
    if (!range) continue;
    const active = thread.id === activeThreadId;
    decorations.push(
      Decoration.inline(
        range.from,
        range.to,
        { class: active ? "comment-highlight is-active" : "comment-highlight", "data-thread-id": thread.id },
        // Text typed at the start joins the range, at the end does not: as the Yjs anchors behave.
        { threadId: thread.id, inclusiveStart: true, inclusiveEnd: false },
      ),
    );
  }
  return DecorationSet.create(state.doc, decorations);
}

/** Gives the highlights the current threads and/or active thread (redraws them). Works before the editor is on the page too. */
export function setCommentHighlights(editor: Editor, meta: Meta): void {
  if (!commentHighlightsKey.getState(editor.state)) return; // the extension is not installed
  editor.view.dispatch(editor.state.tr.setMeta(commentHighlightsKey, meta).setMeta("addToHistory", false));
}

/** Lets the sidebar answer highlight clicks and the Comment button; returns the disconnect. */
export function connectSidebar(editor: Editor, handlers: { startComment: () => void; onSelectThread: (threadId: string) => void }): () => void {
  const storage = editor.storage.commentHighlights as CommentHighlightsStorage | undefined;
  if (!storage) return () => undefined;
  storage.startComment = handlers.startComment;
  storage.onSelectThread = handlers.onSelectThread;
  return () => {
    if (storage.startComment === handlers.startComment) storage.startComment = null;
    if (storage.onSelectThread === handlers.onSelectThread) storage.onSelectThread = null;
  };
}

/** Whether anchors can be resolved yet (the shared document has been drawn). */
export function anchoringReady(state: EditorState): boolean {
  return bindingOf(state) !== null;
}

/** Where each highlighted (open, still present) thread's text is now: its id → range. */
export function highlightRanges(state: EditorState): Map<string, { from: number; to: number }> {
  const ranges = new Map<string, { from: number; to: number }>();
  const set = commentHighlightsKey.getState(state)?.decorations;
  for (const d of set?.find() ?? []) {
    const id = (d.spec as { threadId: string }).threadId;
    const known = ranges.get(id);
    ranges.set(id, known ? { from: Math.min(known.from, d.from), to: Math.max(known.to, d.to) } : { from: d.from, to: d.to });
  }
  return ranges;
}

/** Scrolls the text of a thread into view (no change of selection); false if its text is gone. */
export function scrollToThreadText(editor: Editor, threadId: string): boolean {
  const range = highlightRanges(editor.state).get(threadId);
  if (!range || editor.isDestroyed) return false; // destroyed, or not on the page yet
  const { node } = editor.view.domAtPos(range.from);
  const element = node instanceof Element ? node : node.parentElement;
  const reduce = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
  element?.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
  return true;
}

/** The plugin that keeps and draws the highlights; `storage` receives the clicks. */
export function commentHighlightsPlugin(storage: Pick<CommentHighlightsStorage, "onSelectThread">): Plugin<PluginState> {
  return new Plugin<PluginState>({
    key: commentHighlightsKey,
    state: {
      init: (_config, state) => ({ threads: [], activeThreadId: null, decorations: DecorationSet.create(state.doc, []) }),
      apply: (tr: Transaction, prev: PluginState, _old: EditorState, next: EditorState): PluginState => {
        const meta = tr.getMeta(commentHighlightsKey) as Meta | undefined;
        // Positions are worked out afresh when the threads change and when
        // a change comes from the shared document (the binding's mapping is
        // current then). A change typed here reaches the binding only after
        // this transaction, so the ranges are mapped through it instead.
        const fromShared = (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin;
        if (meta || fromShared) {
          const threads = meta?.threads ?? prev.threads;
          const activeThreadId = meta && "activeThreadId" in meta ? (meta.activeThreadId ?? null) : prev.activeThreadId;
          return { threads, activeThreadId, decorations: decorate(next, threads, activeThreadId) };
        }
        return tr.docChanged ? { ...prev, decorations: prev.decorations.map(tr.mapping, tr.doc) } : prev;
      },
    },
    props: {
      decorations: (state) => commentHighlightsKey.getState(state)?.decorations,
      handleClick: (view, pos) => {
        const found = commentHighlightsKey.getState(view.state)?.decorations.find(pos, pos) ?? [];
        // The innermost range wins where threads overlap.
        const hit = found.filter((d) => d.from <= pos && pos <= d.to).sort((a, b) => a.to - a.from - (b.to - b.from))[0];
        if (hit) storage.onSelectThread?.((hit.spec as { threadId: string }).threadId);
        return false; // the click still places the caret
      },
    },
  });
}

export const CommentHighlights = Extension.create<Record<string, never>, CommentHighlightsStorage>({
  name: "commentHighlights",

  addStorage() {
    return { onSelectThread: null, startComment: null };
  },

  addProseMirrorPlugins() {
    return [commentHighlightsPlugin(this.storage)];
  },
});
