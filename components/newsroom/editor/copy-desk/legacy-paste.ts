// Text in the old Vietnamese encodings (TCVN3/ABC from .VnTime fonts, VNI
// from VNI-Times), as old Word documents put it on the clipboard, becomes
// Unicode as it is pasted into the body (lib/vietnamese/legacy-encodings.ts
// tells and converts; this file only applies it):
// - the paste goes in exactly as pasted (the other paste machinery sees the
//   usual paste), then, right after, a second change converts its letters.
//   Two changes on purpose: the collaboration undo keeps them apart, so
//   Ctrl+Z takes back the conversion alone and leaves the text as pasted;
// - a notice (legacy-notice.tsx) says so, with an Undo that puts back what
//   was pasted in the converted places, even after more typing elsewhere;
// - commands convert the selection from TCVN3 or VNI for text that slipped
//   through (copy-tools.tsx; Mod-Alt-U tells the encoding by itself).
// Converted places are numbers mapped through this editor's own changes and
// Yjs relative positions for the others' (y-tiptap replaces the whole
// document on a remote change, which no mapping survives), as pasted images'
// places are (paste/pasted-images.ts).
import { Extension, type Editor } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, yUndoPluginKey } from "@tiptap/y-tiptap";
import type * as Y from "yjs";
import { detectLegacyEncoding, fromLegacy, type LegacyEncoding } from "@/lib/vietnamese/legacy-encodings";
import { bindingOf, isRemoteChange } from "@/components/newsroom/editor/paste/pasted-images";
import { applyPieces, changedRange, holds, textPieces, type TextPiece } from "@/components/newsroom/editor/copy-desk/text-pieces";

/** A converted place: `after` (the Unicode text) stands at `pos`; `before` is what was pasted. */
type Converted = TextPiece;

export type LegacyNotice = {
  id: number;
  encoding: LegacyEncoding;
  places: readonly Converted[];
  /** Some converted place still holds its converted text: Undo can put the pasted text back. */
  undoable: boolean;
  /** Every place holds what was pasted again (Undo, or Ctrl+Z). */
  restored: boolean;
};

/** What the last "convert the selection" did. */
export type SelectionOutcome = { id: number; kind: "converted" | "empty" | "unknown" | "unchanged"; encoding: LegacyEncoding | null };

export type LegacyState = { notice: LegacyNotice | null; outcome: SelectionOutcome | null };

type LegacyMeta = { notice?: LegacyNotice | null; outcome?: SelectionOutcome; restore?: true };

export const legacyPasteKey = new PluginKey<LegacyState>("legacyPaste");

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    legacyPaste: {
      /** Converts the body's selection from `encoding` (told from the text when left out). */
      convertSelectionFromLegacy: (encoding?: LegacyEncoding) => ReturnType;
      /** Puts the pasted text back where the last legacy paste was converted. */
      undoLegacyPaste: () => ReturnType;
      dismissLegacyNotice: () => ReturnType;
    };
  }
}

let ids = 0;

/** The legacy state of an editor (for the notice and the tools). */
export const legacyStateOf = (state: EditorState): LegacyState => legacyPasteKey.getState(state) ?? { notice: null, outcome: null };

/** The notice's flags for `places` in `doc`. */
function judged(notice: LegacyNotice, doc: EditorState["doc"]): LegacyNotice {
  const undoable = notice.places.some((p) => holds(doc, p.pos, p.after));
  const restored = !undoable && notice.places.every((p) => holds(doc, p.pos, p.before));
  return undoable === notice.undoable && restored === notice.restored ? notice : { ...notice, undoable, restored };
}

