// "Live content changed" within one process. The reader site's document
// cache (lib/reader/handler.ts) runs in Sapo's own server, which tsx loads;
// the newsroom's actions and the cache-sync loop run inside Next.js's bundle.
// Each has its own copy of this module, so the listeners live on globalThis
// under a registered symbol, which both copies see.
// Not `server-only`: the custom server loads it outside Next.js.

type Listener = () => void;

const KEY = Symbol.for("sapo.content-change-listeners");
const registry = globalThis as typeof globalThis & { [KEY]?: Set<Listener> };

function listeners(): Set<Listener> {
  registry[KEY] ??= new Set();
  return registry[KEY];
}

/** Calls `listener` whenever live content changes in this process; returns the unsubscribe. */
export function onContentChange(listener: Listener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

/** Tells this process's listeners that live content changed (here or on another instance). */
export function signalContentChange(): void {
  for (const listener of listeners()) listener();
}
