// The OpenAPI document (lib/api/openapi.ts) is a valid OpenAPI 3.1 document
// (@seriousme/openapi-schema-validator), lists every route of the table, and
// tells the truth: real answers of the running API (lib/api/handler.ts) on a
// real database, for every route, in every format and for every status the
// document promises, validate against the schemas it gives for them
// (ajv, draft 2020-12, compiling the document's own components).
import { Validator } from "@seriousme/openapi-schema-validator";
import type { ValidateFunction } from "ajv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NINJS_MEDIA_TYPE } from "@/lib/api/ninjs";
import { openApiDocument, OPENAPI_PATH, type OpenApiDocument, type OpenApiOperation } from "@/lib/api/openapi";
import type { RateLimiter } from "@/lib/api/rate-limit";
import { API_ROUTES, type ApiRoute } from "@/lib/api/routes";
import type { ApiArticle } from "@/lib/api/schemas";
import { serveApi, type ApiTestServer } from "@/tests/support/api-server";
import { figure, publishStory, seedNewsroom, SITE_URL, text, type Newsroom } from "@/tests/support/content-api-fixture";
import { freshDatabase, type TestDb } from "@/tests/support/db";
import { ninjsAjv, ninjsErrors } from "@/tests/support/ninjs-schema";
import type { Answer } from "@/tests/support/reader-server";

const DOC_ID = "https://sapo.test/openapi.json";

let t: TestDb;
let room: Newsroom;
let api: ApiTestServer;
let document: OpenApiDocument;
let article: ApiArticle;
const validators = new Map<string, ValidateFunction>();

beforeAll(async () => {
  process.env.SITE_URL = SITE_URL;
  delete process.env.MEDIA_PUBLIC_URL;
  t = await freshDatabase();
  room = await seedNewsroom(t.db);
  const id = await publishStory(t.db, room, {
    title: "Cầu Cửa Hội thông xe",
    tags: ["Giao thông", "Cửa Lò"],
    authors: [
      { byline: "Hoa Mai", userId: null },
      { byline: "Thanh Tùng", userId: null },
    ],
    coverMediaId: room.media.id,
    body: [text("Cầu mới nối hai bờ sông Lam."), figure(room.media, "Cầu nhìn từ bờ Nghi Xuân", "Ảnh: Thanh Tùng")],
  });
  api = await serveApi(t.db, room.admin);
  article = await api.json<ApiArticle>(`/api/v1/articles/${id}`);
  document = openApiDocument(SITE_URL);
  const ajv = ninjsAjv();
  ajv.addSchema({ $id: DOC_ID, components: { schemas: document.components.schemas } });
  for (const name of Object.keys(document.components.schemas)) {
    validators.set(name, ajv.getSchema(`${DOC_ID}#/components/schemas/${name}`)!);
  }
});

afterAll(async () => {
  api?.close();
  await t?.db.$disconnect();
});

type Json = Record<string, unknown>;
const refName = (value: unknown) => String((value as { $ref: string }).$ref).split("/").pop()!;

/** The response object the document gives for `status` ($ref resolved). */
function documented(op: OpenApiOperation, status: number): Json {
  const response = op.responses[String(status)] as Json | undefined;
  expect(response, `${op.operationId}: ${status} is not in the document`).toBeDefined();
  return "$ref" in response! ? (document.components.responses[refName(response)] as Json) : response!;
}

/** Fails unless `answer` is one the document describes for `route`: status, media type, headers and body schema. */
function expectDocumented(route: ApiRoute, answer: Answer) {
  const op = document.paths[route.path].get;
  const response = documented(op, answer.status);
  const headers = (response.headers ?? {}) as Record<string, Json>;
  for (const [name, header] of Object.entries(headers)) {
    const resolved = "$ref" in header ? (document.components.headers[refName(header)] as Json) : header;
    if (resolved.required) expect(answer.headers[name.toLowerCase()], `${op.operationId} ${answer.status}: ${name}`).toBeDefined();
  }
  if (answer.status === 304) return expect(answer.body).toBe("");
  const mediaType = String(answer.headers["content-type"]).split(";")[0].trim();
  const content = response.content as Record<string, { schema: unknown }> | undefined;
  expect(content?.[mediaType], `${op.operationId} ${answer.status}: ${mediaType} is not in the document`).toBeDefined();
  const validate = validators.get(refName(content![mediaType].schema))!;
  const body = JSON.parse(answer.body) as unknown;
  expect(validate(body) ? [] : validate.errors, `${op.operationId} ${answer.status} ${mediaType}`).toEqual([]);
  return body;
}

