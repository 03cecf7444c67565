// "Go to this comment thread": said by the bell when a notification is
// followed, heard by the comments sidebar of that article. The link's
// ?thread= alone is not enough: when the story is open already, following
// it does not remount the sidebar; when it is not, the new page's sidebar
// may mount before the address shows the new ?thread=. So the request is
// both sent as an event (an open sidebar) and kept until a sidebar of that
// article takes it (one that mounts next).

const EVENT = "sapo:open-thread";

type Request = { articleId: string; threadId: string };

let pending: Request | null = null;

export function announceThread(articleId: string, threadId: string): void {
  pending = { articleId, threadId };
  window.dispatchEvent(new CustomEvent<Request>(EVENT, { detail: pending }));
}

/** The thread asked for in `articleId` and not yet taken, if any (taken by this call). */
export function takeAnnouncedThread(articleId: string): string | null {
  if (pending?.articleId !== articleId) return null;
  const { threadId } = pending;
  pending = null;
  return threadId;
}

/** Calls `listener` with the thread ids asked for in `articleId` from now on; returns the unsubscribe. */
export function onThreadAnnounced(articleId: string, listener: (threadId: string) => void): () => void {
  const handler = (event: Event) => {
    const detail = (event as CustomEvent<Request>).detail;
    if (detail?.articleId !== articleId) return;
    pending = null;
    listener(detail.threadId);
  };
  window.addEventListener(EVENT, handler);
  return () => window.removeEventListener(EVENT, handler);
}
