// API keys against a real database: created with a secret shown once and
// kept only as a hash; scopes; revocation (at once in this process, within
// the cache's bound elsewhere); expiry; last use recorded in the background
// and at most once a minute; anonymous access off by default. Requests are
// admitted through admitApiRequest, as the API's handler does, and once over
// HTTP through the handler itself.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { admitApiRequest, apiAccessRequest, type AccessDeps } from "@/lib/api/access";
import { forgetApiAccessSettings } from "@/lib/api/access-settings";
import { createMemoryStore, createRateLimiter } from "@/lib/api/rate-limit";
import { createApiKey } from "@/lib/api-keys/create-key";
import { apiKeyInputSchema } from "@/lib/api-keys/input";
import { KEY_CACHE_TTL_MS } from "@/lib/api-keys/key-cache";
import { listApiKeys } from "@/lib/api-keys/list-keys";
import { revokeApiKey } from "@/lib/api-keys/revoke-key";
import { LAST_USE_INTERVAL_MS, settleApiKeyUse } from "@/lib/api-keys/verify-key";
import { UserError } from "@/lib/errors/user-error";
import { availableLocales, messageFor } from "@/lib/i18n/catalogue";
import { updateSiteSettings } from "@/lib/settings/site-settings";
import { serveApi } from "@/tests/support/api-server";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let t: TestDb;
let actor: { id: string; ip: string };
let clock: number;
let deps: AccessDeps;
const ADDRESS = "198.51.100.7";

