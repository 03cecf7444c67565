// Storing an open shared document (lib/collab/server.ts calls this, debounced
// while people type, and at once when someone asks to flush before a
// workflow step). The server is the authority: what it stores is converted to
// editor fields and checked with the same rules as every other save
// (articleFieldsSchema, and validateBody/prepareBody through the field
// writers) before the article's columns change.
// - Changes made in the database meanwhile (the JSON save API, a restored
//   revision, another instance) are merged into the open document first:
//   Yjs merges are lossless, so nobody's typing is overwritten.
// - Fields that fail the rules (a title too long, a byline left empty) are
//   not written to the article; the document itself is still stored, so no
//   one's words are lost, and the people editing are told what to fix.
import * as Y from "yjs";
import type { Db, Tx } from "@/lib/db/client";
import { withRetry } from "@/lib/db/concurrency";
import { UserError } from "@/lib/errors/user-error";
import { articleFieldsSchema } from "@/lib/articles/fields-schema";
import { loadRow, type Loaded } from "@/lib/articles/article-state";
import { slugFollowsTitle } from "@/lib/articles/slugs";
import type { EditorFields } from "@/lib/articles/editor-state";
import { workingFields, writeWorkingState } from "@/lib/articles/editing";
import { revisionReason } from "@/lib/articles/revision-reasons";
import { fieldsOf } from "@/lib/collab/doc-fields";
import { EMPTY_DOC, type JsonNode } from "@/lib/content/body";
import { openSuggestions } from "@/lib/content/suggestions";
import { loadSharedState, lockSharedDocument, readSharedState, writeSharedState } from "@/lib/collab/shared-state";

/** Marks merges from the database, so the server does not count them as anyone's edit. */
export const FROM_DATABASE = "database";

export type StoreOutcome =
  | { kind: "stored"; version: number; updatedAt: string; slug: string; pending: boolean; changed: boolean; suggestionIds: string[] }
  /** The document was kept, the article's fields were not: `error` says why. */
  | { kind: "invalid"; error: unknown; fieldErrors: Record<string, string[]> }
  | { kind: "gone" };

/** The fields a new document starts from: the working state, with a slug that follows the title left empty (as the editor shows it). */
function documentFields(row: Loaded): EditorFields {
  const fields = workingFields(row);
  return slugFollowsTitle({ slug: fields.slug, title: fields.title, publishedAt: row.publishedAt }) ? { ...fields, slug: "" } : fields;
}

/** The stored state of an article's document (built from its fields on first use), for the server to open. */
export async function loadDocumentState(db: Db, articleId: string): Promise<Uint8Array | null> {
  return withRetry(db, async (tx) => {
    await lockSharedDocument(tx, articleId);
    const row = await loadRow(tx, articleId);
    if (!row) return null;
    const shared = await loadSharedState(tx, articleId, documentFields(row));
    return Y.encodeStateAsUpdate(shared.doc);
  });
}

/** Merges the stored state into `doc` (changes written by others since it was opened). */
export async function mergeStoredState(db: Tx, articleId: string, doc: Y.Doc): Promise<void> {
  const stored = await readSharedState(db, articleId);
  if (stored) Y.applyUpdate(doc, Y.encodeStateAsUpdate(stored.doc, Y.encodeStateVector(doc)), FROM_DATABASE);
}

/**
 * Stores `doc` as the article's document and its fields as the article's
 * working state. `contributors`: who changed it since the last store;
 * `authorId`, the one a revision made now is credited to.
 */
export async function storeDocument(db: Db, articleId: string, doc: Y.Doc, contributors: string[], authorId: string | null): Promise<StoreOutcome> {
  return withRetry(db, async (tx): Promise<StoreOutcome> => {
    await lockSharedDocument(tx, articleId);
    const row = await loadRow(tx, articleId);
    if (!row) return { kind: "gone" };
    const current = workingFields(row);
    await mergeStoredState(tx, articleId, doc);
    const stored = await readSharedState(tx, articleId);
    const everyone = [...(stored?.contributors ?? []), ...contributors];
    const fields = fieldsOf(doc, current);
    const parsed = articleFieldsSchema.safeParse(fields);
    if (!parsed.success) {
      await writeSharedState(tx, articleId, doc, everyone);
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "_"] ??= []).push(issue.message);
      return { kind: "invalid", error: new UserError("errors.fieldsNeedAttention"), fieldErrors };
    }
    // The schema's body: composed (NFC) like every saved text.
    const next: EditorFields = { ...parsed.data, language: parsed.data.language ?? null, body: parsed.data.body as EditorFields["body"] };
    // Unchanged, whether the slug is shown as typed or (following the title) empty.
    if (sameFields(next, current) || sameFields(next, documentFields(row))) {
      await writeSharedState(tx, articleId, doc, everyone);
      return {
        kind: "stored",
        version: row.version,
        updatedAt: row.updatedAt.toISOString(),
        slug: row.slug,
        pending: Boolean(row.pendingJson),
        changed: false,
        suggestionIds: suggestionIds(next.body),
      };
    }
    try {
      const written = await writeWorkingState(tx, row, next, { authorId, reason: revisionReason("edited"), forceRevision: false, contributors: everyone });
      await writeSharedState(tx, articleId, doc, written.revised ? [] : everyone);
      return { ...written, kind: "stored", pending: row.status === "PUBLISHED", changed: true, suggestionIds: suggestionIds(next.body) };
    } catch (error) {
      // A refusal of the rules (a body the schema refuses, a section deleted
      // meanwhile): keep the document, report the refusal. Lost races and
      // real failures go on to withRetry.
      if (error instanceof UserError || (error instanceof Error && error.name === "BodyError")) {
        await writeSharedState(tx, articleId, doc, everyone);
        return { kind: "invalid", error, fieldErrors: {} };
      }
      throw error;
    }
  });
}

function suggestionIds(body: JsonNode): string[] {
  return openSuggestions(body).map((s) => s.id);
}

/** The open suggestions of a document's body (to tell new ones from those already there). */
export function suggestionIdsOf(doc: Y.Doc): string[] {
  return suggestionIds(fieldsOf(doc, NO_FIELDS).body);
}

const NO_FIELDS: EditorFields = { title: "", lead: "", sectionId: "", slug: "", tags: [], authors: [], coverMediaId: null, seoTitle: "", seoDescription: "", language: null, body: EMPTY_DOC };

function sameFields(a: EditorFields, b: EditorFields): boolean {
  return stable(a) === stable(b);
}

/** JSON with object keys in order, so equal values compare equal whatever built them. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y))) : v,
  );
}
