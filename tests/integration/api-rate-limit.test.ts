// The content API's rate limits against a real database and a real Redis:
// 429 with a Retry-After past the limit per key, per address (anonymous
// requests) and for failed keys per address; limits changed in the settings
// take effect; the window resets; with Redis, two limiters (two instances)
// share one count; and a Redis that does not answer leaves the API answering.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { addressBucket, admitApiRequest, type AccessDeps } from "@/lib/api/access";
import { forgetApiAccessSettings, SETTINGS_TTL_MS } from "@/lib/api/access-settings";
import { createMemoryStore, createRateLimiter, createRedisStore, RATE_WINDOW_MS, type RateLimiter } from "@/lib/api/rate-limit";
import { createApiKey } from "@/lib/api-keys/create-key";
import { settleApiKeyUse } from "@/lib/api-keys/verify-key";
import { updateSiteSettings } from "@/lib/settings/site-settings";
import { serveApi } from "@/tests/support/api-server";
import { freshDatabase, type TestDb } from "@/tests/support/db";
import { withRedis } from "@/tests/support/redis";

const redis = withRedis();
let t: TestDb;
let actor: { id: string; ip: string };
let clock: number;
let deps: AccessDeps;

beforeAll(async () => {
  t = await freshDatabase();
  const admin = await t.db.user.create({ data: { email: "admin@example.com", displayName: "Admin", role: "ADMIN" } });
  actor = { id: admin.id, ip: "203.0.113.9" };
});
afterAll(async () => {
  await settleApiKeyUse();
  await t.db.$disconnect();
});
beforeEach(() => {
  clock = Date.now();
  deps = { db: t.db, limiter: createRateLimiter({ store: createMemoryStore({ now: () => clock }) }), now: () => clock, settingsTtlMs: 0 };
});

const limits = (values: { apiRateLimitPerKey?: number; apiRateLimitPerAddress?: number; apiAnonymousAccess?: boolean }) =>
  updateSiteSettings(t.db, actor, values);

async function admitted(times: number, request: Parameters<typeof admitApiRequest>[1], d: AccessDeps = deps) {
  for (let i = 0; i < times; i++) expect(await admitApiRequest(d, request, "articles:read"), `request ${i + 1}`).toMatchObject({ ok: true });
}

describe("rate limits", () => {
  it("answer 429 with Retry-After past the limit per key, and the window resets", async () => {
    await limits({ apiRateLimitPerKey: 3 });
    const a = await createApiKey(t.db, actor, { name: "A", scopes: ["articles:read"] });
    const b = await createApiKey(t.db, actor, { name: "B", scopes: ["articles:read"] });
    const withKey = (secret: string) => ({ authorization: `Bearer ${secret}`, address: "192.0.2.1" });
    await admitted(3, withKey(a.secret));
    clock += 20_000;
    expect(await admitApiRequest(deps, withKey(a.secret), "articles:read")).toEqual({
      ok: false, status: 429, code: "rate_limited", messageKey: "api.errors.rateLimited", retryAfterSeconds: 40,
    });
    // Another key from the same address has its own count.
    await admitted(3, withKey(b.secret));
    clock += 40_000;
    await admitted(3, withKey(a.secret));
    expect(await admitApiRequest(deps, withKey(a.secret), "articles:read")).toMatchObject({ status: 429, retryAfterSeconds: 60 });
  });

  it("limit anonymous requests per address", async () => {
    await limits({ apiAnonymousAccess: true, apiRateLimitPerAddress: 2 });
    await admitted(2, { address: "192.0.2.10" });
    expect(await admitApiRequest(deps, { address: "192.0.2.10" }, "taxonomy:read")).toMatchObject({ ok: false, status: 429, retryAfterSeconds: 60 });
    await admitted(2, { address: "192.0.2.11" });
    // IPv6 addresses count by their /64: one subscriber's network.
    await admitted(1, { address: "2001:db8:0:1::1" });
    await admitted(1, { address: "2001:0db8:0000:0001:ffff::2" });
    expect(await admitApiRequest(deps, { address: "2001:db8:0:1:abcd:1:2:3" }, "articles:read")).toMatchObject({ status: 429 });
    await admitted(2, { address: "2001:db8:0:2::1" });
    expect(addressBucket("::1")).toBe("0:0:0:0::/64");
    expect(addressBucket("2001:db8::")).toBe("2001:db8:0:0::/64");
    await limits({ apiAnonymousAccess: false });
  });

  it("limit failed keys per address, so keys cannot be tried fast", async () => {
    await limits({ apiRateLimitPerAddress: 2, apiRateLimitPerKey: 100 });
    const { secret } = await createApiKey(t.db, actor, { name: "Real", scopes: ["articles:read"] });
    const guess = (address: string) => ({ authorization: `Bearer ${secret.slice(0, -1)}${secret.endsWith("x") ? "y" : "x"}`, address });
    for (let i = 0; i < 2; i++) expect(await admitApiRequest(deps, guess("192.0.2.20"), "articles:read")).toMatchObject({ status: 401 });
    expect(await admitApiRequest(deps, guess("192.0.2.20"), "articles:read")).toMatchObject({ status: 429 });
    // Past the limit, a right key from that address looks the same as a wrong one.
    expect(await admitApiRequest(deps, { authorization: `Bearer ${secret}`, address: "192.0.2.20" }, "articles:read")).toMatchObject({ status: 429 });
    // Other addresses, and the right key from elsewhere, are not affected.
    expect(await admitApiRequest(deps, guess("192.0.2.21"), "articles:read")).toMatchObject({ status: 401 });
    await admitted(5, { authorization: `Bearer ${secret}`, address: "192.0.2.22" });
    clock += RATE_WINDOW_MS;
    await admitted(1, { authorization: `Bearer ${secret}`, address: "192.0.2.20" });
  });

  it("follow the settings when they change", async () => {
    await limits({ apiRateLimitPerKey: 2 });
    const { secret } = await createApiKey(t.db, actor, { name: "C", scopes: ["articles:read"] });
    const request = { authorization: `Bearer ${secret}`, address: "192.0.2.30" };
    await admitted(2, request);
    expect(await admitApiRequest(deps, request, "articles:read")).toMatchObject({ status: 429 });
    await limits({ apiRateLimitPerKey: 5 });
    await admitted(2, request);
    expect(await admitApiRequest(deps, request, "articles:read")).toMatchObject({ status: 429 });

    // With the settings kept for SETTINGS_TTL_MS (the default), a change shows when they are read again.
    const kept = { ...deps, settingsTtlMs: undefined };
    forgetApiAccessSettings();
    clock += RATE_WINDOW_MS;
    await admitted(5, request, kept);
    await limits({ apiRateLimitPerKey: 10 });
    expect(await admitApiRequest(kept, request, "articles:read")).toMatchObject({ status: 429 });
    clock += SETTINGS_TTL_MS;
    await admitted(4, request, kept);
    expect(await admitApiRequest(kept, request, "articles:read")).toMatchObject({ status: 429 });
  });
});

