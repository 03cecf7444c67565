// "An article's shared document changed in the database, not through the
// collaboration server" (the JSON save API, restoring a revision): the
// server merges the stored state into the open document at once, so the
// people editing see the change live. Other instances notice through their
// poll of article versions (lib/collab/server.ts).
// Listeners live on globalThis under a registered symbol: the route handlers
// run in Next.js's bundle and the collaboration server in Sapo's own server,
// each with its own copy of this module (as lib/cache/content-signal.ts).
type Listener = (articleId: string) => void;

const KEY = Symbol.for("sapo.shared-document-listeners");
const registry = globalThis as typeof globalThis & { [KEY]?: Set<Listener> };

function listeners(): Set<Listener> {
  registry[KEY] ??= new Set();
  return registry[KEY];
}

export function onSharedChange(listener: Listener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

export function signalSharedChange(articleId: string): void {
  for (const listener of listeners()) listener(articleId);
}
