// The heart of suggesting mode: a writer's transaction turned into the same
// change proposed (inserted text marked as an insertion, removed text kept and
// marked as a deletion), by @handlewithcare/prosemirror-suggest-changes, with
// two adjustments for co-editing. The shared Yjs document (y-tiptap) keeps
// marks on text only, not on whole blocks, so:
// - a change of a block's type or attributes (paragraph to subheading), which
//   the library records as a block-level "modification", is proposed as the
//   old block deleted and the new one inserted;
// - whole blocks the library marks as inserted or deleted have their text
//   marked instead (an empty one gets an anchor, a zero-width space).
// A change that still cannot be held by text marks (an image or a divider
// inserted, deleted or edited) is refused rather than made directly.
// Changes that are not the writer's own pass through untouched: remote
// changes and the sync plugin's own (ySyncPluginKey, addToHistory false),
// undo/redo, and accepting or rejecting suggestions.
import { Fragment, Slice, type Mark, type Node as PMNode } from "@tiptap/pm/model";
import type { EditorState, Transaction } from "@tiptap/pm/state";
import { AddNodeMarkStep, AttrStep, RemoveNodeMarkStep, ReplaceAroundStep, ReplaceStep, type Step } from "@tiptap/pm/transform";
import { ySyncPluginKey } from "@tiptap/y-tiptap";
import { suggestChangesKey, transformToSuggestionTransaction } from "@handlewithcare/prosemirror-suggest-changes";
import { ANCHOR, newSuggestionId, suggestionAuthor } from "@/lib/content/suggestions";

/** Whether `tr` is to be passed on as it is, suggesting or not. */
export function passesThrough(tr: Transaction): boolean {
  if (!tr.docChanged) return true;
  if (tr.getMeta(ySyncPluginKey) !== undefined || tr.getMeta("addToHistory") === false) return true;
  // prosemirror-history's and prosemirror-collab's keys, as the library checks them.
  if (tr.getMeta("history$") !== undefined || tr.getMeta("collab$") !== undefined) return true;
  const own = tr.getMeta(suggestChangesKey) as { skip?: boolean } | undefined;
  return Boolean(own && "skip" in own);
}

/** A setNodeMarkup (new type, attributes or node marks for one node, same content). */
function isMarkupStep(step: Step): step is ReplaceAroundStep {
  if (!(step instanceof ReplaceAroundStep)) return false;
  // `structure` is set by setNodeMarkup but missing from the typings.
  const structure = (step as unknown as { structure: boolean }).structure;
  return step.insert === 1 && step.slice.size === 2 && step.gapFrom === step.from + 1 && step.gapTo === step.to - 1 && structure;
}

const changesOneNode = (step: Step) =>
  step instanceof AttrStep || step instanceof AddNodeMarkStep || step instanceof RemoveNodeMarkStep || isMarkupStep(step);

/**
 * A step changing one node, as a step replacing that node by its changed
 * copy. The copy has the same size, so the transaction's later steps still
 * apply where they did.
 */
function asReplace(step: Step, doc: PMNode): Step {
  const pos = step instanceof ReplaceAroundStep ? step.from : (step as AttrStep | AddNodeMarkStep | RemoveNodeMarkStep).pos;
  const result = step.apply(doc);
  const before = doc.nodeAt(pos);
  const after = result.doc?.nodeAt(pos);
  if (!before || !after) return step;
  return new ReplaceStep(pos, pos + before.nodeSize, new Slice(Fragment.from(after), 0, 0));
}

/** `tr` with its one-node changes made replacements (see the header), or `tr` itself when it has none. */
function markupAsReplace(tr: Transaction, state: EditorState): Transaction {
  if (!tr.steps.some(changesOneNode)) return tr;
  const rebuilt = state.tr;
  tr.steps.forEach((step, i) => rebuilt.step(changesOneNode(step) ? asReplace(step, tr.docs[i]) : step));
  if (tr.selectionSet) rebuilt.setSelection(tr.selection.map(rebuilt.doc, rebuilt.mapping.slice(rebuilt.steps.length)));
  if (tr.storedMarksSet) rebuilt.setStoredMarks(tr.storedMarks);
  if (tr.scrolledIntoView) rebuilt.scrollIntoView();
  // The metadata (the transaction's origin, its place in the undo history) stays the original's.
  (rebuilt as unknown as { meta: unknown }).meta = (tr as unknown as { meta: unknown }).meta;
  return rebuilt;
}

/**
 * Replaces the insertion and deletion marks the library put on whole blocks
 * by the same marks on their text. False when a block holds something that
 * is not text (an image, a divider), which text marks cannot cover.
 */
