// The browser's side of the collaboration server's contract (see
// lib/collab/layout.ts and lib/collab/refusals.ts): the JSON "stateless"
// messages it sends and receives next to the Yjs sync, and what each way of
// closing the connection means. Pure functions, so the shapes are checked in
// one place.
import { REFUSALS } from "@/lib/collab/refusals";

/** The last state the server wrote to the database. */
export type StoredState = { version: number; updatedAt: string; slug: string; pending: boolean };

export type ServerMessage =
  | ({ type: "stored" } & StoredState)
  | { type: "invalid"; message: string; fieldErrors: Record<string, string[]> }
  | { type: "access"; readOnly: boolean }
  | { type: "flushed"; requestId: string; version: number | null }
  | { type: "comments"; threadId?: string };

export type ClientMessage = { type: "flush"; requestId: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function fieldErrorsOf(v: unknown): Record<string, string[]> {
  if (!isRecord(v)) return {};
  const out: Record<string, string[]> = {};
  for (const [key, list] of Object.entries(v)) {
    if (Array.isArray(list)) out[key] = list.filter((m): m is string => typeof m === "string");
  }
  return out;
}

/** A stateless payload from the server, or null for anything this client does not know (ignored, so the server may add kinds). */
export function parseServerMessage(payload: string): ServerMessage | null {
  let m: unknown;
  try {
    m = JSON.parse(payload);
  } catch {
    return null;
  }
  if (!isRecord(m)) return null;
  switch (m.type) {
    case "stored":
      return typeof m.version === "number" && typeof m.updatedAt === "string"
        ? { type: "stored", version: m.version, updatedAt: m.updatedAt, slug: typeof m.slug === "string" ? m.slug : "", pending: m.pending === true }
        : null;
    case "invalid":
      return typeof m.message === "string" ? { type: "invalid", message: m.message, fieldErrors: fieldErrorsOf(m.fieldErrors) } : null;
    case "access":
      return typeof m.readOnly === "boolean" ? { type: "access", readOnly: m.readOnly } : null;
    case "flushed":
      return typeof m.requestId === "string" ? { type: "flushed", requestId: m.requestId, version: typeof m.version === "number" ? m.version : null } : null;
    case "comments":
      return { type: "comments", threadId: typeof m.threadId === "string" ? m.threadId : undefined };
    default:
      return null;
  }
}

export function encodeClientMessage(message: ClientMessage): string {
  return JSON.stringify(message);
}

/** How a connection ended for good: the session, access to the article, or a refused update. */
export type Ending = { kind: "ended" | "denied" | "refused"; reason: string };

const BY_CODE: Record<number, Ending["kind"]> = {
  [REFUSALS.sessionEnded.code]: "ended",
  [REFUSALS.noAccess.code]: "denied",
  [REFUSALS.updateRefused.code]: "refused",
};
const BY_NAME: Record<string, Ending["kind"]> = {
  [REFUSALS.sessionEnded.reason]: "ended",
  [REFUSALS.noAccess.reason]: "denied",
  [REFUSALS.updateRefused.reason]: "refused",
};

/**
 * What a closed connection means; null for an ordinary disconnect (the
 * provider reconnects by itself). The server's refusal (lib/collab/refusals.ts)
 * arrives in one of these forms, all understood here:
 * - the WebSocket's close code (4401, 4403, 4422) with its reason name;
 * - Hocuspocus's close message for one document, whose code is always 1000,
 *   so the reason carries it: "4422 update-refused: the text is too long",
 *   or only the name and detail ("update-refused: …", "session-ended").
 * `reason` in the result is the detail after the name ("the text is too long"), or "".
 */
export function endingOf(code: number | undefined, reason: string | undefined): Ending | null {
  let rest = (reason ?? "").trim();
  let kind: Ending["kind"] | undefined = code === undefined ? undefined : BY_CODE[code];
  const coded = /^(\d{4})\b\s*:?\s*([\s\S]*)$/.exec(rest);
  if (coded && BY_CODE[Number(coded[1])]) {
    kind ??= BY_CODE[Number(coded[1])];
    rest = coded[2];
  }
  const named = /^([a-z]+(?:-[a-z]+)*)(?:\s*:\s*([\s\S]*))?$/.exec(rest);
  if (named && BY_NAME[named[1]]) {
    kind ??= BY_NAME[named[1]];
    rest = named[2] ?? "";
  }
  return kind ? { kind, reason: rest.trim() } : null;
}

/**
 * A refused authentication (Hocuspocus's "permission denied" answer to the
 * first message, with the refusal's reason: "session-ended", "no-access").
 * An unknown reason counts as no access, unless it speaks of the session.
 */
export function endingOfAuthFailure(reason: string | undefined): Ending {
  const known = endingOf(undefined, reason);
  if (known) return known;
  return /unauthori[sz]ed|session/i.test(reason ?? "") ? { kind: "ended", reason: "" } : { kind: "denied", reason: "" };
}

/** A request id for a flush; no crypto.randomUUID outside secure contexts (plain http on a newsroom LAN). */
export function newRequestId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
