// The live bus (lib/live/bus.ts) and the live stream that carries it to the
// newsroom's pages (GET /api/live: lib/live/stream.ts), and sessions ended
// by signing out (lib/auth/ended-sessions.ts):
// - in one process, every copy of the bus module shares one bus (Next.js's
//   bundle and Sapo's own server each load their own);
// - across instances, through a real Redis server, each event arrives once;
// - the stream sends the unread count and the comment changes of the
//   articles it follows, nothing else, and ends within seconds when its
//   session is signed out, its user disabled or their role changed.
// Only the session lookup of the route's guard is stood in for; the stream
// reads the real session cookie, made with next-auth's own encoder.
import { Redis } from "ioredis";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import type { LiveEvent } from "@/lib/live/bus";
import { actAs, createStaff } from "@/tests/support/acting-as";
import { freshDatabase, type TestDb } from "@/tests/support/db";
import { withRedis } from "@/tests/support/redis";

vi.mock("@/lib/auth/session", () => import("@/tests/support/acting-as").then((m) => m.mockedSession));

const SECRET = "live-bus-test-secret-0123456789abcdef";
let t: TestDb;

beforeAll(async () => {
  t = await freshDatabase();
  process.env.DATABASE_URL = t.url;
  // lib/auth/options.ts reads it when first imported; the process's bus is in-process only.
  process.env.AUTH_SECRET = SECRET;
  delete process.env.REDIS_URL;
});
afterAll(() => t.db.$disconnect());

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await wait(20);
  }
}

describe("the bus in one process", () => {
  it("is one bus for every copy of the module, and a subscription ends when asked", async () => {
    const first = await import("@/lib/live/bus");
    // A second copy of the module, as another bundle loads it.
    const copy = "@/lib/live/bus?copy";
    const second = (await import(/* @vite-ignore */ copy)) as typeof first;
    expect(second).not.toBe(first);
    expect(second.liveBus()).toBe(first.liveBus());

    const heard: LiveEvent[] = [];
    const stop = second.onCommentsChanged((articleId, threadId) => heard.push({ kind: "comments", articleId, threadId }));
    first.commentsChanged("a1", "t1");
    first.notificationsChanged(["u1"]); // not a comments event
    expect(heard).toEqual([{ kind: "comments", articleId: "a1", threadId: "t1" }]);
    stop();
    first.commentsChanged("a2");
    expect(heard).toHaveLength(1);
  });

  it("a listener that throws does not keep the event from the others", async () => {
    const { createLiveBus } = await import("@/lib/live/bus");
    const bus = createLiveBus();
    const heard: LiveEvent[] = [];
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    bus.subscribe(() => {
      throw new Error("boom");
    });
    bus.subscribe((e) => heard.push(e));
    bus.publish({ kind: "notification", userId: "u1" });
    expect(heard).toEqual([{ kind: "notification", userId: "u1" }]);
    quiet.mockRestore();
    await bus.close();
  });
});

describe("the bus across instances, through Redis", () => {
  const redis = withRedis();

  it("delivers each event once to every instance, its own included, and ignores what is not an event", async () => {
    const { createLiveBus, LIVE_CHANNEL } = await import("@/lib/live/bus");
    const a = createLiveBus({ redisUrl: redis.url });
    const b = createLiveBus({ redisUrl: redis.url });
    await Promise.all([a.ready(), b.ready()]);
    const onA: LiveEvent[] = [];
    const onB: LiveEvent[] = [];
    a.subscribe((e) => onA.push(e));
    b.subscribe((e) => onB.push(e));

    a.publish({ kind: "comments", articleId: "a1", threadId: "t1" });
    b.publish({ kind: "notification", userId: "u2" });
    const raw = new Redis(redis.url);
    await raw.publish(LIVE_CHANNEL, "not json");
    await raw.publish(LIVE_CHANNEL, JSON.stringify({ from: "elsewhere", event: { kind: "delete-everything" } }));
    await raw.publish(LIVE_CHANNEL, JSON.stringify({ from: "elsewhere", event: { kind: "notification", userId: "u3" } }));
    await raw.quit();

    const expected = [
      { kind: "comments", articleId: "a1", threadId: "t1" },
      { kind: "notification", userId: "u2" },
      { kind: "notification", userId: "u3" },
    ];
    await until(() => onA.length >= 3 && onB.length >= 3);
    await wait(200); // no echo comes late
    const sorted = (events: LiveEvent[]) => [...events].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
    expect(sorted(onA)).toEqual(sorted(expected as LiveEvent[]));
    expect(sorted(onB)).toEqual(sorted(expected as LiveEvent[]));
    await Promise.all([a.close(), b.close()]);
  });
});

describe("ended sessions", () => {
  it("signing out records the token's id until it expires; expired ones are purged", async () => {
    const { authOptions } = await import("@/lib/auth/options");
    const { isSessionEnded, recordEndedSession } = await import("@/lib/auth/ended-sessions");
    const { ann } = await createStaff(t.db, { ann: "REPORTER" });
    const exp = Math.floor(Date.now() / 1000) + 3600;
    await authOptions.events!.signOut!({ token: { uid: ann.id, sv: 0, jti: "jti-1", exp }, session: null as never });
    expect(await isSessionEnded(t.db, "jti-1")).toBe(true);
    expect(await isSessionEnded(t.db, "jti-2")).toBe(false);
    // Twice is once; a token without an id records nothing.
    await authOptions.events!.signOut!({ token: { uid: ann.id, sv: 0, jti: "jti-1", exp }, session: null as never });
    await authOptions.events!.signOut!({ token: { uid: ann.id, sv: 0, exp }, session: null as never });
    expect(await t.db.endedSession.count()).toBe(1);
    await t.db.endedSession.create({ data: { jti: "old", userId: ann.id, expiresAt: new Date(Date.now() - 1000) } });
    await recordEndedSession(t.db, { jti: "jti-3", userId: ann.id, expiresAt: new Date(exp * 1000) });
    expect((await t.db.endedSession.findMany({ orderBy: { jti: "asc" } })).map((s) => s.jti)).toEqual(["jti-1", "jti-3"]);
  });
});

