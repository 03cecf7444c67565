// Presence in the collaboration tests: what a Node client announces about its
// person (as the editor does: awareness "user", and "mode" from the session)
// and whom it sees, read with the editor's own rules (othersIn), and the ways
// a client can go away: closing, its socket cut, or its network going silent.
import type WebSocket from "ws";
import { collabUser, othersIn, USER_FIELD, type Collaborator, type CollabUser } from "@/components/newsroom/editor/collab/awareness";
import type { Client } from "@/scripts/collab-client";

/** Announces `name` (id `id`) on the client's connection, as useCollaborators does; returns the person. */
export function announce(client: Client, id: string, name: string): CollabUser {
  const me = collabUser(id, name);
  client.provider.setAwarenessField(USER_FIELD, me);
  return me;
}

/** The others `client` sees, as its presence line would list them. */
export function othersSeenBy(client: { provider: Client["provider"] | null }, me: CollabUser): Collaborator[] {
  const states = client.provider?.awareness?.getStates() as Map<number, Record<string, unknown>> | undefined;
  return states ? othersIn(states, me) : [];
}

export const namesSeenBy = (client: { provider: Client["provider"] | null }, me: CollabUser) => othersSeenBy(client, me).map((o) => o.name);

function socketOf(client: Client): WebSocket {
  const socket = client.provider.configuration.websocketProvider;
  socket.shouldConnect = false; // gone for good: no reconnection brings them back
  return socket.webSocket as unknown as WebSocket;
}

/** The socket closes without a goodbye (a killed browser): no awareness removal, no close frame. */
export function cutSocket(client: Client): void {
  socketOf(client).terminate();
}

/** The client stops answering anything, pings included, its socket still open (a phone that lost its network). */
export function silenceSocket(client: Client): void {
  socketOf(client).pause();
}
