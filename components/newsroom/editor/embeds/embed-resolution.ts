// Putting an embed into the body and resolving it: the node goes in at once
// as "pending" (its canonical link, recognised here with the same provider
// list the server uses), the server action resolves it
// (lib/actions/embeds/resolve-embed.ts), and the answer is written into
// every pending embed of that link through a ProseMirror transaction, so
// co-editors see it like any other change. What this browser is waiting for,
// and why a link failed, are kept here only for the node view's wording:
// the document holds the status itself.
import type { Editor } from "@tiptap/core";
import { resolveEmbedAction } from "@/lib/actions/embeds/resolve-embed";
import { matchEmbedUrl, type EmbedMatch } from "@/lib/embeds/providers";
import { insertFigureTransaction } from "@/components/newsroom/editor/figure-insert";

const inFlight = new Set<string>();
/** Why a link failed in this browser: a catalogue key under editor.embed.failures, or a message already worded. */
const failures = new Map<string, { key?: string; message?: string }>();
const listeners = new Set<() => void>();

const changed = () => listeners.forEach((l) => l());

/** Calls `listener` whenever what this browser waits for changes; returns the unsubscribe. */
export function onResolutionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export const isResolving = (url: string) => inFlight.has(url);
export const failureOf = (url: string) => failures.get(url);

/** The attributes the answer sets (the reason is not an attribute). */
const NODE_KEYS = ["url", "provider", "status", "title", "author", "thumbnailId", "thumbnailSrc", "width", "height"] as const;

/** Writes `attrs` into every embed of `url` that is still pending (or, with `from`, in that status). */
function settle(editor: Editor, url: string, attrs: Record<string, unknown>, from = "pending"): void {
  if (editor.isDestroyed) return;
  const { state } = editor;
  const tr = state.tr;
  state.doc.descendants((node, pos) => {
    if (node.type.name !== "embed") return true;
    if (node.attrs.url === url && node.attrs.status === from) tr.setNodeMarkup(pos, undefined, { ...node.attrs, ...attrs });
    return false;
  });
  if (tr.docChanged) editor.view.dispatch(tr);
}

/** Asks the server about `match` and writes its answer into the pending embeds of that link. */
async function resolve(editor: Editor, match: EmbedMatch): Promise<void> {
  inFlight.add(match.url);
  failures.delete(match.url);
  changed();
  try {
    const result = await resolveEmbedAction({ url: match.url });
    if (result.ok) {
      const { reason, ...embed } = result.embed;
      if (reason) failures.set(match.url, { key: reason });
      settle(editor, match.url, Object.fromEntries(NODE_KEYS.map((k) => [k, embed[k]])));
    } else {
      failures.set(match.url, { message: result.error });
      settle(editor, match.url, { status: "failed" });
    }
  } catch {
    failures.set(match.url, { key: "unreachable" });
    settle(editor, match.url, { status: "failed" });
  } finally {
    inFlight.delete(match.url);
    changed();
  }
}

/** Inserts an embed of `url` at the caret's block and resolves it; false when no provider takes the link. */
export function insertEmbed(editor: Editor, url: string): boolean {
  const match = matchEmbedUrl(url);
  if (!match || editor.isDestroyed) return false;
  const { state, view } = editor;
  inFlight.add(match.url);
  const node = state.schema.nodes.embed.create({ url: match.url, provider: match.provider, status: "pending", title: match.title });
  view.dispatch(insertFigureTransaction(state, node));
  view.focus();
  void resolve(editor, match);
  return true;
}

/** "Try again": the failed (or stuck) embeds of `url` go back to pending and are resolved anew. */
export function retryEmbed(editor: Editor, url: string): void {
  const match = matchEmbedUrl(url);
  if (!match || inFlight.has(match.url)) return;
  inFlight.add(match.url);
  settle(editor, match.url, { status: "pending" }, "failed");
  void resolve(editor, match);
}
