// Misspelt words in the body, underlined: a ProseMirror plugin holding a
// DecorationSet. After each change (debounced) the paragraphs not checked
// yet go to the spelling worker; ProseMirror keeps an unchanged paragraph
// the same node object, also when a co-editor's change arrives through the
// collaboration binding, so a paragraph's answer is kept per node and only
// edited paragraphs are sent. Between answers the underlines are mapped
// through every change. Also: right-click on an underlined word, or F7 (the
// next misspelling from the caret), opens the suggestions menu.
import { Extension } from "@tiptap/core";
import type { Node as PmNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, TextSelection, type EditorState } from "@tiptap/pm/state";
import { Decoration, DecorationSet, type EditorView } from "@tiptap/pm/view";
import type { SpellingController } from "@/components/newsroom/editor/spelling/controller";
import type { Misspelling } from "@/components/newsroom/editor/spelling/protocol";

/** Quiet time after a keystroke before the changed paragraph is checked. */
const DEBOUNCE_MS = 150;
/** Inline nodes (a line break) count as one position: one character keeps the offsets equal. */
const LEAF = "\uFFFC";

// Drawn inline: the decoration is the whole feature, with no global style sheet to keep in step.
const UNDERLINE = { class: "spelling-error", style: "text-decoration: underline wavy var(--accent, #c00); text-decoration-skip-ink: none; text-underline-offset: 3px" };

/** Each checked paragraph's misspellings (offsets in its text), by paragraph node. */
export type Results = WeakMap<PmNode, Misspelling[]>;
/** A transaction's news for the plugin: new answers, or no spelling at all. */
export type SpellingMeta = { results: Results } | { clear: true };
type Meta = SpellingMeta;
/** The underlines, and the answers they come from (kept to redraw them after any change). */
type State = { set: DecorationSet; results: Results };

export const spellingKey = new PluginKey<State>("spelling");

/** The underlines in `state`. */
export const misspellings = (state: EditorState): DecorationSet => spellingKey.getState(state)?.set ?? DecorationSet.empty;

const textOf = (node: PmNode) => node.textBetween(0, node.content.size, undefined, LEAF);

function textblocks(doc: PmNode, each: (node: PmNode, pos: number) => void) {
  doc.descendants((node, pos) => {
    if (node.isTextblock) {
      each(node, pos);
      return false;
    }
    return true;
  });
}

/** The underlines of `doc`: each paragraph's answer where it has one, else what was there, mapped. */
function decorate(doc: PmNode, results: Results, previous: DecorationSet): DecorationSet {
  const all: Decoration[] = [];
  textblocks(doc, (node, pos) => {
    const errors = results.get(node);
    if (!errors) {
      all.push(...previous.find(pos, pos + node.nodeSize));
      return;
    }
    for (const e of errors) all.push(Decoration.inline(pos + 1 + e.from, pos + 1 + e.to, { ...UNDERLINE, "data-spelling": e.word }, { word: e.word }));
  });
  return DecorationSet.create(doc, all);
}

/** The underlined word at `pos`, or after it (wrapping round to the start) when `next`. */
function findMisspelling(set: DecorationSet, pos: number, next: boolean): Decoration | null {
  const here = set.find(pos, pos).find((d) => d.from <= pos && pos <= d.to);
  if (here || !next) return here ?? null;
  const all = set.find().sort((a, b) => a.from - b.from);
  return all.find((d) => d.from > pos) ?? all[0] ?? null;
}

function openMenu(controller: SpellingController, view: EditorView, deco: Decoration, at?: { left: number; top: number }) {
  const word = String((deco.spec as { word: string }).word);
  const coords = at ?? (() => {
    const c = view.coordsAtPos(deco.from);
    return { left: c.left, top: c.bottom };
  })();
  controller.openMenu({
    word,
    range: { from: deco.from, to: deco.to },
    ...coords,
    replace: (text) => {
      // The word may have moved while the menu was open (a co-editor typing):
      // the same underline, found again near where it was.
      const now = misspellings(view.state)
        .find().filter((d) => (d.spec as { word: string }).word === word).sort((a, b) => Math.abs(a.from - deco.from) - Math.abs(b.from - deco.from))[0];
      if (!now || view.state.doc.textBetween(now.from, now.to) !== word) return;
      const tr = view.state.tr.insertText(text, now.from, now.to);
      // The caret after the correction, as if typed (not the corrected word selected).
      view.dispatch(tr.setSelection(TextSelection.create(tr.doc, now.from + text.length)).scrollIntoView());
    },
    restoreFocus: () => view.focus(),
  });
}

