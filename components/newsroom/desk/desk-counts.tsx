"use client";
// The badges on the desk's view links: stories returned to this person, and
// for those who review, stories awaiting review. The page renders the
// counts it read; whenever the live stream says an article moved in the
// workflow (components/newsroom/notifications/live.ts, "desk"), or after the
// stream was away, they are read again (deskCountsAction, with the person's
// own rights), so a badge changes without a reload.
import { createContext, useContext, useEffect, useState } from "react";
import { useTranslations } from "use-intl";
import { deskCountsAction } from "@/lib/actions/articles/desk-counts";
import type { DeskCounts } from "@/lib/articles/desk-counts";
import { subscribeLive } from "@/components/newsroom/notifications/live";
import styles from "@/components/newsroom/desk/desk.module.css";

const CountsContext = createContext<DeskCounts | null>(null);

/** A burst of steps (a whole page published at once) is one read. */
const SETTLE_MS = 300;
/** The badge shows at most this; the hidden text says the exact number. */
const BADGE_MAX = 99;

export function DeskCountsProvider({ initial, children }: { initial: DeskCounts; children: React.ReactNode }) {
  const [counts, setCounts] = useState(initial);
  // A navigation that renders the page again brings newer counts.
  const [seen, setSeen] = useState(initial);
  if (seen !== initial) {
    setSeen(initial);
    setCounts(initial);
  }

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const refetch = () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        try {
          const result = await deskCountsAction({});
          if (live && result.ok) setCounts({ returned: result.returned, awaiting: result.awaiting });
        } catch {
          // Offline: the next event or resync tries again.
        }
      }, SETTLE_MS);
    };
    const stop = subscribeLive({ onDesk: refetch, onResync: refetch });
    return () => {
      live = false;
      clearTimeout(timer);
      stop();
    };
  }, []);

  return <CountsContext.Provider value={counts}>{children}</CountsContext.Provider>;
}

/** The count of one queue as a badge; nothing when there is none (or the person has no such queue). */
export function DeskCount({ which }: { which: keyof DeskCounts }) {
  const t = useTranslations("newsroom");
  const count = useContext(CountsContext)?.[which] ?? 0;
  if (!count) return null;
  return (
    <span className={styles.badge}>
      <span aria-hidden="true" data-testid={`desk-count-${which}`}>
        {count > BADGE_MAX ? `${BADGE_MAX}+` : count}
      </span>
      <span className="visually-hidden">{` (${t("deskCount", { count })})`}</span>
    </span>
  );
}
