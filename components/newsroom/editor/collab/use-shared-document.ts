"use client";
// The article's shared document for one mount of the editor: one Y.Doc, its
// copy in this browser and the collaboration server's connection (session.ts
// does the work; this hook starts and stops it with the component and reads
// its state for React).
import type { HocuspocusProvider } from "@hocuspocus/provider";
import { createContext, useContext, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type * as Y from "yjs";
import type { ServerMessage, StoredState } from "@/components/newsroom/editor/collab/protocol";
import { CollabSession } from "@/components/newsroom/editor/collab/session";
import type { CollabStatus, InvalidState, SessionState } from "@/components/newsroom/editor/collab/status";

export type { CollabStatus, InvalidState, StoredState };

export type SharedDocument = {
  doc: Y.Doc;
  /** Null until mounted in the browser. After the connection ended for good it stays, disconnected, so the editor keeps showing the text. */
  provider: HocuspocusProvider | null;
  status: CollabStatus;
  readOnly: boolean;
  /** The last state the server stored (from the page, then from {type:"stored"} messages). */
  lastStored: StoredState;
  /** Stores now; the stored version, or null if it could not be (the workflow and translations panels' `flush`). */
  flush: () => Promise<number | null>;
  /** The server's reason when it refused an update (status "refused"; the page reloads shortly). */
  refusal: string | null;
  invalid: InvalidState | null;
  /** The document's content is known: fields show the document, not the page's copy. */
  loaded: boolean;
  /** Synced with the server once: fields missing from the document may be created. */
  serverSynced: boolean;
  /** Every stateless server message, e.g. {type:"comments"}; returns the unsubscribe. */
  onMessage: (listener: (m: ServerMessage) => void) => () => void;
};

export type SharedDocumentOptions = {
  articleId: string;
  userId: string;
  /** As the page decided; the server's {type:"access"} messages then take over. */
  readOnly: boolean;
  /** The stored state the page was rendered from. */
  stored: StoredState;
};

export function useSharedDocument(options: SharedDocumentOptions): SharedDocument {
  // One session (and Y.Doc) per mount; later option changes are ignored on
  // purpose: the page remounts the editor (its key) when the article changes.
  const [session] = useState(() => new CollabSession(options));
  useEffect(() => {
    session.start();
    return () => session.stop();
  }, [session]);
  const state: SessionState = useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot);
  const [api] = useState(() => ({ flush: () => session.flush(), onMessage: (l: (m: ServerMessage) => void) => session.onMessage(l) }));
  return useMemo(() => ({ doc: session.doc, ...state, ...api }), [session, state, api]);
}

/**
 * The shared document for components deep inside the editor that the
 * editor does not know about (the comments sidebar, the suggestions panel):
 * ArticleEditor provides it.
 */
export const SharedDocumentContext = createContext<SharedDocument | null>(null);

export function useSharedDocumentContext(): SharedDocument {
  const shared = useContext(SharedDocumentContext);
  if (!shared) throw new Error("useSharedDocumentContext outside ArticleEditor");
  return shared;
}
