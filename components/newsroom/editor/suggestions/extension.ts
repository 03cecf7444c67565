// The editor's suggesting mode as a Tiptap extension: while it is on, the
// writer's changes are proposed instead of made (transform.ts); commands
// switch it and accept or reject suggestions; each suggestion's text is
// tinted by author and titled with who and when. Whether it is on is this
// editor's own state (not shared): each person chooses, unless `locked`
// keeps someone who may only suggest in suggesting mode.
import { Extension } from "@tiptap/core";
import { EditorState, Plugin, PluginKey, TextSelection, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import type { Node as PMNode } from "@tiptap/pm/model";
import { isSuggestChangesEnabled, suggestChanges, suggestChangesKey } from "@handlewithcare/prosemirror-suggest-changes";
import { isSuggestionMarkName, resolveSuggestions, suggestionAuthor, type Resolution, type SuggestionKind } from "@/lib/content/suggestions";
import { passesThrough, suggestTransaction } from "@/components/newsroom/editor/suggestions/transform";

export type SuggestionModeOptions = {
  /** The writer: new suggestions are theirs (newSuggestionId). */
  userId: string;
  /** Start in suggesting mode. */
  suggesting: boolean;
  /** Stay in suggesting mode (someone who may suggest but not edit). */
  locked: boolean;
  /** May accept and reject anyone's suggestions (anyone may reject their own). */
  canResolve: boolean;
  /** The tooltip of a suggestion's text ("Suggested by … at …"); none without. */
  describe: ((s: { kind: SuggestionKind; userId: string | null; at: Date | null }) => string) | null;
  /** Called when a change cannot be proposed (an image or a divider) and was not made. */
  onRefused: (() => void) | null;
};

export type SuggestionModeStorage = { refusals: number };

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    suggestionMode: {
      /** Suggesting mode on or off (off is refused when locked). */
      setSuggesting: (on: boolean) => ReturnType;
      acceptSuggestion: (id: string | number) => ReturnType;
      rejectSuggestion: (id: string | number) => ReturnType;
      acceptAllSuggestions: () => ReturnType;
      rejectAllSuggestions: () => ReturnType;
      /** Selects (and scrolls to) a suggestion's text. */
      selectSuggestion: (id: string | number) => ReturnType;
    };
  }
  interface Storage {
    suggestionMode: SuggestionModeStorage;
  }
}

/** Whether the editor state is in suggesting mode. */
export const isSuggesting = (state: EditorState) => isSuggestChangesEnabled(state);

/** Tints per author (CSS: [data-suggestion-tint]). */
const TINTS = 6;
function tintOf(userId: string | null): number {
  let hash = 0;
  for (const c of userId ?? "") hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return hash % TINTS;
}

const authorKey = new PluginKey<DecorationSet>("suggestionAuthors");

function authorDecorations(doc: PMNode, describe: SuggestionModeOptions["describe"]): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    const mark = node.marks.find((m) => isSuggestionMarkName(m.type.name));
    if (!mark) return true;
    const author = suggestionAuthor(mark.attrs.id);
    const attrs: Record<string, string> = { "data-suggestion-tint": String(tintOf(author?.userId ?? null)) };
    const title = describe?.({ kind: mark.type.name as SuggestionKind, userId: author?.userId ?? null, at: author?.at ?? null });
    if (title) attrs.title = title;
    const to = pos + node.nodeSize;
    decorations.push(node.isInline ? Decoration.inline(pos, to, attrs) : Decoration.node(pos, to, attrs));
    return !node.isInline;
  });
  return DecorationSet.create(doc, decorations);
}

export const SuggestionMode = Extension.create<SuggestionModeOptions, SuggestionModeStorage>({
  name: "suggestionMode",

  addOptions() {
    return { userId: "", suggesting: false, locked: false, canResolve: false, describe: null, onRefused: null };
  },

  addStorage() {
    return { refusals: 0 };
  },

  addProseMirrorPlugins() {
    const { locked, describe } = this.options;
    // The library's plugin (whether suggesting is on, its pilcrows for
    // suggested paragraph breaks), starting as configured.
    const base = suggestChanges();
    const state = base.spec.state!;
    const mode = new Plugin({
      ...base.spec,
      state: {
        init: () => ({ enabled: this.options.suggesting || locked }),
        apply: (tr, value, old, next) => (locked ? { enabled: true } : state.apply(tr, value, old, next)),
      },
    });
    const authors = new Plugin<DecorationSet>({
      key: authorKey,
      state: {
        init: (_, { doc }) => authorDecorations(doc, describe),
        apply: (tr, set) => (tr.docChanged ? authorDecorations(tr.doc, describe) : set),
      },
      props: { decorations: (s) => authorKey.getState(s) },
    });
    return [mode, authors];
  },

  dispatchTransaction({ transaction, next }) {
    const state = this.editor.state;
    if (!isSuggestChangesEnabled(state) || passesThrough(transaction)) return next(transaction);
    const suggested = suggestTransaction(transaction, state, this.options.userId);
    if (suggested) return next(suggested);
    this.storage.refusals++;
    this.options.onRefused?.();
    // Nothing changes, but listeners (the mode switch's notice) hear of it.
    next(state.tr.setMeta(suggestChangesKey, { skip: true }));
  },

  addCommands() {
    const resolve =
      (how: Resolution, id?: string | number) =>
      ({ tr, dispatch }: { tr: Transaction; dispatch?: (tr: Transaction) => void }) => {
        const own = id !== undefined && suggestionAuthor(id)?.userId === this.options.userId;
        if (!this.options.canResolve && !(how === "reject" && own)) return false;
        const built = resolveSuggestions(EditorState.create({ doc: tr.doc }), how, id);
        if (!built) return false;
        if (dispatch) {
          built.steps.forEach((step) => tr.step(step));
          tr.setMeta(suggestChangesKey, { skip: true });
        }
        return true;
      };
    return {
      setSuggesting:
        (on) =>
        ({ tr, dispatch }) => {
          if (!on && this.options.locked) return false;
          if (dispatch) tr.setMeta(suggestChangesKey, { skip: true, enabled: on });
          return true;
        },
      acceptSuggestion: (id) => resolve("accept", id),
      rejectSuggestion: (id) => resolve("reject", id),
      acceptAllSuggestions: () => resolve("accept"),
      rejectAllSuggestions: () => resolve("reject"),
      selectSuggestion:
        (id) =>
        ({ tr, dispatch }) => {
          let from = -1;
          let to = -1;
          tr.doc.descendants((node, pos) => {
            if (!node.marks.some((m) => isSuggestionMarkName(m.type.name) && String(m.attrs.id) === String(id))) return true;
            if (from < 0) from = pos;
            to = pos + node.nodeSize;
            return false;
          });
          if (from < 0) return false;
          if (dispatch) tr.setSelection(TextSelection.between(tr.doc.resolve(from), tr.doc.resolve(to))).scrollIntoView();
          return true;
        },
    };
  },
});
