// The browser's copy of unsaved editor work (components/newsroom/editor/
// local-copy.ts) belongs to the person who typed it: on a shared newsroom
// computer nobody else is offered it, and signing out removes it. localStorage
// is a browser API, so a small in-memory Storage stands in for it.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { EditorFields } from "@/lib/articles/editor-state";
import { clearLocalCopiesOf, clearLocalCopy, readLocalCopy, writeLocalCopy, type LocalCopy } from "@/components/newsroom/editor/local-copy";

/** Just enough of the Web Storage interface, in memory. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}

const fields = (title: string): EditorFields => ({
  title,
  lead: "",
  sectionId: "s1",
  slug: "",
  tags: [],
  authors: [{ byline: "Lan", userId: null }],
  coverMediaId: null,
  seoTitle: "",
  seoDescription: "",
  language: "vi",
  body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: title }] }] },
});

const copy = (userId: string, articleId: string, title: string): LocalCopy => ({
  userId,
  articleId,
  baseVersion: 2,
  fields: fields(title),
  savedAt: "2024-05-01T08:00:00.000Z",
});

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal("window", { localStorage: storage });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the browser's unsaved copy", () => {
  it("is read back by the person who wrote it", () => {
    expect(writeLocalCopy(copy("lan", "a1", "Lan's draft"))).toBe(true);
    expect(readLocalCopy("lan", "a1")).toEqual(copy("lan", "a1", "Lan's draft"));
    expect(readLocalCopy("lan", "a2")).toBeNull();
  });

  it("is not offered to another person on the same browser", () => {
    writeLocalCopy(copy("lan", "a1", "Lan's draft"));
    expect(readLocalCopy("minh", "a1")).toBeNull();
    // Minh's own copy of the same article does not replace Lan's.
    writeLocalCopy(copy("minh", "a1", "Minh's draft"));
    expect(readLocalCopy("lan", "a1")?.fields.title).toBe("Lan's draft");
    expect(readLocalCopy("minh", "a1")?.fields.title).toBe("Minh's draft");
  });

  it("is removed for one article when the server has it", () => {
    writeLocalCopy(copy("lan", "a1", "Lan's draft"));
    writeLocalCopy(copy("minh", "a1", "Minh's draft"));
    clearLocalCopy("lan", "a1");
    expect(readLocalCopy("lan", "a1")).toBeNull();
    expect(readLocalCopy("minh", "a1")?.fields.title).toBe("Minh's draft");
  });

  it("is removed, every article of it, when its person signs out; other people's stay", () => {
    writeLocalCopy(copy("lan", "a1", "Lan's first"));
    writeLocalCopy(copy("lan", "a2", "Lan's second"));
    writeLocalCopy(copy("minh", "a1", "Minh's draft"));
    storage.setItem("unrelated", "kept");
    clearLocalCopiesOf("lan");
    expect(readLocalCopy("lan", "a1")).toBeNull();
    expect(readLocalCopy("lan", "a2")).toBeNull();
    expect(readLocalCopy("minh", "a1")?.fields.title).toBe("Minh's draft");
    expect(storage.getItem("unrelated")).toBe("kept");
    expect(storage.length).toBe(2);
  });

  it("left by the old per-article keys is offered to nobody and goes at the next sign-out", () => {
    storage.setItem("sapo:unsaved:a1", JSON.stringify({ articleId: "a1", baseVersion: 1, fields: fields("Whose?"), savedAt: "2024-05-01T08:00:00.000Z" }));
    expect(readLocalCopy("lan", "a1")).toBeNull();
    clearLocalCopiesOf("lan");
    expect(storage.length).toBe(0);
  });

  it("is never read from a record that names another person or article", () => {
    writeLocalCopy(copy("lan", "a1", "Lan's draft"));
    // A record copied under Minh's key still names Lan: not Minh's to restore.
    const lanKey = [...Array(storage.length).keys()].map((i) => storage.key(i)!).find((k) => storage.getItem(k)!.includes("Lan's draft"))!;
    writeLocalCopy(copy("minh", "a1", "placeholder"));
    const minhKey = [...Array(storage.length).keys()].map((i) => storage.key(i)!).find((k) => k !== lanKey)!;
    storage.setItem(minhKey, storage.getItem(lanKey)!);
    expect(readLocalCopy("minh", "a1")).toBeNull();
  });

  it("gives up quietly when the browser refuses storage", () => {
    vi.stubGlobal("window", {
      get localStorage(): Storage {
        throw new Error("SecurityError");
      },
    });
    expect(writeLocalCopy(copy("lan", "a1", "Lan's draft"))).toBe(false);
    expect(readLocalCopy("lan", "a1")).toBeNull();
    expect(() => clearLocalCopy("lan", "a1")).not.toThrow();
    expect(() => clearLocalCopiesOf("lan")).not.toThrow();
  });
});
