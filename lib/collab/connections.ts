// The collaboration server's open connections and what it knows of each:
// whose session, which article, whether they may edit. The sweep re-checks
// them every few seconds against the database, so a disabled user, a role
// change or a sign-out closes their connections within seconds, and a story
// moving to review turns its reporter's editor read-only live.
import type { Connection, Document } from "@hocuspocus/server";
import type { Tx } from "@/lib/db/client";
import { canEditArticle } from "@/lib/articles/access";
import { recheckSessions, type LiveSession } from "@/lib/collab/session";
import { REFUSALS, type Refusal } from "@/lib/collab/refusals";

export type ConnectionContext = {
  session: LiveSession;
  articleId: string;
  /** The newsroom language of the person, for messages sent to them. */
  locale: string;
};

type Entry = { connection: Connection; context: ConnectionContext; document: Document };

export class ConnectionRegistry {
  private entries = new Set<Entry>();

  add(connection: Connection, document: Document, context: ConnectionContext) {
    this.entries.add({ connection, context, document });
  }

  remove(context: unknown) {
    for (const e of this.entries) if (e.context === context) this.entries.delete(e);
  }

  of(document: Document): Entry[] {
    return [...this.entries].filter((e) => e.document === document);
  }

  get size() {
    return this.entries.size;
  }

  /** Re-checks every connection's session and edit right (of one document, or all); closes or changes what no longer holds. */
  async sweep(db: Tx, document?: Document): Promise<void> {
    const entries = [...this.entries].filter((e) => !document || e.document === document);
    if (!entries.length) return;
    const sessions = await recheckSessions(
      db,
      entries.map((e) => e.context.session),
    );
    const articleIds = [...new Set(entries.map((e) => e.context.articleId))];
    const rows = await db.article.findMany({
      where: { id: { in: articleIds } },
      select: { id: true, status: true, createdById: true, authors: { select: { userId: true } } },
    });
    const articles = new Map(rows.map((r) => [r.id, { status: r.status, createdById: r.createdById, authorUserIds: r.authors.map((a) => a.userId) }]));
    for (const entry of entries) {
      const now = sessions.get(entry.context.session.jti);
      const article = articles.get(entry.context.articleId);
      if (!now) close(entry, REFUSALS.sessionEnded);
      else if (!article) close(entry, REFUSALS.noAccess);
      else {
        entry.context.session = now;
        setReadOnly(entry.connection, !canEditArticle({ id: now.user.id, role: now.user.role }, article));
      }
    }
  }
}

/** Changes whether a connection may write, and tells its browser. */
export function setReadOnly(connection: Connection, readOnly: boolean) {
  if (connection.readOnly === readOnly) return;
  connection.readOnly = readOnly;
  connection.sendStateless(JSON.stringify({ type: "access", readOnly }));
}

/**
 * Closes one document connection: the close message tells the provider why
 * ("4401 session-ended"), then the socket closes with the code (each editor
 * opens its own socket, so nothing else shares it).
 */
export function close(entry: Pick<Entry, "connection">, refusal: Refusal) {
  entry.connection.close({ code: refusal.code, reason: `${refusal.code} ${refusal.reason}` });
  entry.connection.webSocket.close(refusal.code, refusal.reason);
}
