// The confirmation of the last workflow step taken in this tab ("Published —
// View story"), kept outside React: a step is followed by router.refresh(),
// and the editor is keyed by the article's version (app/newsroom/articles/
// [id]/page.tsx), so the panel that took the step is replaced by a fresh
// one. The fresh panel reads the notice from here. It is the tab's one
// notice: the next step replaces it, and it fades after NOTICE_MS so that
// coming back to the article later does not repeat it.
import { useSyncExternalStore } from "react";
import type { WorkflowAction } from "@/lib/articles/statuses";

/** What was done: a workflow step, or one of the steps on a published article. */
export type NoticeKind = WorkflowAction | "publishUpdate" | "unpublishScheduled" | "unpublishCancelled" | "correction" | "featured";

export type StepNotice = {
  articleId: string;
  kind: NoticeKind;
  /** The public page (published, update published). */
  href?: string | null;
  /** The time it is set for (scheduled publication or take-down), an ISO instant. */
  when?: string | null;
};

/** How long a confirmation stays. */
export const NOTICE_MS = 120_000;

let current: StepNotice | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
const listeners = new Set<() => void>();

function set(next: StepNotice | null) {
  current = next;
  if (timer) clearTimeout(timer);
  timer = next ? setTimeout(() => set(null), NOTICE_MS) : null;
  for (const l of [...listeners]) l();
}

/** Shows the confirmation of a step just taken (replacing any other). */
export function announceStep(notice: StepNotice): void {
  set(notice);
}

/** Removes the confirmation (a new step starts, or the person dismissed it). */
export function clearStepNotice(): void {
  if (current) set(null);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The confirmation for this article, if the last step taken in this tab was on it. */
export function useStepNotice(articleId: string): StepNotice | null {
  const notice = useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
  return notice?.articleId === articleId ? notice : null;
}