/** The plugin itself (the extension below adds it to the editor; the tests use it bare). */
export function spellingPlugin(controller: SpellingController): Plugin<State> {
  return new Plugin<State>({
    key: spellingKey,
    state: {
      init: () => ({ set: DecorationSet.empty, results: new WeakMap() }),
      apply: (tr, { set, results }) => {
        const meta = tr.getMeta(spellingKey) as Meta | undefined;
        if (meta && "clear" in meta) return { set: DecorationSet.empty, results: new WeakMap() };
        if (!meta && !tr.docChanged) return { set, results };
        const mapped = tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
        // Redrawn from the answers, not only mapped: a co-editor's change
        // comes from the collaboration binding as a replacement of the
        // whole document, which mapping would wipe out; its unchanged
        // paragraphs are the same nodes, whose answers are known.
        const now = meta?.results ?? results;
        return { set: decorate(tr.doc, now, mapped), results: now };
      },
    },
    props: {
      decorations: (state) => misspellings(state),
      handleKeyDown: (view, event) => {
        if (event.key !== "F7" || event.ctrlKey || event.metaKey || event.altKey || !view.editable) return false;
        const deco = findMisspelling(misspellings(view.state), view.state.selection.from, true);
        event.preventDefault();
        if (!deco) return true;
        view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, deco.from, deco.to)).scrollIntoView());
        openMenu(controller, view, deco);
        return true;
      },
      handleDOMEvents: {
        contextmenu: (view, event) => {
          if (!view.editable || !(event.target instanceof Element) || !event.target.closest(".spelling-error")) return false;
          const pos = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
          const deco = pos === undefined ? null : findMisspelling(misspellings(view.state), pos, false);
          if (!deco) return false;
          event.preventDefault();
          openMenu(controller, view, deco, { left: event.clientX, top: event.clientY });
          return true;
        },
      },
    },
    view: (editorView) => checkLoop(controller, editorView),
  });
}

export function spellingExtension(controller: SpellingController) {
  return Extension.create({
    name: "spelling",
    addProseMirrorPlugins() {
      return [spellingPlugin(controller)];
    },
  });
}

/** Sends the paragraphs without an answer to the worker, after changes and when the worker is ready. */
function checkLoop(controller: SpellingController, view: EditorView) {
  let results: Results = new WeakMap();
  let generation = -1;
  let client = controller.client;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;
  let destroyed = false;

  const run = async () => {
    const current = controller.client;
    if (destroyed) return;
    if (!current || current.status !== "ready") {
      // No spelling for this language (or not yet): no underlines from before either.
      if (misspellings(view.state).find().length) view.dispatch(view.state.tr.setMeta(spellingKey, { clear: true } satisfies Meta).setMeta("addToHistory", false));
      return;
    }
    if (running) {
      again = true;
      return;
    }
    if (current !== client || current.generation !== generation) {
      // A new worker or newly accepted words: every paragraph again.
      results = new WeakMap();
      client = current;
      generation = current.generation;
    }
    const pending: PmNode[] = [];
    textblocks(view.state.doc, (node) => {
      if (!results.has(node)) pending.push(node);
    });
    if (!pending.length) {
      // Everything known already (words accepted before the paragraphs changed, say): draw it.
      if (spellingKey.getState(view.state)?.results !== results) view.dispatch(view.state.tr.setMeta(spellingKey, { results } satisfies Meta).setMeta("addToHistory", false));
      return;
    }
    running = true;
    const asked = results;
    const answer = await current.check(pending.map((node, key) => ({ key, text: textOf(node) })));
    running = false;
    if (destroyed) return;
    if (asked === results) {
      for (const { key, errors } of answer) results.set(pending[key], errors);
      view.dispatch(view.state.tr.setMeta(spellingKey, { results } satisfies Meta).setMeta("addToHistory", false));
    }
    if (again || asked !== results) {
      again = false;
      schedule(0);
    }
  };
  const schedule = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), delay);
  };
  const off = controller.subscribe(() => {
    const now = controller.client;
    if (now !== client || now?.generation !== generation || now?.status !== "ready") schedule(0);
  });
  schedule(0);

  return {
    update(next: EditorView, prev: { doc: PmNode }) {
      if (next.state.doc !== prev.doc) schedule(DEBOUNCE_MS);
    },
    destroy() {
      destroyed = true;
      clearTimeout(timer);
      off();
    },
  };
}
