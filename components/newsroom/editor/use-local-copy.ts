// The copy of this person's unsaved work that a crash, reload or lost
// connection left in this browser, offered back when the editor opens.
// It is read once, from localStorage, which only the browser has: through
// useSyncExternalStore, so the server render and hydration show no offer and
// the browser's first check after hydration shows it, without an effect that
// sets state. A copy identical to the opened article is simply removed.
import { useEffect, useState, useSyncExternalStore } from "react";
import type { EditorFields } from "@/lib/articles/editor-state";
import { clearLocalCopy, readLocalCopy, sameFields, type LocalCopy } from "@/components/newsroom/editor/local-copy";

type Options = {
  userId: string;
  articleId: string;
  readOnly: boolean;
  /** The fields as the editor opened them. */
  opened: EditorFields;
};

// Nothing to subscribe to: the copy wanted is the one there at opening time,
// not the ones this editor writes afterwards.
const noSubscription = () => () => {};
const nothingOnTheServer = () => null;

export function useLocalCopy({ userId, articleId, readOnly, opened }: Options) {
  // Made once per editor: reads storage at its first call and keeps the answer.
  const [readAtOpening] = useState(() => {
    let read = false;
    let copy: LocalCopy | null = null;
    return () => {
      if (!read) {
        read = true;
        copy = readOnly ? null : readLocalCopy(userId, articleId);
      }
      return copy;
    };
  });
  const copy = useSyncExternalStore(noSubscription, readAtOpening, nothingOnTheServer);
  const [settled, setSettled] = useState(false);
  // The slug may differ only by being automatic: compare with the copy's own.
  const unchanged = copy !== null && sameFields(copy.fields, { ...opened, slug: copy.fields.slug });

  useEffect(() => {
    if (unchanged) clearLocalCopy(userId, articleId);
  }, [articleId, unchanged, userId]);

  return {
    /** The copy to offer, until it is restored or discarded. */
    offer: copy && !unchanged && !settled ? copy : null,
    /** The offer was taken: its fields are now the editor's. */
    taken: () => setSettled(true),
    discard: () => {
      clearLocalCopy(userId, articleId);
      setSettled(true);
    },
  };
}
