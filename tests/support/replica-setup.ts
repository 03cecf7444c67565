// The set-up shared by the read-replica tests: a primary and a "replica"
// that is deliberately NOT a copy of it (so every answer shows which database
// gave it), the app's modules loaded with DATABASE_REPLICA_URLS pointing at
// the replica, on PostgreSQL through a TCP proxy the tests can stop.
import { afterAll, beforeAll, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { indexArticle } from "@/lib/search";
import type { Db } from "@/lib/db/client";
import { freshDatabase, type TestDb } from "@/tests/support/db";
import { testEngine } from "@/tests/support/engine";
import { startTcpProxy, type TcpProxy } from "@/tests/support/tcp-proxy";

export type ReplicaSetup = {
  primary: TestDb;
  replica: TestDb;
  app: {
    db: typeof import("@/lib/db");
    queries: typeof import("@/lib/articles/queries");
    newsroom: typeof import("@/lib/articles/newsroom-queries");
  };
  editor: Actor;
  primaryStoryId: string;
  proxy: TcpProxy | undefined;
};

async function publishedStory(db: Db, title: string) {
  const section = await db.section.upsert({ where: { slug: "news" }, create: { name: "News", slug: "news" }, update: {} });
  const a = await db.article.create({
    data: { title, slug: title.toLowerCase().replace(/\W+/g, "-"), sectionId: section.id, bodyJson: "{}", bodyText: title, status: "PUBLISHED", publishedAt: new Date() },
  });
  await indexArticle(db, a);
  return a;
}

/** Registers the set-up and tear-down hooks; the object is filled in before the tests run. */
export function withReplica(checkMs: number): ReplicaSetup {
  const s = {} as ReplicaSetup;
  beforeAll(async () => {
    s.primary = await freshDatabase();
    s.replica = await freshDatabase();
    s.primaryStoryId = (await publishedStory(s.primary.db, "Primary harbour story")).id;
    await publishedStory(s.replica.db, "Replica lighthouse story");
    const user = await s.primary.db.user.create({ data: { email: "ed@example.com", displayName: "Ed", role: "EDITOR" } });
    s.editor = { id: user.id, role: user.role, displayName: user.displayName, penName: null };

    vi.resetModules();
    delete (globalThis as { sapoDb?: unknown }).sapoDb;
    process.env.DATABASE_URL = s.primary.url;
    if (testEngine() === "postgresql") s.proxy = await startTcpProxy(s.replica.url);
    process.env.DATABASE_REPLICA_URLS = ` ${s.proxy ? s.proxy.through(s.replica.url) : s.replica.url} ,`;
    process.env.DATABASE_REPLICA_CHECK_MS = String(checkMs);
    s.app = {
      db: await import("@/lib/db"),
      queries: await import("@/lib/articles/queries"),
      newsroom: await import("@/lib/articles/newsroom-queries"),
    };
  });
  afterAll(async () => {
    delete process.env.DATABASE_REPLICA_URLS;
    delete process.env.DATABASE_REPLICA_CHECK_MS;
    await s.app?.db.siteDb.$disconnect();
    await s.proxy?.close();
    await s.primary.db.$disconnect();
    await s.replica.db.$disconnect();
  });
  return s;
}