function blockMarksToText(tr: Transaction): boolean {
  const { insertion, deletion } = tr.doc.type.schema.marks;
  const marked: { pos: number; mark: Mark }[] = [];
  tr.doc.descendants((node, pos) => {
    if (node.isInline) return false;
    for (const mark of node.marks) if (mark.type === insertion || mark.type === deletion) marked.push({ pos, mark });
    return true;
  });
  // Last first: what is added inside a block moves only what follows it.
  for (const { pos, mark } of marked.reverse()) {
    if (!tr.doc.nodeAt(pos)) return false;
    tr.removeNodeMark(pos, mark);
    // An inserted copy of a block (its type changed) does not propose again
    // what the original proposed deleting.
    if (mark.type === insertion) {
      const deleted: [number, number][] = [];
      tr.doc.nodeAt(pos)!.descendants((child, offset) => {
        if (child.isInline && deletion.isInSet(child.marks)) deleted.push([pos + 1 + offset, pos + 1 + offset + child.nodeSize]);
      });
      for (const [from, to] of deleted.reverse()) tr.delete(from, to);
    }
    const node = tr.doc.nodeAt(pos)!;
    const blocks: number[] = [];
    let other = node.isAtom;
    if (node.isTextblock) blocks.push(pos);
    else {
      node.descendants((child, offset) => {
        if (child.isTextblock) blocks.push(pos + 1 + offset);
        else if (child.isAtom) other = true;
        return !child.isTextblock;
      });
    }
    if (other) return false;
    for (const block of blocks.reverse()) {
      const size = tr.doc.nodeAt(block)!.content.size;
      if (size === 0) tr.insert(block + 1, tr.doc.type.schema.text(ANCHOR, [mark]));
      else tr.addMark(block + 1, block + 1 + size, mark);
    }
  }
  return true;
}

/**
 * Who suggested what stays true. The library gives new text the id of a
 * suggestion it touches (so typing on extends one's own insertion) and
 * re-ids a suggestion that directly follows a new deletion; between two
 * people that would credit one with the other's words. So text marked
 * before keeps another person's id, and text this transaction marked under
 * another person's id gets the writer's own.
 */
function keepAuthors(tracked: Transaction, before: PMNode, userId: string, newId: () => string) {
  const { insertion, deletion } = before.type.schema.marks;
  const isSuggestion = (m: Mark) => m.type === insertion || m.type === deletion;
  const mine = (id: unknown) => suggestionAuthor(id)?.userId === userId;
  let others = false;
  before.descendants((node) => {
    others ||= node.marks.some((m) => isSuggestion(m) && !mine(m.attrs.id));
    return !others;
  });
  if (!others) return;
  const back = tracked.mapping.invert();
  let own: string | undefined;
  const fixes: { from: number; to: number; mark: Mark; id: unknown }[] = [];
  tracked.doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const mark of node.marks.filter(isSuggestion)) {
      for (let p = pos; p < pos + node.nodeSize; p++) {
        const origin = back.mapResult(p, 1);
        const old = origin.deleted ? undefined : before.nodeAt(origin.pos)?.marks.find((m) => m.type === mark.type);
        const id = old ? (mine(old.attrs.id) ? mark.attrs.id : old.attrs.id) : mine(mark.attrs.id) ? mark.attrs.id : (own ??= newId());
        if (id === mark.attrs.id) continue;
        const last = fixes[fixes.length - 1];
        if (last && last.to === p && last.id === id && last.mark === mark) last.to++;
        else fixes.push({ from: p, to: p + 1, mark, id });
      }
    }
    return false;
  });
  for (const { from, to, mark, id } of fixes) {
    tracked.removeMark(from, to, mark);
    tracked.addMark(from, to, mark.type.create({ id }));
  }
}

/** Suggestion marks the shared document cannot hold: on blocks and other non-text nodes, and modifications. */
function untextual(doc: PMNode): number {
  const { insertion, deletion, modification } = doc.type.schema.marks;
  let count = 0;
  doc.descendants((node) => {
    for (const mark of node.marks) {
      if (mark.type === modification || (!node.isText && (mark.type === insertion || mark.type === deletion))) count++;
    }
  });
  return count;
}

/**
 * `tr` (made on `state`) as a suggestion by `userId`, its marks' ids made by
 * `newId` (newSuggestionId by default); null when the change cannot be
 * proposed as text suggestions (see the header). For transactions that do
 * not pass through (passesThrough).
 */
export function suggestTransaction(
  tr: Transaction,
  state: EditorState,
  userId: string,
  newId: () => string = () => newSuggestionId(userId),
): Transaction | null {
  try {
    const tracked = transformToSuggestionTransaction(markupAsReplace(tr, state), state, () => newId());
    if (!blockMarksToText(tracked)) return null;
    if (untextual(tracked.doc) > untextual(state.doc)) return null;
    keepAuthors(tracked, state.doc, userId, newId);
    return tracked;
  } catch (e) {
    // A shape the library cannot track: refused, never made untracked.
    console.error("Suggesting mode could not track a change:", e);
    return null;
  }
}
