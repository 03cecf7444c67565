// Signing out removes this browser's copies of the person's shared documents
// (components/newsroom/offline-copies.ts), and only theirs:
// on a shared newsroom computer the next person finds none of them.
// fake-indexeddb stands in for the browser's IndexedDB.
import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { documentName } from "@/lib/collab/layout";
import { clearOfflineCopiesOf, offlineCopyName } from "@/components/newsroom/offline-copies";

const localCopyName = (userId: string, articleId: string) => offlineCopyName(userId, documentName(articleId));

async function create(name: string) {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

const names = async () => (await indexedDB.databases()).map((d) => d.name).sort();

describe("clearOfflineCopiesOf", () => {
  beforeEach(() => vi.stubGlobal("indexedDB", new IDBFactory()));
  afterEach(() => vi.unstubAllGlobals());

  it("removes every article copy of the person, and nothing else", async () => {
    await create(localCopyName("lan", "a1"));
    await create(localCopyName("lan", "a2"));
    await create(localCopyName("minh", "a1"));
    await create(localCopyName("lan2", "a1"));
    await create("unrelated");
    await clearOfflineCopiesOf("lan");
    expect(await names()).toEqual([localCopyName("lan2", "a1"), localCopyName("minh", "a1"), "unrelated"].sort());
  });

  it("gives up quietly without IndexedDB", async () => {
    vi.stubGlobal("indexedDB", undefined);
    await expect(clearOfflineCopiesOf("lan")).resolves.toBeUndefined();
  });
});