/** A path of `route` that finds the published article. */
function pathOf(route: ApiRoute): string {
  const [, section, slug] = new URL(article.url).pathname.split("/");
  const values: Record<string, string> = { id: article.id, section, slug };
  const query = route.id === "search" ? "?q=cua+hoi" : "";
  return route.path.replace(/\{(\w+)\}/g, (_m, name: string) => values[name]) + query;
}

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document, and the validator can tell", async () => {
    const result = await new Validator().validate(structuredClone(document) as never);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    const broken = structuredClone(document) as unknown as Json & { paths: Record<string, { get: Json }> };
    delete broken.paths["/api/v1/articles"].get.responses;
    broken.info = { title: "no version" };
    expect((await new Validator().validate(broken as never)).valid).toBe(false);
  });

  it("has every route of the table, with its parameters, scope and answers", () => {
    expect(Object.keys(document.paths).sort()).toEqual(API_ROUTES.map((r) => r.path).sort());
    expect(document.servers).toEqual([{ url: SITE_URL, description: "This site" }]);
    for (const route of API_ROUTES) {
      const op = document.paths[route.path].get;
      expect(op.operationId).toBe(route.id);
      const names = op.parameters.filter((p) => !("$ref" in p)).map((p) => ("name" in p ? p.name : ""));
      expect(names).toEqual([...Object.keys(route.params.shape), ...Object.keys(route.query.shape)]);
      expect(op.security).toEqual([{ bearerKey: [route.scope] }, { headerKey: [route.scope] }]);
      const ok = (op.responses["200"] as Json).content as Json;
      expect(Object.keys(ok)).toEqual(route.ninjs ? ["application/json", NINJS_MEDIA_TYPE] : ["application/json"]);
      expect(documented(op, 429).headers).toHaveProperty("Retry-After");
    }
    // Anonymous access on: no security is one of the choices.
    expect(openApiDocument(SITE_URL, { anonymousAccess: true }).paths["/api/v1/articles"].get.security).toContainEqual({});
  });

  it("is served at /api/v1/openapi.json without a key", async () => {
    const answer = await api.api(OPENAPI_PATH, {}, { key: null });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual(JSON.parse(JSON.stringify(document)));
  });
});

describe("real answers match the document", () => {
  for (const route of API_ROUTES) {
    it(`${route.id}: 200 in every format, then 304, 400, 401${route.ninjs === "item" ? ", 404" : ""}`, async () => {
      const path = pathOf(route);
      const ok = await api.api(path);
      expect(ok.status, path).toBe(200);
      const body = expectDocumented(route, ok) as { data?: unknown[] };
      if (body.data) expect(body.data.length, path).toBeGreaterThan(0);

      if (route.ninjs) {
        const ninjs = await api.api(path, { Accept: NINJS_MEDIA_TYPE });
        expect(ninjs.status).toBe(200);
        const doc = expectDocumented(route, ninjs) as { data?: unknown[] };
        for (const item of doc.data ?? [doc]) expect(ninjsErrors(item)).toEqual([]);
        // Sparse fields are Sapo's JSON only: the document's 400.
        expectDocumented(route, await api.api(`${path}${path.includes("?") ? "&" : "?"}format=ninjs&fields=id`));
      }

      const again = await api.api(path, { "If-None-Match": String(ok.headers.etag) });
      expect(again.status).toBe(304);
      expectDocumented(route, again);

      const bad = await api.api(`${path}${path.includes("?") ? "&" : "?"}${"limit" in route.query.shape ? "limit=0" : "format=xml"}`);
      expect(bad.status).toBe(400);
      expectDocumented(route, bad);

      const anonymous = await api.api(path, {}, { key: null });
      expect(anonymous.status).toBe(401);
      expectDocumented(route, anonymous);

      if (route.ninjs === "item") {
        const missing = await api.api(route.path.replace(/\{(\w+)\}/g, "no-such-article"));
        expect(missing.status).toBe(404);
        expectDocumented(route, missing);
      }
    });
  }

  it("403 for a key without the scope, and 429 with Retry-After past the limit", async () => {
    const narrow = await serveApi(t.db, room.admin, { scopes: ["taxonomy:read"] });
    const refusing: RateLimiter = {
      consume: async () => ({ allowed: false, retryAfterSeconds: 7 }),
      check: async () => ({ allowed: false, retryAfterSeconds: 7 }),
      close: async () => {},
    };
    const limited = await serveApi(t.db, room.admin, { limiter: refusing });
    try {
      for (const route of API_ROUTES) {
        const path = pathOf(route);
        const refused = await narrow.api(path);
        expect(refused.status, route.id).toBe(route.scope === "taxonomy:read" ? 200 : 403);
        expectDocumented(route, refused);
        const tooMany = await limited.api(path);
        expect(tooMany.status, route.id).toBe(429);
        expect(tooMany.headers["retry-after"]).toBe("7");
        expectDocumented(route, tooMany);
      }
    } finally {
      narrow.close();
      limited.close();
    }
  });
});
