// The content API's OpenAPI 3.1 document, served at /api/v1/openapi.json
// (lib/api/handler.ts) and read by the newsroom's reference page
// (app/newsroom/api/reference). Generated, never written by hand: the paths
// from the route table (lib/api/routes.ts), the schemas from the zod schemas
// that parse the requests and shape the answers (lib/api/openapi-schemas.ts),
// so adding a route or a field changes the document with it.
// A ninjs answer is described by a small schema that points to the IPTC's own
// (which is large, and has its own home and versions) rather than a copy of it.
// Not `server-only`: the API is answered by Sapo's own server, outside Next.js.
import { NINJS_DOCS_URL, NINJS_MEDIA_TYPE, NINJS_SCHEMA_ID } from "@/lib/api/ninjs";
import { componentSchemas, responseComponentId, routeParameters, type JsonSchema, type OpenApiParameter } from "@/lib/api/openapi-schemas";
import { API_ROUTES, type ApiRoute } from "@/lib/api/routes";
import { PAGE_LIMIT, type ApiScope } from "@/lib/api/schemas";

/** The document's own version (the API's is in its paths, /api/v1). */
export const OPENAPI_INFO_VERSION = "1.0.0";
export const OPENAPI_PATH = "/api/v1/openapi.json";

export type OpenApiOperation = {
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  parameters: (OpenApiParameter | { $ref: string })[];
  security: Record<string, string[]>[];
  responses: Record<string, unknown>;
  "x-sapo-scope": ApiScope;
};

export type OpenApiDocument = {
  openapi: "3.1.1";
  info: { title: string; version: string; description: string };
  servers: { url: string; description: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, { get: OpenApiOperation }>;
  components: {
    schemas: Record<string, JsonSchema>;
    securitySchemes: Record<string, unknown>;
    parameters: Record<string, unknown>;
    headers: Record<string, unknown>;
    responses: Record<string, unknown>;
  };
};

export type OpenApiOptions = {
  /**
   * Whether the site lets callers without a key in (the apiAnonymousAccess
   * setting): each operation then also accepts no security at all.
   */
  anonymousAccess?: boolean;
};

const TAGS: Record<ApiScope, { name: string; description: string }> = {
  "articles:read": { name: "Articles", description: "Published articles, in Sapo's JSON or as IPTC ninjs 3.1." },
  "search:read": { name: "Search", description: "Full-text search over published articles." },
  "taxonomy:read": { name: "Taxonomy", description: "Sections, tags and bylines." },
};

const DESCRIPTION = `Sapo's read-only content API: the paper's published articles, sections, tags, bylines and search, for apps, partners and aggregators. Nothing unpublished or internal is ever shown.

**Keys.** Send a key from the newsroom's API page as \`Authorization: Bearer <key>\` (or \`X-Api-Key: <key>\`). A key holds scopes; each operation names the one it needs. When the site allows anonymous access, requests without a key are answered too, limited per address.

**Pages.** Lists answer \`{ "data": [...], "next": "…" }\`, newest first or in the site's order; pass \`next\` as \`cursor\` for the page after, until it is null. \`limit\` is 1–${PAGE_LIMIT.max} (default ${PAGE_LIMIT.default}).

**Formats.** Articles come in Sapo's JSON (trim them with \`fields=id,title,url\`), or in IPTC ninjs 3.1 with \`Accept: ${NINJS_MEDIA_TYPE}\` or \`format=ninjs\` (${NINJS_DOCS_URL}).

**Caching.** Answers carry an \`ETag\`; send it back as \`If-None-Match\` and an unchanged answer is a \`304\` with no body.

**Limits.** Each key and each address has a number of requests a minute; past it the answer is \`429\` with \`Retry-After\` (seconds). Errors are \`{ "error": { "code", "message", "issues"? } }\`, their message in the language of \`Accept-Language\`.`;

const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });
const errorContent = { "application/json": { schema: ref("schemas", "Error") } };

/** The ninjs answers' schemas: what Sapo guarantees, and where the full schema is. */
const NINJS_SCHEMAS: Record<string, JsonSchema> = {
  NinjsItem: {
    type: "object",
    description: `An IPTC ninjs 3.1 news item (${NINJS_MEDIA_TYPE}). Every item Sapo sends validates against the IPTC's JSON Schema, ${NINJS_SCHEMA_ID}; headlines, bylines (\`by\`, \`people\`), subjects (section and tags), the body as HTML and the pictures (\`associations\`, with renditions, caption and credit) are described there.`,
    externalDocs: { description: "IPTC ninjs: News in JSON", url: NINJS_DOCS_URL },
    required: ["uri", "type"],
    properties: {
      uri: { type: "string", format: "uri", description: "The item's identifier: this API's address of the article." },
      type: { type: "string", const: "text" },
      standard: { type: "object", description: "The standard, version and schema this item conforms to." },
    },
  },
  NinjsPage: {
    type: "object",
    description: "A page of articles as IPTC ninjs 3.1 items.",
    required: ["data", "next"],
    properties: {
      data: { type: "array", items: ref("schemas", "NinjsItem") },
      next: { type: ["string", "null"], description: "The cursor of the page after; null on the last page." },
    },
  },
};

