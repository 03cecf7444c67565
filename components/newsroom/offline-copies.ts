// The editor keeps each person's changes to a shared document in this
// browser's IndexedDB (y-indexeddb, one database per person and article,
// named by offlineCopyName) so that edits made offline survive a reload and
// merge when the connection returns. Signing out removes that person's
// copies, so the next person at a shared computer finds none of them.

/** The IndexedDB name of one person's copy of one shared document. */
export function offlineCopyName(userId: string, documentName: string): string {
  return `sapo:${userId}:${documentName}`;
}

/** Deletes every offline copy this browser keeps for `userId`. */
export async function clearOfflineCopiesOf(userId: string): Promise<void> {
  if (typeof indexedDB === "undefined" || typeof indexedDB.databases !== "function") return;
  const prefix = offlineCopyName(userId, "");
  const all = await indexedDB.databases().catch(() => []);
  await Promise.all(
    all
      .map((d) => d.name)
      .filter((name): name is string => Boolean(name?.startsWith(prefix)))
      .map(
        (name) =>
          new Promise<void>((resolve) => {
            const request = indexedDB.deleteDatabase(name);
            request.onsuccess = request.onerror = request.onblocked = () => resolve();
          }),
      ),
  );
}
