// Why the collaboration server closes a connection or refuses it, as the
// browser reads it (components/newsroom/editor/collab/): the document's close
// message carries the reason text, and the WebSocket closes with the code.
export const REFUSALS = {
  /** Signed out, disabled, role changed: the session is over. */
  sessionEnded: { code: 4401, reason: "session-ended" },
  /** The article does not exist or this person may not open it. */
  noAccess: { code: 4403, reason: "no-access" },
  /** An update broke the rules; the browser reloads the stored version. */
  updateRefused: { code: 4422, reason: "update-refused" },
} as const;

export type Refusal = { code: number; reason: string };

/** An update refused for `detail` (kept short: a close reason is at most 123 bytes). */
export function updateRefused(detail: string): Refusal {
  return { code: REFUSALS.updateRefused.code, reason: `${REFUSALS.updateRefused.reason}: ${detail}`.slice(0, 120) };
}
