// The content API (lib/api/handler.ts) on a free local port for integration
// tests, on the test's database (read and primary alike), with its own rate
// limiter and no caching of keys or settings (a test that changes them sees
// the change at once), and a key to call it with (createApiKey, as an admin
// makes one). The client is the reader site's (tests/support/reader-server.ts):
// status, headers and body, gunzipped when it came gzipped.
import type { Actor } from "@/lib/auth/actor";
import { createApiHandler } from "@/lib/api/handler";
import { createRateLimiter, type RateLimiter } from "@/lib/api/rate-limit";
import { API_SCOPES, type ApiScope } from "@/lib/api/schemas";
import { createApiKey } from "@/lib/api-keys/create-key";
import type { Db } from "@/lib/db/client";
import { DocumentCache } from "@/lib/server/document-cache";
import { serveReader, type Answer, type ReaderTestServer } from "@/tests/support/reader-server";

export type ApiTestServer = ReaderTestServer & {
  cache: DocumentCache;
  /** GET with the key (unless `headers` has an Authorization of its own, or `key: null`). */
  api(pathname: string, headers?: Record<string, string>, options?: { method?: string; key?: string | null }): Promise<Answer>;
  /** The answer's body as JSON. */
  json<T = unknown>(pathname: string, headers?: Record<string, string>): Promise<T>;
  key: string;
};

/** Starts the API on `db` with a key holding `scopes` (all by default), made by `admin` (a user id in `db`). */
export async function serveApi(db: Db, admin: Pick<Actor, "id">, options: { scopes?: ApiScope[]; limiter?: RateLimiter } = {}): Promise<ApiTestServer> {
  const cache = new DocumentCache({ maxAgeMs: 60_000 });
  const handler = createApiHandler({
    db,
    primary: db,
    sql: () => db,
    dev: false,
    cache,
    access: { limiter: options.limiter ?? createRateLimiter(), settingsTtlMs: 0, keyTtlMs: 0 },
  });
  const server = await serveReader(handler);
  const { secret } = await createApiKey(db, { id: admin.id, ip: null }, { name: "Tests", scopes: options.scopes ?? [...API_SCOPES] });
  const api: ApiTestServer["api"] = (pathname, headers = {}, { method = "GET", key = secret } = {}) =>
    server.request(method, pathname, { headers: key === null || headers.Authorization !== undefined ? headers : { Authorization: `Bearer ${key}`, ...headers } });
  return {
    ...server,
    cache,
    key: secret,
    api,
    async json<T>(pathname: string, headers?: Record<string, string>) {
      const answer = await api(pathname, headers);
      if (answer.status !== 200) throw new Error(`${pathname}: ${answer.status} ${answer.body}`);
      return JSON.parse(answer.body) as T;
    },
  };
}
