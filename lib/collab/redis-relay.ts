// The Redis extension of Hocuspocus (relays updates and presence between the
// instances that have a document open, with REDIS_URL), with one fix: a
// departure must reach the other instances at once.
//
// Upstream publishes an awareness change only while the document has a
// connection on this instance (a guard against publishing for documents
// being unloaded). But when a connection closes, Hocuspocus removes its
// presence and then the connection, and the extension's hook runs a moment
// later: when the person leaving was the last one on this instance, the
// guard finds no connection and the removal is never published. The others,
// on other instances, kept seeing them until Yjs's 30-second awareness
// timeout. Here a removal is published whatever the connection count, in the
// extension's own channel and message format.
import { OutgoingMessage, type onAwarenessUpdatePayload } from "@hocuspocus/server";
import { Redis } from "@hocuspocus/extension-redis";

export class RedisRelay extends Redis {
  async onAwarenessUpdate(payload: onAwarenessUpdatePayload): Promise<number | undefined> {
    const { document, documentName, awareness, removed } = payload;
    if ((document?.connections.size ?? 0) > 0 || !removed.length) return super.onAwarenessUpdate(payload);
    // Shutting down (the extension lets go of its clients): nothing to tell.
    if (this.pub.status !== "ready") return;
    const message = new OutgoingMessage(documentName).createAwarenessUpdateMessage(awareness, removed);
    // The extension's channel is "<prefix>:<document>", its messages the instance's prefix then the Yjs message.
    // Hocuspocus does not wait for this hook: a failure (Redis going away) must
    // not become an unhandled rejection, and costs only the quick removal.
    return this.pub
      .publish(`${this.configuration.prefix}:${documentName}`, Buffer.concat([this.messagePrefix, Buffer.from(message.toUint8Array())]))
      .catch(() => undefined);
  }
}