beforeAll(async () => {
  t = await freshDatabase();
  const admin = await t.db.user.create({ data: { email: "admin@example.com", displayName: "Quản trị", role: "ADMIN" } });
  actor = { id: admin.id, ip: "203.0.113.9" };
});
afterAll(async () => {
  await settleApiKeyUse();
  await t.db.$disconnect();
});
beforeEach(() => {
  clock = Date.now();
  // A limiter of its own for each test, and no settings kept between changes.
  deps = { db: t.db, limiter: createRateLimiter({ store: createMemoryStore({ now: () => clock }) }), now: () => clock, settingsTtlMs: 0 };
});

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}`, address: ADDRESS });

async function rejectionOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  return (error as UserError).key;
}

describe("creating a key", () => {
  it("shows the secret once and stores only its SHA-256", async () => {
    const { key, secret } = await createApiKey(t.db, actor, { name: "  Ứng dụng di động  ", scopes: ["search:read", "articles:read"] });
    expect(secret).toMatch(/^sapo_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(key).toMatchObject({ name: "Ứng dụng di động", scopes: ["articles:read", "search:read"], expiresAt: null, revokedAt: null, lastUsedAt: null, createdByName: "Quản trị" });
    expect(secret.startsWith(`sapo_${key.prefix}_`)).toBe(true);

    const row = await t.db.apiKey.findUniqueOrThrow({ where: { id: key.id } });
    const secretPart = secret.slice(`sapo_${key.prefix}_`.length);
    expect(row.secretHash).toBe(createHash("sha256").update(secretPart).digest("hex"));
    // Nothing in the row (nor in the audit log) holds the secret.
    expect(JSON.stringify(row)).not.toContain(secretPart);
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "api.key_created", targetId: key.id } });
    expect(event).toMatchObject({ actorId: actor.id, ip: actor.ip, targetType: "apiKey" });
    expect(JSON.parse(event.detail)).toEqual({ name: "Ứng dụng di động", prefix: key.prefix, scopes: ["articles:read", "search:read"], expiresAt: null });
    expect(event.detail).not.toContain(secretPart);

    // The list never carries a hash or a secret, and the secret cannot be had again.
    const listed = (await listApiKeys(t.db)).find((k) => k.id === key.id);
    expect(listed).toEqual(key);
    expect(Object.keys(listed!)).not.toContain("secretHash");
  });

  it("refuses a missing or long name, no scopes, unknown scopes and a past expiry", async () => {
    const refused = (input: Parameters<typeof createApiKey>[2]) => rejectionOf(createApiKey(t.db, actor, input));
    expect(await refused({ name: "   ", scopes: ["articles:read"] })).toBe("apiAdmin.validation.nameMissing");
    expect(await refused({ name: "x".repeat(101), scopes: ["articles:read"] })).toBe("apiAdmin.validation.nameTooLong");
    expect(await refused({ name: "App", scopes: [] })).toBe("apiAdmin.validation.scopesMissing");
    expect(await refused({ name: "App", scopes: ["articles:write" as "articles:read"] })).toBe("apiAdmin.validation.scope");
    expect(await refused({ name: "App", scopes: ["articles:read"], expiresAt: new Date(Date.now() - 1000) })).toBe("apiAdmin.validation.expiryPast");
    expect(await refused({ name: "App", scopes: ["articles:read"], expiresAt: "not a date" })).toBe("apiAdmin.validation.expiryInvalid");
    // What a form sends: one ticked box as a string, an empty expiry as "".
    expect(apiKeyInputSchema.parse({ name: "App", scopes: "taxonomy:read", expiresAt: "" })).toEqual({ name: "App", scopes: ["taxonomy:read"] });
    // Every message exists in every language, and the length message says the limit.
    for (const locale of availableLocales()) {
      for (const k of ["nameMissing", "nameTooLong", "scopesMissing", "scope", "expiryInvalid", "expiryPast"]) {
        expect(messageFor(locale, `apiAdmin.validation.${k}`)).not.toBe(`apiAdmin.validation.${k}`);
      }
      expect(messageFor(locale, "apiAdmin.validation.nameTooLong")).toContain("100");
    }
  });
});

describe("authenticating a request", () => {
  it("admits a key by Bearer or X-Api-Key, only for its scopes", async () => {
    const { key, secret } = await createApiKey(t.db, actor, { name: "Taxonomy only", scopes: ["taxonomy:read"] });
    expect(await admitApiRequest(deps, bearer(secret), "taxonomy:read")).toEqual({ ok: true, identity: { kind: "key", keyId: key.id } });
    expect(await admitApiRequest(deps, { apiKey: secret, address: ADDRESS }, "taxonomy:read")).toMatchObject({ ok: true });
    const fromHeaders = apiAccessRequest({ "x-api-key": secret, "x-sapo-peer": "192.0.2.4:51000" });
    expect(fromHeaders).toEqual({ authorization: undefined, apiKey: secret, address: "192.0.2.4" });
    // A key that may read sections and tags may not read articles.
    expect(await admitApiRequest(deps, bearer(secret), "articles:read")).toEqual({
      ok: false, status: 403, code: "scope_missing", messageKey: "api.errors.scopeMissing",
    });
  });

  it("refuses unknown keys, wrong secrets and other schemes with 401", async () => {
    const { secret } = await createApiKey(t.db, actor, { name: "Partner", scopes: ["articles:read"] });
    const wrongSecret = secret.slice(0, -4) + (secret.endsWith("AAAA") ? "BBBB" : "AAAA");
    const unknownPrefix = secret.replace(/^sapo_[0-9a-f]{12}/, "sapo_000000000000");
    for (const request of [bearer(wrongSecret), bearer(unknownPrefix), bearer("hello"), { authorization: `Basic ${secret}`, address: ADDRESS }, { apiKey: "", address: ADDRESS }]) {
      expect(await admitApiRequest(deps, request, "articles:read")).toEqual({ ok: false, status: 401, code: "key_invalid", messageKey: "api.errors.keyInvalid" });
    }
    expect(await admitApiRequest(deps, bearer(secret), "articles:read")).toMatchObject({ ok: true });
  });

  it("stops a revoked key at once in this process, once in the audit log", async () => {
    const { key, secret } = await createApiKey(t.db, actor, { name: "Aggregator", scopes: ["articles:read"] });
    // Verified, so kept in the process's cache with the default lifetime.
    const cached = { ...deps, now: undefined };
    expect(await admitApiRequest(cached, bearer(secret), "articles:read")).toMatchObject({ ok: true });
    const revoked = await revokeApiKey(t.db, actor, { id: key.id });
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    expect(await admitApiRequest(cached, bearer(secret), "articles:read")).toEqual({ ok: false, status: 401, code: "key_revoked", messageKey: "api.errors.keyRevoked" });
    await revokeApiKey(t.db, actor, { id: key.id });
    expect(await t.db.auditEvent.count({ where: { action: "api.key_revoked", targetId: key.id } })).toBe(1);
    expect(await rejectionOf(revokeApiKey(t.db, actor, { id: "no-such-key" }))).toBe("apiAdmin.errors.keyGone");
    // Revoked keys are listed after live ones.
    const list = await listApiKeys(t.db);
    expect(list.findIndex((k) => k.id === key.id)).toBeGreaterThan(list.findIndex((k) => !k.revokedAt));
  });

  it("stops a key revoked by another instance within the cache's lifetime", async () => {
    const { key, secret } = await createApiKey(t.db, actor, { name: "Portal", scopes: ["articles:read"] });
    expect(await admitApiRequest(deps, bearer(secret), "articles:read")).toMatchObject({ ok: true });
    // Another instance revokes it: this process's cache does not hear of it.
    await t.db.apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } });
    clock += KEY_CACHE_TTL_MS - 1;
    expect(await admitApiRequest(deps, bearer(secret), "articles:read")).toMatchObject({ ok: true });
    clock += 1;
    expect(await admitApiRequest(deps, bearer(secret), "articles:read")).toMatchObject({ ok: false, status: 401, code: "key_revoked" });
  });

  it("refuses a key once it has expired", async () => {
    const expiresAt = new Date(clock + 3_600_000);
    const { secret } = await createApiKey(t.db, actor, { name: "Trial", scopes: ["search:read"], expiresAt });
    expect(await admitApiRequest(deps, bearer(secret), "search:read")).toMatchObject({ ok: true });
    clock = expiresAt.getTime() - 1;
    expect(await admitApiRequest(deps, bearer(secret), "search:read")).toMatchObject({ ok: true });
    clock = expiresAt.getTime();
    expect(await admitApiRequest(deps, bearer(secret), "search:read")).toEqual({ ok: false, status: 401, code: "key_expired", messageKey: "api.errors.keyExpired" });
  });

  it("records the last use in the background, at most once a minute", async () => {
    const { key, secret } = await createApiKey(t.db, actor, { name: "App", scopes: ["articles:read"] });
    const lastUsed = async () => {
      await settleApiKeyUse();
      return (await t.db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt?.getTime() ?? null;
    };
    const first = clock;
    await admitApiRequest(deps, bearer(secret), "articles:read");
    expect(await lastUsed()).toBe(first);
    // Within the minute no write is even attempted: a cleared value stays cleared.
    await t.db.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: null } });
    for (let i = 0; i < 20; i++) {
      clock += 1_000;
      expect(await admitApiRequest(deps, bearer(secret), "articles:read")).toMatchObject({ ok: true });
    }
    expect(await lastUsed()).toBeNull();
    clock = first + LAST_USE_INTERVAL_MS;
    await admitApiRequest(deps, bearer(secret), "articles:read");
    expect(await lastUsed()).toBe(clock);
    expect((await listApiKeys(t.db)).find((k) => k.id === key.id)?.lastUsedAt?.getTime()).toBe(clock);
  });
});

describe("anonymous access", () => {
  it("is off by default and admits by address when switched on", async () => {
    const anonymous = { address: ADDRESS };
    expect(await admitApiRequest(deps, anonymous, "articles:read")).toEqual({ ok: false, status: 401, code: "key_required", messageKey: "api.errors.keyRequired" });
    await updateSiteSettings(t.db, actor, { apiAnonymousAccess: true });
    expect(await admitApiRequest(deps, anonymous, "articles:read")).toEqual({ ok: true, identity: { kind: "anonymous", address: ADDRESS } });
    // A key is still checked when one is sent.
    expect(await admitApiRequest(deps, { ...anonymous, authorization: "Bearer sapo_000000000000_nope" }, "articles:read")).toMatchObject({ status: 401 });

    // With the settings kept (the default), a change shows once they are forgotten (the settings action does so).
    const kept = { ...deps, settingsTtlMs: undefined };
    expect(await admitApiRequest(kept, anonymous, "articles:read")).toMatchObject({ ok: true });
    await updateSiteSettings(t.db, actor, { apiAnonymousAccess: false });
    expect(await admitApiRequest(kept, anonymous, "articles:read")).toMatchObject({ ok: true });
    forgetApiAccessSettings();
    expect(await admitApiRequest(kept, anonymous, "articles:read")).toMatchObject({ ok: false, code: "key_required" });
  });

  it("has its messages in every language", () => {
    for (const locale of availableLocales()) {
      for (const k of ["keyRequired", "keyInvalid", "keyRevoked", "keyExpired", "scopeMissing", "rateLimited"]) {
        expect(messageFor(locale, `api.errors.${k}`)).not.toBe(`api.errors.${k}`);
      }
    }
  });
});

describe("over HTTP, through the API's handler", () => {
  it("answers 401, 403 and 200 as the key allows", async () => {
    const api = await serveApi(t.db, actor, { scopes: ["taxonomy:read"] });
    try {
      const en = { "Accept-Language": "en" };
      const error = (body: string) => (JSON.parse(body) as { error: { code: string } }).error.code;
      const sections = await api.api("/api/v1/sections", en);
      expect(sections.status).toBe(200);
      const viaHeader = await api.api("/api/v1/tags", { ...en, "X-Api-Key": api.key }, { key: null });
      expect(viaHeader.status).toBe(200);
      const articles = await api.api("/api/v1/articles", en);
      expect([articles.status, error(articles.body)]).toEqual([403, "scope_missing"]);
      const none = await api.api("/api/v1/sections", en, { key: null });
      expect([none.status, error(none.body)]).toEqual([401, "key_required"]);
      expect(JSON.parse(none.body).error.message).toBe(messageFor("en", "api.errors.keyRequired"));
      const wrong = await api.api("/api/v1/sections", en, { key: "sapo_000000000000_" + "A".repeat(43) });
      expect([wrong.status, error(wrong.body)]).toEqual([401, "key_invalid"]);
    } finally {
      api.close();
    }
  });
});
