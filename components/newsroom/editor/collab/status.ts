// What the editor says about the shared document (status-line.tsx), derived
// from the connection's facts in one pure function.
import type { HocuspocusProvider } from "@hocuspocus/provider";
import type { Ending, StoredState } from "@/components/newsroom/editor/collab/protocol";

export type CollabStatus = "connecting" | "synced" | "syncing" | "offline" | "ended" | "denied" | "refused" | "invalid";

export type InvalidState = { message: string; fieldErrors: Record<string, string[]> };

export type SessionState = {
  provider: HocuspocusProvider | null;
  status: CollabStatus;
  /** Nothing may be typed: read-only by the page or the server, or the connection ended for good. */
  readOnly: boolean;
  lastStored: StoredState;
  /** The server's reason for refusing an update (status "refused"). */
  refusal: string | null;
  /** The stored state fails validation (status "invalid" while it lasts). */
  invalid: InvalidState | null;
  /** The content is known (this browser's copy or the server's): fields show and edit the document. */
  loaded: boolean;
  /** Synced with the server once since start: a field missing from the document now is missing for real. */
  serverSynced: boolean;
};

export type StatusFacts = {
  /** The connection ended for good. */
  ending: Ending | null;
  /** A connection exists (the component is mounted in a browser). */
  started: boolean;
  /** The browser is online and the socket is not closed. */
  online: boolean;
  /** The first sync with the server is done on this connection. */
  handshakeDone: boolean;
  /** The server said the stored state fails validation, and has stored nothing since. */
  invalid: boolean;
  /** Local changes the server has not acknowledged yet. */
  unacknowledged: boolean;
};

export function statusOf(f: StatusFacts): CollabStatus {
  if (f.ending) return f.ending.kind;
  if (!f.started) return "connecting";
  if (!f.online) return "offline";
  if (!f.handshakeDone) return "connecting";
  if (f.invalid) return "invalid";
  return f.unacknowledged ? "syncing" : "synced";
}