function operation(route: ApiRoute, anonymousAccess: boolean): OpenApiOperation {
  const tag = TAGS[route.scope];
  const ok: Record<string, unknown> = { "application/json": { schema: ref("schemas", responseComponentId(route)) } };
  if (route.ninjs) ok[NINJS_MEDIA_TYPE] = { schema: ref("schemas", route.ninjs === "item" ? "NinjsItem" : "NinjsPage") };
  const responses: Record<string, unknown> = {
    "200": {
      description: route.ninjs ? "The answer, in Sapo's JSON or (when asked for) IPTC ninjs 3.1." : "The answer.",
      headers: { ETag: ref("headers", "ETag"), "Cache-Control": ref("headers", "Cache-Control") },
      content: ok,
    },
    "304": ref("responses", "NotModified"),
    "400": ref("responses", "BadRequest"),
    "401": ref("responses", "Unauthorized"),
    "403": ref("responses", "Forbidden"),
  };
  if (route.ninjs === "item") responses["404"] = ref("responses", "NotFound");
  responses["429"] = ref("responses", "TooManyRequests");
  const keys: Record<string, string[]>[] = [{ bearerKey: [route.scope] }, { headerKey: [route.scope] }];
  return {
    operationId: route.id,
    summary: route.summary,
    description: `Needs a key with the \`${route.scope}\` scope${anonymousAccess ? ", or none: this site allows anonymous access" : ""}.`,
    tags: [tag.name],
    parameters: [...routeParameters(route), ref("parameters", "If-None-Match")],
    security: anonymousAccess ? [...keys, {}] : keys,
    responses,
    "x-sapo-scope": route.scope,
  };
}

const documents = new Map<string, OpenApiDocument>();

/** The document for a site at `siteUrl` (its servers entry); the same object for the same arguments. */
export function openApiDocument(siteUrl: string, options: OpenApiOptions = {}): OpenApiDocument {
  const anonymousAccess = options.anonymousAccess ?? false;
  const key = `${anonymousAccess ? 1 : 0} ${siteUrl}`;
  const known = documents.get(key);
  if (known) return known;
  const paths: OpenApiDocument["paths"] = {};
  for (const route of API_ROUTES) paths[route.path] = { get: operation(route, anonymousAccess) };
  const document: OpenApiDocument = {
    openapi: "3.1.1",
    info: { title: "Sapo content API", version: OPENAPI_INFO_VERSION, description: DESCRIPTION },
    servers: [{ url: siteUrl.replace(/\/+$/, ""), description: "This site" }],
    tags: [...new Set(API_ROUTES.map((r) => r.scope))].map((scope) => TAGS[scope]),
    paths,
    components: {
      schemas: { ...componentSchemas(API_ROUTES), ...NINJS_SCHEMAS },
      securitySchemes: {
        bearerKey: { type: "http", scheme: "bearer", description: "An API key made on the newsroom's API page: `Authorization: Bearer <key>`." },
        headerKey: { type: "apiKey", in: "header", name: "X-Api-Key", description: "The same key in a header of its own, for clients that cannot set Authorization." },
      },
      parameters: {
        "If-None-Match": {
          name: "If-None-Match",
          in: "header",
          required: false,
          description: "The ETag of an answer you hold: unchanged, the answer is 304 with no body.",
          schema: { type: "string" },
        },
      },
      headers: {
        ETag: { description: "The answer's tag, for If-None-Match.", schema: { type: "string" } },
        "Cache-Control": { description: "How long the answer may be kept (public for a CDN only when anonymous access is on).", schema: { type: "string" } },
        "Retry-After": { description: "Seconds to wait before asking again.", required: true, schema: { type: "integer", minimum: 0 } },
      },
      responses: {
        NotModified: { description: "Not modified: the answer is the one whose ETag was sent.", headers: { ETag: ref("headers", "ETag") } },
        BadRequest: { description: "A parameter is not valid (each in `issues`).", content: errorContent },
        Unauthorized: { description: "No key, or a key that is unknown, revoked or expired.", content: errorContent },
        Forbidden: { description: "The key lacks the scope this operation needs.", content: errorContent },
        NotFound: { description: "No published article here.", content: errorContent },
        TooManyRequests: { description: "Too many requests for this key or address.", headers: { "Retry-After": ref("headers", "Retry-After") }, content: errorContent },
      },
    },
  };
  documents.set(key, document);
  return document;
}
