// What the co-editing checks' unit tests share: a server document with a
// client synced to it, and the one update a client sends for an edit.
import * as Y from "yjs";
import type { EditorFields } from "@/lib/articles/editor-state";
import { newDocument } from "@/lib/collab/doc-fields";

/** The server's live document made from `fields`, and a client synced with it. */
export function syncedPair(fields: EditorFields): { server: Y.Doc; client: Y.Doc } {
  const server = newDocument(fields);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client };
}

/** The update a client sends for `edit` (all its update events, merged). */
export function updateOf(client: Y.Doc, edit: (d: Y.Doc) => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const collect = (u: Uint8Array) => updates.push(u);
  client.on("update", collect);
  edit(client);
  client.off("update", collect);
  return Y.mergeUpdates(updates);
}