describe("over HTTP, through the API's handler", () => {
  it("answers 429 with Retry-After past the key's limit", async () => {
    await limits({ apiRateLimitPerKey: 2 });
    const api = await serveApi(t.db, actor);
    try {
      for (let i = 0; i < 2; i++) expect((await api.api("/api/v1/sections")).status).toBe(200);
      const refused = await api.api("/api/v1/sections", { "Accept-Language": "vi" });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers["retry-after"])).toBeGreaterThanOrEqual(59);
      expect(Number(refused.headers["retry-after"])).toBeLessThanOrEqual(60);
      expect(JSON.parse(refused.body).error).toMatchObject({ code: "rate_limited" });
    } finally {
      api.close();
    }
  });
});

describe("the Redis store", () => {
  const limiters: RateLimiter[] = [];
  afterAll(() => Promise.all(limiters.map((l) => l.close())));
  const instance = (windowMs?: number) => {
    const limiter = createRateLimiter({ store: createRedisStore(redis.url), windowMs });
    limiters.push(limiter);
    return limiter;
  };

  it("shares one count between two instances, and the window resets", async () => {
    const [one, two] = [instance(1_000), instance(1_000)];
    const bucket = `test:${Date.now()}`;
    expect(await one.consume(bucket, 3)).toEqual({ allowed: true });
    expect(await two.consume(bucket, 3)).toEqual({ allowed: true });
    expect(await one.check(bucket, 3)).toEqual({ allowed: true });
    expect(await one.consume(bucket, 3)).toEqual({ allowed: true });
    expect(await two.check(bucket, 3)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(await two.consume(bucket, 3)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(await one.consume(bucket, 3)).toMatchObject({ allowed: false });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await two.consume(bucket, 3)).toEqual({ allowed: true });
  });

  it("holds a key's limit across instances through admitApiRequest", async () => {
    await limits({ apiRateLimitPerKey: 4 });
    const { secret } = await createApiKey(t.db, actor, { name: "Shared", scopes: ["articles:read"] });
    const request = { authorization: `Bearer ${secret}`, address: "192.0.2.40" };
    const [one, two] = [instance(), instance()];
    await admitted(2, request, { ...deps, limiter: one });
    await admitted(2, request, { ...deps, limiter: two });
    const refused = await admitApiRequest({ ...deps, limiter: one }, request, "articles:read");
    expect(refused).toMatchObject({ ok: false, status: 429 });
    expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThanOrEqual(59);
    expect(await admitApiRequest({ ...deps, limiter: two }, request, "articles:read")).toMatchObject({ status: 429 });
  });

  it("counts in memory when Redis does not answer, rather than holding the request", async () => {
    // A port nobody listens on: ioredis keeps trying to connect.
    const limiter = createRateLimiter({ store: createRedisStore("redis://127.0.0.1:1") });
    limiters.push(limiter);
    const started = Date.now();
    expect(await limiter.consume("down", 1)).toEqual({ allowed: true });
    expect(await limiter.consume("down", 1)).toMatchObject({ allowed: false });
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
