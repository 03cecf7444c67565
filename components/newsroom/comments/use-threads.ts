"use client";
// An article's comment threads in the browser: fetched on opening, again
// whenever they change elsewhere (the live stream, or `refreshKey` from the
// co-editing socket's {type:"comments"}), and updated at once from the
// answer of one's own actions. Fetches never overlap: one asked for while
// another runs follows it.
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { listThreadsAction } from "@/lib/actions/comments/list-threads";
import type { ThreadView } from "@/lib/comments/queries";
import { subscribeLive } from "@/components/newsroom/notifications/live";

export type { ThreadView, CommentView } from "@/lib/comments/queries";

export function useThreads(articleId: string, refreshKey: unknown) {
  const te = useTranslations("errors");
  const networkError = te("network");
  const [threads, setThreads] = useState<ThreadView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const running = useRef(false);
  const again = useRef(false);

  const load = useCallback(async (): Promise<void> => {
    if (running.current) {
      again.current = true;
      return;
    }
    running.current = true;
    try {
      do {
        again.current = false;
        try {
          const result = await listThreadsAction({ articleId });
          if (result.ok) {
            setThreads(result.threads);
            setError(null);
          } else setError(result.error);
        } catch {
          setError(networkError);
        }
      } while (again.current);
    } finally {
      running.current = false;
    }
  }, [articleId, networkError]);

  useEffect(() => {
    void load();
  }, [load, refreshKey]);

  useEffect(() => subscribeLive({ articleId, onComments: () => void load(), onResync: () => void load() }), [articleId, load]);

  /** Takes in a thread as an action answered it; null (with its id) when it is gone. */
  const merge = useCallback((threadId: string, thread: ThreadView | null) => {
    setThreads((list) => {
      if (!list) return list;
      if (!thread) return list.filter((t) => t.id !== threadId);
      return list.some((t) => t.id === threadId) ? list.map((t) => (t.id === threadId ? thread : t)) : [...list, thread];
    });
  }, []);

  return { threads, error, reload: load, merge };
}
