"use client";
// What the counts & checks panel shows, kept up to date as people type: the
// counts of the body, headline and lead (lib/copy-desk/counts.ts) and the
// publish checks (lib/articles/publish-checks.ts) on the article as typed.
// Every change to the shared document (anyone's typing, a field, the cover)
// schedules one recount a moment after the typing pauses: a long article is
// walked once per pause, not once per key.
import { useEffect, useRef, useState } from "react";
import type * as Y from "yjs";
import { runPublishChecks, type CheckResult, type CheckSettings, type PublishContent } from "@/lib/articles/publish-checks";
import { bodyToText } from "@/lib/content/body";
import { countText, type TextCounts } from "@/lib/copy-desk/counts";

/** How long the typing must pause before the panel recounts (ms). */
export const RECOUNT_DELAY = 300;

export type CopyDeskView = {
  counts: { body: TextCounts; title: TextCounts; lead: TextCounts };
  results: CheckResult[];
};

type Options = {
  doc: Y.Doc;
  /** The article as typed (publish-content.ts); null while the body editor is not there. */
  content: () => PublishContent | null;
  /** Changes when the body editor comes or goes: then the panel recounts at once. */
  ready: boolean;
  lang: string;
  settings: CheckSettings;
};

export function useCopyDesk({ doc, content, ready, lang, settings }: Options): CopyDeskView | null {
  const [view, setView] = useState<CopyDeskView | null>(null);
  // The latest builder: it is a new function at every render of the editor.
  const read = useRef(content);
  useEffect(() => {
    read.current = content;
  });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const recount = () => {
      timer = null;
      const c = read.current();
      if (!c) return setView(null);
      const counts = { body: countText(bodyToText(c.body), lang), title: countText(c.title, lang), lead: countText(c.lead, lang) };
      setView({ counts, results: runPublishChecks(c, settings) });
    };
    const schedule = (delay: number) => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(recount, delay);
    };
    const onUpdate = () => schedule(RECOUNT_DELAY);
    schedule(0);
    doc.on("update", onUpdate);
    return () => {
      doc.off("update", onUpdate);
      if (timer) clearTimeout(timer);
    };
  }, [doc, ready, lang, settings]);

  return view;
}
