// The editor's reading of the collaboration server (components/newsroom/
// editor/collab/protocol.ts): its stateless messages, checked for shape, and
// every form in which a refusal arrives (lib/collab/refusals.ts) read as the
// same ending, so the editor shows the right message and stops reconnecting;
// and the status the editor shows for each state of the connection (status.ts).
import { describe, expect, it } from "vitest";
import { REFUSALS, updateRefused } from "@/lib/collab/refusals";
import { endingOf, endingOfAuthFailure, parseServerMessage } from "@/components/newsroom/editor/collab/protocol";
import { statusOf, type StatusFacts } from "@/components/newsroom/editor/collab/status";

describe("server messages", () => {
  it("are read when well formed", () => {
    expect(parseServerMessage(JSON.stringify({ type: "stored", version: 4, updatedAt: "2024-05-01T08:00:00.000Z", slug: "lu-ve", pending: true }))).toEqual({
      type: "stored",
      version: 4,
      updatedAt: "2024-05-01T08:00:00.000Z",
      slug: "lu-ve",
      pending: true,
    });
    expect(parseServerMessage(JSON.stringify({ type: "invalid", message: "Chưa lưu", fieldErrors: { title: ["Quá dài"], bad: "x" } }))).toEqual({
      type: "invalid",
      message: "Chưa lưu",
      fieldErrors: { title: ["Quá dài"] },
    });
    expect(parseServerMessage(JSON.stringify({ type: "access", readOnly: true }))).toEqual({ type: "access", readOnly: true });
    expect(parseServerMessage(JSON.stringify({ type: "flushed", requestId: "r1", version: null }))).toEqual({ type: "flushed", requestId: "r1", version: null });
    expect(parseServerMessage(JSON.stringify({ type: "comments", threadId: "t1" }))).toEqual({ type: "comments", threadId: "t1" });
  });

  it("are ignored when unknown or malformed", () => {
    for (const payload of ["not json", "[]", "null", JSON.stringify({ type: "stored", version: "4" }), JSON.stringify({ type: "access" }), JSON.stringify({ type: "later-kind" })]) {
      expect(parseServerMessage(payload), payload).toBeNull();
    }
  });
});

describe("a closed connection", () => {
  it("is an ending when the WebSocket closes with a refusal's code", () => {
    expect(endingOf(4401, "session-ended")).toEqual({ kind: "ended", reason: "" });
    expect(endingOf(4403, "no-access")).toEqual({ kind: "denied", reason: "" });
    const refused = updateRefused("the text is too long");
    expect(endingOf(refused.code, refused.reason)).toEqual({ kind: "refused", reason: "the text is too long" });
  });

  it("is an ending when Hocuspocus closes the document (code 1000) with the code or the name in the reason", () => {
    expect(endingOf(1000, `${REFUSALS.sessionEnded.code} ${REFUSALS.sessionEnded.reason}`)).toEqual({ kind: "ended", reason: "" });
    expect(endingOf(1000, `4422 ${updateRefused("image not in the media library").reason}`)).toEqual({ kind: "refused", reason: "image not in the media library" });
    expect(endingOf(1000, updateRefused("bad mark").reason)).toEqual({ kind: "refused", reason: "bad mark" });
    expect(endingOf(1000, "no-access")).toEqual({ kind: "denied", reason: "" });
    expect(endingOf(1000, "4403")).toEqual({ kind: "denied", reason: "" });
  });

  it("is an ordinary disconnect otherwise (the provider reconnects)", () => {
    expect(endingOf(1000, "Server closed the connection")).toBeNull();
    expect(endingOf(1006, "")).toBeNull();
    expect(endingOf(4408, "forced")).toBeNull();
    expect(endingOf(undefined, undefined)).toBeNull();
    expect(endingOf(1000, "1000 normal")).toBeNull();
  });

  it("at authentication is an ended session or no access", () => {
    expect(endingOfAuthFailure(REFUSALS.sessionEnded.reason).kind).toBe("ended");
    expect(endingOfAuthFailure(REFUSALS.noAccess.reason).kind).toBe("denied");
    expect(endingOfAuthFailure("permission-denied").kind).toBe("denied");
    expect(endingOfAuthFailure("Unauthorized").kind).toBe("ended");
    expect(endingOfAuthFailure(undefined).kind).toBe("denied");
  });
});

describe("the status line's status", () => {
  const healthy: StatusFacts = { ending: null, started: true, online: true, handshakeDone: true, invalid: false, unacknowledged: false };

  it("is saved when everything is acknowledged, saving while something is not", () => {
    expect(statusOf(healthy)).toBe("synced");
    expect(statusOf({ ...healthy, unacknowledged: true })).toBe("syncing");
  });

  it("is connecting before the first sync, offline without network or socket", () => {
    expect(statusOf({ ...healthy, started: false })).toBe("connecting");
    expect(statusOf({ ...healthy, handshakeDone: false })).toBe("connecting");
    expect(statusOf({ ...healthy, online: false, handshakeDone: false, unacknowledged: true })).toBe("offline");
  });

  it("reports an invalid stored state until the next store, and an ending above everything", () => {
    expect(statusOf({ ...healthy, invalid: true, unacknowledged: true })).toBe("invalid");
    expect(statusOf({ ...healthy, online: false, ending: { kind: "ended", reason: "" } })).toBe("ended");
    expect(statusOf({ ...healthy, invalid: true, ending: { kind: "refused", reason: "x" } })).toBe("refused");
  });
});
