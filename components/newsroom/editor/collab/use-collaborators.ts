"use client";
// Who else has the article open, from the connection's awareness states
// (replaces the old presence heartbeat): this browser announces its person
// as awareness field "user" {id, name, color} (the same object the body's
// collaboration carets show), and reads everyone else's. One entry per
// person, however many tabs they have open; this person's other tabs are not
// "someone else".
import type { HocuspocusProvider } from "@hocuspocus/provider";
import { useCallback, useEffect, useRef, useSyncExternalStore } from "react";
import { userColor } from "@/components/newsroom/editor/collab/user-color";

export type CollabUser = { id: string; name: string; color: string };

/** This person as the co-editing views show them. */
export function collabUser(id: string, name: string): CollabUser {
  return { id, name, color: userColor(id) };
}

const NOBODY: CollabUser[] = [];

function isUser(v: unknown): v is CollabUser {
  const u = v as CollabUser | null;
  return typeof u === "object" && u !== null && typeof u.id === "string" && typeof u.name === "string" && typeof u.color === "string";
}

/** The other people present, sorted by name, given this person's own awareness `user`. */
export function othersIn(states: Map<number, Record<string, unknown>>, me: CollabUser): CollabUser[] {
  const byId = new Map<string, CollabUser>();
  for (const state of states.values()) {
    const user = state.user;
    if (isUser(user) && user.id !== me.id && user.name.trim()) byId.set(user.id, { id: user.id, name: user.name, color: user.color });
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function useCollaborators(provider: HocuspocusProvider | null, me: CollabUser): CollabUser[] {
  const cache = useRef<{ key: string; list: CollabUser[] }>({ key: "", list: NOBODY });

  useEffect(() => {
    provider?.setAwarenessField("user", me);
  }, [provider, me]);

  const subscribe = useCallback(
    (onChange: () => void) => {
      provider?.awareness?.on("change", onChange);
      return () => provider?.awareness?.off("change", onChange);
    },
    [provider],
  );
  // A new array only when the list changed, as useSyncExternalStore requires.
  const read = () => {
    const states = provider?.awareness?.getStates() as Map<number, Record<string, unknown>> | undefined;
    const list = states ? othersIn(states, me) : NOBODY;
    const key = JSON.stringify(list);
    if (key !== cache.current.key) cache.current = { key, list };
    return cache.current.list;
  };
  return useSyncExternalStore(subscribe, read, () => NOBODY);
}
