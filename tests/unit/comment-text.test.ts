// The comment sidebar's pure rules: @-mentions in a comment's text
// (components/newsroom/comments/mention-text.ts) and the order threads are
// listed and stepped through in (thread-order.ts).
import { describe, expect, it } from "vitest";
import { applyMention, containsMention, mentionQueryAt, mentionedIds, splitMentions } from "@/components/newsroom/comments/mention-text";
import { orderThreads, stepThread } from "@/components/newsroom/comments/thread-order";

describe("mentionQueryAt", () => {
  it("finds the name being typed after an @ that starts a word", () => {
    expect(mentionQueryAt("Hỏi @Hò", 7)).toEqual({ start: 4, query: "Hò" });
    expect(mentionQueryAt("@", 1)).toEqual({ start: 0, query: "" });
    expect(mentionQueryAt("(@an", 4)).toEqual({ start: 1, query: "an" });
  });

  it("is not fooled by addresses, spaces or a caret elsewhere", () => {
    expect(mentionQueryAt("hoa@example", 11)).toBeNull();
    expect(mentionQueryAt("@Hoa Nguyen", 11)).toBeNull(); // a space ends the query
    expect(mentionQueryAt("@Hoa and more", 2)).toEqual({ start: 0, query: "H" });
    expect(mentionQueryAt("plain text", 5)).toBeNull();
  });
});

describe("applyMention", () => {
  it("replaces the typed query with the full name and a space (unless one follows), caret after it", () => {
    const text = "Xin @ho xem lại";
    const out = applyMention(text, { start: 4, query: "ho" }, 7, "Hoà Nguyễn");
    expect(out.text).toBe("Xin @Hoà Nguyễn xem lại");
    expect(out.caret).toBe("Xin @Hoà Nguyễn".length); // the space was there already
    expect(applyMention("@a", { start: 0, query: "a" }, 2, "An")).toEqual({ text: "@An ", caret: 4 });
  });
});

describe("mentionedIds", () => {
  const picked = [
    { id: "u1", name: "Hoà Nguyễn" },
    { id: "u2", name: "An" },
    { id: "u1", name: "Hoà Nguyễn" },
  ];

  it("keeps the people still named, once each, in picking order", () => {
    expect(mentionedIds("@Hoà Nguyễn and @An, please", picked)).toEqual(["u1", "u2"]);
  });

  it("drops a person whose name was deleted or changed into a longer word", () => {
    expect(mentionedIds("@Hoà Nguyễn please", picked)).toEqual(["u1"]);
    expect(mentionedIds("@Andrew please", picked)).toEqual([]);
    expect(mentionedIds("Hoà Nguyễn without the at", picked)).toEqual([]);
    expect(containsMention("mail@An", "An")).toBe(false);
  });
});

describe("splitMentions", () => {
  it("marks the known names, the longest first, and leaves the rest as text", () => {
    expect(splitMentions("Hi @Hoa Nguyen, and @Hoa.", ["Hoa", "Hoa Nguyen"])).toEqual([
      { text: "Hi ", mention: false },
      { text: "@Hoa Nguyen", mention: true },
      { text: ", and ", mention: false },
      { text: "@Hoa", mention: true },
      { text: ".", mention: false },
    ]);
    expect(splitMentions("x@Hoa @Hoang", ["Hoa"])).toEqual([{ text: "x@Hoa @Hoang", mention: false }]);
  });
});

describe("orderThreads", () => {
  const t = (id: string, createdAt: string, resolvedAt: string | null = null) => ({ id, createdAt, resolvedAt });
  const threads = [t("a", "2026-01-01"), t("b", "2026-01-02"), t("c", "2026-01-03"), t("gone1", "2026-01-05"), t("gone0", "2026-01-04"), t("r1", "2026-01-01", "2026-02-01"), t("r2", "2026-01-01", "2026-03-01")];
  const positions: Record<string, number> = { a: 40, b: 3, c: 17 };

  it("lists open threads in the text's order, those whose text is gone after them, oldest first", () => {
    const { open } = orderThreads(threads, (id) => positions[id]);
    expect(open.map((x) => x.id)).toEqual(["b", "c", "a", "gone0", "gone1"]);
  });

  it("lists resolved threads apart, the most recently resolved first", () => {
    expect(orderThreads(threads, () => null).resolved.map((x) => x.id)).toEqual(["r2", "r1"]);
  });
});

describe("stepThread", () => {
  it("moves forward and back, wrapping around, and starts at an end", () => {
    const ids = ["a", "b", "c"];
    expect(stepThread(ids, "a", 1)).toBe("b");
    expect(stepThread(ids, "c", 1)).toBe("a");
    expect(stepThread(ids, "a", -1)).toBe("c");
    expect(stepThread(ids, null, 1)).toBe("a");
    expect(stepThread(ids, "gone", -1)).toBe("c");
    expect(stepThread([], null, 1)).toBeNull();
  });
});
