// An article's shared (Yjs) document in the database (ArticleDocument): the
// merged state of everyone's edits, and who contributed since the last
// revision. Every writer of an article's editor fields goes through here, the
// collaboration server (store.ts) as well as the JSON save API and restoring
// a revision (lib/articles/editing.ts), so the document and the columns
// derived from it never tell two stories.
//
// Writers hold the article's "shared-document" lock (lib/db/concurrency.ts)
// for the whole read-merge-write: two writers of one article run one after
// the other, and neither overwrites the other's state.
//
// A document is built from the article's fields the first time anyone needs
// it and written at once: a second builder (another instance, a race) would
// make a rival history whose merge duplicates the text, so the row's primary
// key lets exactly one of them in (the other's transaction is retried by
// withRetry and reads the winner's state).
import * as Y from "yjs";
import type { Tx } from "@/lib/db/client";
import { holdLock } from "@/lib/db/concurrency";
import type { EditorFields } from "@/lib/articles/editor-state";
import { newDocument } from "@/lib/collab/doc-fields";

export type SharedState = { doc: Y.Doc; contributors: string[] };

/** Takes the article's shared-document lock until the caller's transaction ends. */
export function lockSharedDocument(tx: Tx, articleId: string): Promise<void> {
  return holdLock(tx, "shared-document", articleId);
}

/** The stored state as a document, or null if the article has none yet. */
export async function readSharedState(tx: Tx, articleId: string): Promise<SharedState | null> {
  const row = await tx.articleDocument.findUnique({ where: { articleId }, select: { state: true, contributors: true } });
  if (!row) return null;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(row.state));
  return { doc, contributors: parseIds(row.contributors) };
}

/**
 * The article's document: the stored one, or (first use) one built from
 * `fields`, its working state, and stored now. Call under the lock.
 */
export async function loadSharedState(tx: Tx, articleId: string, fields: EditorFields): Promise<SharedState> {
  const stored = await readSharedState(tx, articleId);
  if (stored) return stored;
  const doc = newDocument(fields);
  await tx.articleDocument.create({ data: { articleId, state: Buffer.from(Y.encodeStateAsUpdate(doc)) } });
  return { doc, contributors: [] };
}

/** Writes the document's whole state and the contributors not yet in a revision. Call under the lock. */
export async function writeSharedState(tx: Tx, articleId: string, doc: Y.Doc, contributors: string[]): Promise<void> {
  const state = Buffer.from(Y.encodeStateAsUpdate(doc));
  const list = JSON.stringify([...new Set(contributors)]);
  await tx.articleDocument.upsert({
    where: { articleId },
    create: { articleId, state, contributors: list },
    update: { state, contributors: list },
  });
}

function parseIds(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}