describe("GET /api/live", () => {
  let staff: Record<"reader" | "other", CurrentUser>;
  let followed: string;
  let notFollowed: string;

  beforeAll(async () => {
    staff = await createStaff(t.db, { reader: "REPORTER", other: "REPORTER" });
    const section = await t.db.section.create({ data: { name: "S", slug: "s" } });
    const { createArticle } = await import("@/lib/articles/editing");
    followed = await createArticle(t.db, staff.other, { sectionId: section.id, title: "Followed" });
    notFollowed = await createArticle(t.db, staff.other, { sectionId: section.id, title: "Not followed" });
  });

  async function cookieFor(user: CurrentUser, sv = 0): Promise<string> {
    const token = await encode({ token: { uid: user.id, sv }, secret: SECRET, maxAge: 3600 });
    return `other=1; next-auth.session-token=${token}`;
  }

  async function open(user: CurrentUser | null, cookie: string | null, articles = "") {
    const { GET } = await import("@/app/api/live/route");
    actAs(user);
    const request = new Request(`http://localhost:3100/api/live${articles ? `?articles=${articles}` : ""}`, { headers: cookie ? { cookie } : {} });
    return GET(request, { params: Promise.resolve({}) });
  }

  /** Reads the stream as events (name and data) as they come; `ended` once it closes. */
  function events(response: Response) {
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    const seen: { event: string; data: unknown }[] = [];
    const state = { ended: false, raw: "" };
    void (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        state.raw += decoder.decode(value, { stream: true });
        let cut: number;
        while ((cut = state.raw.indexOf("\n\n")) >= 0) {
          const block = state.raw.slice(0, cut);
          state.raw = state.raw.slice(cut + 2);
          const name = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (name) seen.push({ event: name, data: JSON.parse(data ?? "null") });
        }
      }
      state.ended = true;
    })();
    return { seen, state, cancel: () => reader.cancel() };
  }

  it("refuses without a session, or with a cookie that is not the session's", async () => {
    expect((await open(null, null)).status).toBe(401);
    // The guard's user, but no session cookie to follow.
    expect((await open(staff.reader, null)).status).toBe(401);
    expect((await open(staff.reader, await cookieFor(staff.other))).status).toBe(401);
  });

  it("sends the unread count at once and on change, and comment changes of the followed articles only", async () => {
    const response = await open(staff.reader, await cookieFor(staff.reader), `${followed},bad id!,${followed}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(response.headers.get("cache-control")).toContain("no-transform");
    const stream = events(response);
    await until(() => stream.seen.length >= 1);
    expect(stream.seen[0]).toEqual({ event: "notification", data: { unread: 0 } });

    const { commentsChanged, notificationsChanged } = await import("@/lib/live/bus");
    await t.db.notification.create({ data: { userId: staff.reader.id, kind: "comment", articleId: followed, actorId: staff.other.id } });
    notificationsChanged([staff.other.id]); // someone else's
    commentsChanged(notFollowed, "t0");
    notificationsChanged([staff.reader.id]);
    commentsChanged(followed, "t1");
    await until(() => stream.seen.length >= 3);
    await wait(100);
    expect(stream.seen.slice(1)).toEqual(
      expect.arrayContaining([
        { event: "notification", data: { unread: 1 } },
        { event: "comments", data: { articleId: followed, threadId: "t1" } },
      ]),
    );
    expect(stream.seen).toHaveLength(3);
    await stream.cancel();
  });

  it("ends within seconds when the session is signed out, the user disabled or their role changed", async () => {
    const { readLiveSession, recordEndedSession } = await import("@/lib/auth/ended-sessions");
    const { lee, kim } = await createStaff(t.db, { lee: "REPORTER", kim: "EDITOR" });
    const signedOut = await cookieFor(staff.reader);
    const streams = {
      signedOut: events(await open(staff.reader, signedOut)),
      disabled: events(await open(lee, await cookieFor(lee))),
      roleChanged: events(await open(kim, await cookieFor(kim))),
      untouched: events(await open(staff.other, await cookieFor(staff.other))),
    };
    await until(() => Object.values(streams).every((s) => s.seen.length >= 1));

    const session = (await readLiveSession(signedOut, SECRET))!;
    await recordEndedSession(t.db, { jti: session.jti, userId: session.userId, expiresAt: session.expiresAt });
    await t.db.user.update({ where: { id: lee.id }, data: { disabledAt: new Date(), sessionVersion: { increment: 1 } } });
    await t.db.user.update({ where: { id: kim.id }, data: { role: "REPORTER", sessionVersion: { increment: 1 } } });

    await until(() => streams.signedOut.state.ended && streams.disabled.state.ended && streams.roleChanged.state.ended, 8_000);
    for (const s of [streams.signedOut, streams.disabled, streams.roleChanged]) expect(s.seen.at(-1)).toEqual({ event: "ended", data: {} });
    expect(streams.untouched.state.ended).toBe(false);
    // The signed-out cookie opens nothing again.
    expect((await open(staff.reader, signedOut)).status).toBe(401);
    await streams.untouched.cancel();
  });
});
