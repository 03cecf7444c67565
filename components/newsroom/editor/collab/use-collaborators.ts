"use client";
// Who else has the article open, from the connection's awareness states
// (awareness.ts has the fields and the rules): this browser announces its
// person as awareness field "user" (the same object the body's collaboration
// carets show; the session announces the mode), and reads everyone else's.
import type { HocuspocusProvider } from "@hocuspocus/provider";
import { useCallback, useEffect, useRef, useSyncExternalStore } from "react";
import { othersIn, USER_FIELD, type Collaborator, type CollabUser } from "@/components/newsroom/editor/collab/awareness";

export { collabUser, type Collaborator, type CollabUser } from "@/components/newsroom/editor/collab/awareness";

const NOBODY: Collaborator[] = [];

export function useCollaborators(provider: HocuspocusProvider | null, me: CollabUser): Collaborator[] {
  const cache = useRef<{ key: string; list: Collaborator[] }>({ key: "", list: NOBODY });

  useEffect(() => {
    provider?.setAwarenessField(USER_FIELD, me);
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
