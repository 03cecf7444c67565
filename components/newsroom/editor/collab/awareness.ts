// What each browser tab announces about its person in the article's
// awareness (Yjs's presence channel, relayed by the collaboration server),
// and how the others' announcements are read back. Two fields:
// - "user" {id, name, color}: who they are (the body's carets show it too);
// - "mode": "editing", or "viewing" while they may only read (a reporter on
//   someone else's story, or on their own while it is in review), set by the
//   session from the server's verdict, so it changes live.
// Pure functions, so the rules are tested without a connection.
import { userColor } from "@/components/newsroom/editor/collab/user-color";

export type CollabUser = { id: string; name: string; color: string };
export type PresenceMode = "editing" | "viewing";
/** Someone else in the article, and what they are doing there. */
export type Collaborator = CollabUser & { mode: PresenceMode };

export const USER_FIELD = "user";
export const MODE_FIELD = "mode";

/** This person as the co-editing views show them. */
export function collabUser(id: string, name: string): CollabUser {
  return { id, name, color: userColor(id) };
}

export function modeOf(readOnly: boolean): PresenceMode {
  return readOnly ? "viewing" : "editing";
}

function isUser(v: unknown): v is CollabUser {
  const u = v as CollabUser | null;
  return typeof u === "object" && u !== null && typeof u.id === "string" && typeof u.name === "string" && typeof u.color === "string";
}

/**
 * The other people present, sorted by name, given this person's own `user`:
 * one entry per person however many tabs they have open (editing if they
 * edit in any of them), and this person's other tabs are not "someone else".
 * A tab that says no mode counts as editing, as every tab did before modes.
 */
export function othersIn(states: Map<number, Record<string, unknown>>, me: CollabUser): Collaborator[] {
  const byId = new Map<string, Collaborator>();
  for (const state of states.values()) {
    const user = state[USER_FIELD];
    if (!isUser(user) || user.id === me.id || !user.name.trim()) continue;
    const mode: PresenceMode = state[MODE_FIELD] === "viewing" ? "viewing" : "editing";
    const known = byId.get(user.id);
    byId.set(user.id, { id: user.id, name: user.name, color: user.color, mode: known?.mode === "editing" ? "editing" : mode });
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}
