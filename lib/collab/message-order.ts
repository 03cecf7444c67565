// Hocuspocus calls its beforeHandleMessage hook for each message as it
// arrives, and applies the message once the hook's promise settles, without
// waiting for the messages before it. The collaboration server's check may
// await (the media library), and Hocuspocus's own hook chain takes a few
// turns of the event loop, so in a burst of updates (typing
// held back by a slow or lost connection, sent all at once) an update could
// be checked before the one it builds on was applied, and be refused as
// referring to content the server does not have. checkInOrder runs the check
// of one connection's messages one after another, each once the message
// before it has been applied.

/** A macrotask later: what Hocuspocus does in the microtasks after a hook settles (applying the message) is done. */
const afterApplied = () => new Promise<void>((resolve) => setImmediate(resolve));

/** `check` as a beforeHandleMessage hook that takes each connection's messages in the order they came. */
export function checkInOrder<P extends { connection: object }>(check: (payload: P) => Promise<void>): (payload: P) => Promise<void> {
  const last = new WeakMap<object, Promise<void>>();
  return (payload) => {
    const checked = (last.get(payload.connection) ?? Promise.resolve()).then(() => check(payload));
    last.set(payload.connection, checked.then(afterApplied, afterApplied));
    return checked;
  };
}
