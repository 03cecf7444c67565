// Who is told about a comment, and how often: the candidates of an event
// (lib/comments/mentions.ts) and the rule that keeps one notification per
// person per event, the strongest kind, never the actor
// (lib/notifications/kinds.ts). Also the pure checks around comments: the
// anchor's shape and size, the "@" name matching, and the limits the
// validation messages state.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { commentCandidates, nameMatches, ownersOf, participantsOf, suggestionCandidates } from "@/lib/comments/mentions";
import { COMMENT_LIMITS, commentTextSchema, mentionsSchema, parseAnchor, quoteSchema } from "@/lib/comments/input";
import { dedupeNotifications, type NotificationEvent } from "@/lib/notifications/kinds";
import { availableLocales, messageFor } from "@/lib/i18n/catalogue";

const base = { articleId: "a1", threadId: "t1" };
const kinds = (events: NotificationEvent[]) => Object.fromEntries(events.map((e) => [e.userId, e.kind]));

describe("recipients of a comment", () => {
  it("mention wins over reply and comment for the same person; one each; never the actor", () => {
    const events = dedupeNotifications(
      commentCandidates({
        ...base,
        actorId: "ann",
        mentioned: ["bob", "ann", "bob"],
        participants: ["bob", "cat", "ann"],
        owners: ["cat", "dan", "bob", "ann"],
      }),
    );
    expect(kinds(events)).toEqual({ bob: "mention", cat: "reply", dan: "comment" });
    expect(events).toHaveLength(3);
    expect(events.every((e) => e.actorId === "ann" && e.articleId === "a1" && e.threadId === "t1")).toBe(true);
  });

  it("the strongest kind wins whatever order the candidates come in", () => {
    const e = (kind: NotificationEvent["kind"], userId = "bob"): NotificationEvent => ({ kind, userId, actorId: "ann", ...base });
    expect(dedupeNotifications([e("comment"), e("reply"), e("mention")]).map((x) => x.kind)).toEqual(["mention"]);
    expect(dedupeNotifications([e("reply"), e("comment")]).map((x) => x.kind)).toEqual(["reply"]);
    expect(dedupeNotifications([e("suggestion"), e("comment")]).map((x) => x.kind)).toEqual(["comment"]);
  });

  it("keeps one per person per event: different threads or articles are different events", () => {
    const e = (threadId: string | null, articleId = "a1"): NotificationEvent => ({ kind: "reply", userId: "bob", actorId: "ann", articleId, threadId });
    expect(dedupeNotifications([e("t1"), e("t2"), e("t1"), e("t1", "a2"), e(null)])).toHaveLength(4);
  });

  it("an event of the system (no actor) tells everyone", () => {
    expect(dedupeNotifications(suggestionCandidates({ actorId: null, articleId: "a1", owners: ["bob", "cat"] })).map((x) => x.userId)).toEqual(["bob", "cat"]);
  });

  it("suggestions tell the story's owners, not the one suggesting", () => {
    const events = dedupeNotifications(suggestionCandidates({ actorId: "bob", articleId: "a1", owners: ["bob", "cat"] }));
    expect(events).toEqual([{ kind: "suggestion", userId: "cat", articleId: "a1", threadId: null, actorId: "bob" }]);
  });

  it("a thread's participants are its opener, its authors and who they mentioned; a story's owners its creator and bylined staff", () => {
    const thread = {
      createdById: "ann",
      comments: [
        { authorId: "ann", mentions: '["bob"]' },
        { authorId: null, mentions: "not json" },
        { authorId: "cat", mentions: "[]" },
      ],
    };
    expect(participantsOf(thread).sort()).toEqual(["ann", "bob", "cat"]);
    expect(ownersOf({ createdById: "ann", authors: [{ userId: "dan" }, { userId: null }, { userId: "ann" }] }).sort()).toEqual(["ann", "dan"]);
  });
});

describe("the anchor", () => {
  const pos = (clock: number) => ({ type: { client: 1, clock: 0 }, tname: null, item: { client: 1, clock }, assoc: 0 });
  const yjsLike = (clock: number) => {
    // As Y.relativePositionToJSON writes it: absent fields left out.
    const { tname: _t, ...rest } = pos(clock);
    return rest;
  };

  it("accepts two relative positions as Yjs writes them", () => {
    const text = JSON.stringify({ from: yjsLike(3), to: yjsLike(9) });
    expect(parseAnchor(text)).toEqual({ from: yjsLike(3), to: yjsLike(9) });
    expect(parseAnchor(JSON.stringify({ from: { tname: "body", assoc: -1 }, to: { tname: "body" } }))).not.toBeNull();
  });

  it("refuses what is not one: bad JSON, other shapes, extra keys, oversize", () => {
    const bad = [
      "{",
      "null",
      "[]",
      JSON.stringify({ from: yjsLike(1) }),
      JSON.stringify({ from: yjsLike(1), to: {} }),
      JSON.stringify({ from: yjsLike(1), to: { item: { client: -1, clock: 0 } } }),
      JSON.stringify({ from: yjsLike(1), to: yjsLike(2), html: "<script>" }),
      JSON.stringify({ from: { ...yjsLike(1), tname: "x".repeat(COMMENT_LIMITS.anchor) }, to: yjsLike(2) }),
    ];
    for (const text of bad) expect(parseAnchor(text), text.slice(0, 60)).toBeNull();
  });
});

describe("the staff offered after @", () => {
  it("match a word's start, accents and case ignored", () => {
    expect(nameMatches("Nguyễn Thị Hòa", "hoa")).toBe(true);
    expect(nameMatches("Nguyễn Thị Hòa", "nguyen th")).toBe(true);
    expect(nameMatches("Đặng Văn Lâm", "dang")).toBe(true);
    expect(nameMatches("Nguyễn Thị Hòa", "oa")).toBe(false);
  });
});

describe("comment validation messages state the limits the code enforces", () => {
  const issue = (schema: z.ZodType, value: unknown) => {
    const result = schema.safeParse(value);
    if (result.success) throw new Error("passed");
    return result.error.issues[0] as { message: string; maximum?: number | bigint };
  };
  it.each([
    ["text", commentTextSchema, "x".repeat(COMMENT_LIMITS.text + 1), COMMENT_LIMITS.text],
    ["quote", quoteSchema, "x".repeat(COMMENT_LIMITS.quote + 1), COMMENT_LIMITS.quote],
    ["mentions", mentionsSchema, Array.from({ length: COMMENT_LIMITS.mentions + 1 }, (_, i) => `u${i}`), COMMENT_LIMITS.mentions],
  ] as const)("%s", (_name, schema, value, limit) => {
    const { message, maximum } = issue(schema, value);
    expect(Number(maximum)).toBe(limit);
    for (const locale of availableLocales()) {
      expect(messageFor(locale, message), `${locale}: ${message}`).toContain(String(limit));
    }
  });

  it("an empty comment (spaces only) is refused", () => {
    expect(issue(commentTextSchema, "   ").message).toBe("comments.validation.textMissing");
  });
});