function legacyPlugin(): Plugin<LegacyState> {
  // The paste being handled: its encoding, and its transactions (collected
  // by appendTransaction) until it is converted.
  let pending: { encoding: LegacyEncoding; transactions: Transaction[] } | null = null;
  let anchors: Y.RelativePosition[] = [];

  const placeAfterRemote = (state: EditorState, place: Converted, index: number): number => {
    const binding = bindingOf(state);
    const anchor = anchors[index];
    const pos = binding && anchor ? relativePositionToAbsolutePosition(binding.doc, binding.type, anchor, binding.mapping as never) : null;
    return pos ?? place.pos;
  };

  const convertPaste = (view: EditorView) => {
    const paste = pending;
    pending = null;
    if (!paste || view.isDestroyed) return;
    const range = changedRange(paste.transactions);
    if (!range) return;
    const pieces = textPieces(view.state.doc, (text) => fromLegacy(text, paste.encoding), range.from, range.to);
    if (!pieces.length) return;
    // Its own undo step: the paste went into the shared document's history a
    // moment ago, and would otherwise merge with this (Yjs groups changes
    // made within half a second).
    yUndoPluginKey.getState(view.state)?.undoManager?.stopCapturing();
    const tr = view.state.tr;
    const starts = applyPieces(tr, pieces);
    const places = pieces.map((p, i) => ({ pos: starts[i], before: p.before, after: p.after }));
    const notice: LegacyNotice = { id: ++ids, encoding: paste.encoding, places, undoable: true, restored: false };
    view.dispatch(tr.setMeta(legacyPasteKey, { notice } satisfies LegacyMeta));
    yUndoPluginKey.getState(view.state)?.undoManager?.stopCapturing();
  };

  return new Plugin<LegacyState>({
    key: legacyPasteKey,
    state: {
      init: () => ({ notice: null, outcome: null }),
      apply: (tr, prev, _old, next) => {
        const meta = tr.getMeta(legacyPasteKey) as LegacyMeta | undefined;
        let { notice } = prev;
        if (notice && tr.docChanged && !meta?.notice) {
          const remote = isRemoteChange(tr);
          const places = notice.places.map((p, i) => ({ ...p, pos: remote ? placeAfterRemote(next, p, i) : tr.mapping.map(p.pos, 1) }));
          notice = judged({ ...notice, places }, next.doc);
        }
        if (meta?.notice !== undefined) notice = meta.notice;
        const outcome = meta?.outcome ?? prev.outcome;
        return notice === prev.notice && outcome === prev.outcome ? prev : { notice, outcome };
      },
    },
    props: {
      handleDOMEvents: {
        // Before ProseMirror's own paste handling, which reads the same data.
        paste: (view, event) => {
          if (!view.editable || !event.clipboardData) return false;
          const data = event.clipboardData;
          const plain = data.getData("text/plain") || new DOMParser().parseFromString(data.getData("text/html"), "text/html").body.textContent || "";
          const encoding = plain ? detectLegacyEncoding(plain) : null;
          if (!encoding) return false;
          pending = { encoding, transactions: [] };
          // After the paste's transactions, once they are in the shared document.
          queueMicrotask(() => convertPaste(view));
          return false;
        },
      },
    },
    appendTransaction: (transactions) => {
      if (pending) pending.transactions.push(...transactions.filter((tr) => tr.docChanged && !isRemoteChange(tr)));
      return null;
    },
    view: () => ({
      update: (view, prevState) => {
        const notice = legacyStateOf(view.state).notice;
        const binding = notice && view.state.doc !== prevState.doc ? bindingOf(view.state) : null;
        if (notice && binding) anchors = notice.places.map((p) => absolutePositionToRelativePosition(p.pos, binding.type, binding.mapping as never));
      },
    }),
  });
}

/** The text of the selection's ranges converted; what happened, for the tools' message. */
function convertSelection(state: EditorState, tr: Transaction, encoding: LegacyEncoding | undefined): Omit<SelectionOutcome, "id"> {
  const ranges = state.selection.ranges.filter((r) => r.$to.pos > r.$from.pos);
  if (!ranges.length) return { kind: "empty", encoding: encoding ?? null };
  const told = encoding ?? detectLegacyEncoding(ranges.map((r) => state.doc.textBetween(r.$from.pos, r.$to.pos, "\n")).join("\n"));
  if (!told) return { kind: "unknown", encoding: null };
  const pieces = ranges.flatMap((r) => textPieces(state.doc, (text) => fromLegacy(text, told), r.$from.pos, r.$to.pos));
  if (!pieces.length) return { kind: "unchanged", encoding: told };
  applyPieces(tr, pieces);
  return { kind: "converted", encoding: told };
}

export const LegacyPaste = Extension.create({
  name: "legacyPaste",

  addProseMirrorPlugins() {
    return [legacyPlugin()];
  },

  addCommands() {
    return {
      convertSelectionFromLegacy:
        (encoding) =>
        ({ editor, state, tr, dispatch }) => {
          if (!editor.isEditable) return false;
          const outcome = convertSelection(state, tr, encoding);
          // The outcome is recorded even when nothing changed: the tools say why.
          if (dispatch) tr.setMeta(legacyPasteKey, { outcome: { id: ++ids, ...outcome } } satisfies LegacyMeta);
          return outcome.kind === "converted";
        },
      undoLegacyPaste:
        () =>
        ({ state, tr, dispatch }) => {
          const notice = legacyStateOf(state).notice;
          const live = notice?.places.filter((p) => holds(state.doc, p.pos, p.after)) ?? [];
          if (!notice || !live.length) return false;
          if (dispatch) {
            const starts = applyPieces(
              tr,
              live.map((p) => ({ pos: p.pos, before: p.after, after: p.before })),
            );
            const places = notice.places.map((p) => {
              const i = live.indexOf(p);
              return { ...p, pos: i >= 0 ? starts[i] : tr.mapping.map(p.pos, 1) };
            });
            tr.setMeta(legacyPasteKey, { notice: { ...notice, places, undoable: false, restored: true } } satisfies LegacyMeta);
          }
          return true;
        },
      dismissLegacyNotice:
        () =>
        ({ state, tr, dispatch }) => {
          if (!legacyStateOf(state).notice) return false;
          if (dispatch) tr.setMeta(legacyPasteKey, { notice: null } satisfies LegacyMeta);
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    // The outcome shows in the tools beside the editor (copy-tools.tsx).
    return { "Mod-Alt-u": () => (this.editor as Editor).commands.convertSelectionFromLegacy() || true };
  },
});
