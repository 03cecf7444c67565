// Who else has this article open: a heartbeat to the server every 15 s, and a
// goodbye when the editor closes.
import { useEffect, useState } from "react";
import { presenceAction } from "@/lib/actions/articles/presence";

const PRESENCE_EVERY_MS = 15_000;

/** The names of the other people editing the article now. */
export function usePresence(articleId: string): string[] {
  const [others, setOthers] = useState<string[]>([]);
  useEffect(() => {
    let stopped = false;
    const beat = async () => {
      try {
        const r = await presenceAction({ articleId });
        if (!stopped && r.ok) setOthers(r.others);
      } catch {
        // offline: try again at the next beat
      }
    };
    void beat();
    const id = setInterval(beat, PRESENCE_EVERY_MS);
    return () => {
      stopped = true;
      clearInterval(id);
      void presenceAction({ articleId, leaving: true }).catch(() => undefined);
    };
  }, [articleId]);
  return others;
}
