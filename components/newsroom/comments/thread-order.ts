// The order the comments sidebar lists threads in, and moving between them
// from the keyboard. Pure, so it is tested on its own.
// - Open threads follow the text: by where their commented text starts now
//   (it moves as people write). Threads whose text is gone (no position)
//   come after, oldest first.
// - Resolved threads form their own group, the most recently resolved first.

export type OrderableThread = { id: string; createdAt: string; resolvedAt: string | null };

export function orderThreads<T extends OrderableThread>(threads: readonly T[], positionOf: (id: string) => number | null | undefined): { open: T[]; resolved: T[] } {
  const open = threads.filter((t) => !t.resolvedAt);
  const resolved = threads.filter((t) => t.resolvedAt);
  const pos = new Map(open.map((t) => [t.id, positionOf(t.id) ?? null]));
  open.sort((a, b) => {
    const pa = pos.get(a.id) ?? null;
    const pb = pos.get(b.id) ?? null;
    if (pa !== null && pb !== null && pa !== pb) return pa - pb;
    if (pa === null && pb !== null) return 1;
    if (pb === null && pa !== null) return -1;
    return a.createdAt.localeCompare(b.createdAt);
  });
  resolved.sort((a, b) => (b.resolvedAt ?? "").localeCompare(a.resolvedAt ?? ""));
  return { open, resolved };
}

/** The thread `step` places after (1) or before (-1) `current` in `ids`, wrapping around; the first (or last) with none current. */
export function stepThread(ids: readonly string[], current: string | null, step: 1 | -1): string | null {
  if (!ids.length) return null;
  const at = current === null ? -1 : ids.indexOf(current);
  if (at < 0) return step === 1 ? ids[0] : ids[ids.length - 1];
  return ids[(at + step + ids.length) % ids.length];
}
