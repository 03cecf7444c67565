// What the newsroom's API reference page shows of each endpoint, read from
// the OpenAPI document itself (lib/api/openapi.ts) so that the page and
// /api/v1/openapi.json always agree: method, path, scope, parameters with a
// short form of their schema, the answers and their media types, and ready
// curl commands. Pure: rendered by the page's server components.
import type { JsonSchema } from "@/lib/api/openapi-schemas";
import type { OpenApiDocument } from "@/lib/api/openapi";

export type ReferenceParameter = {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  /** The document's (English) description; the page prefers the catalogue's. */
  description: string;
  /** A short form of the schema: "integer, 1–100, default 20", "json | ninjs". */
  type: string;
};

export type ReferenceResponse = { status: string; mediaTypes: string[]; schema: string | null; retryAfter: boolean };

export type ReferenceEndpoint = {
  id: string;
  method: "GET";
  path: string;
  summary: string;
  scope: string;
  tag: string;
  parameters: ReferenceParameter[];
  responses: ReferenceResponse[];
  /** One curl command per representation (JSON, and ninjs where there is one). */
  examples: { label: "json" | "ninjs"; command: string }[];
};

/** The shell variable the examples read the key from (a key never belongs in a page). */
export const KEY_VARIABLE = "SAPO_API_KEY";

/** Values for required query parameters in the examples. */
const EXAMPLE_VALUES: Record<string, string> = { q: "nghe an" };

type Ref = { $ref: string };
const isRef = (v: unknown): v is Ref => typeof v === "object" && v !== null && "$ref" in v;

/** The object `#/components/<kind>/<name>` points to. */
function resolve<T>(document: OpenApiDocument, value: T | Ref): T {
  if (!isRef(value)) return value;
  const [, , kind, name] = value.$ref.split("/");
  return (document.components as Record<string, Record<string, unknown>>)[kind][name] as T;
}

const refName = (value: unknown) => (isRef(value) ? value.$ref.split("/").pop() ?? null : null);

export function schemaSummary(schema: JsonSchema): string {
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as JsonSchema[]).map(schemaSummary).join(" | ");
  if (Array.isArray(schema.enum)) return schema.enum.join(" | ");
  const parts: string[] = [typeof schema.format === "string" ? schema.format : String(schema.type ?? "any")];
  if (typeof schema.minimum === "number" && typeof schema.maximum === "number") parts.push(`${schema.minimum}–${schema.maximum}`);
  if (typeof schema.maxLength === "number") parts.push(`≤ ${schema.maxLength}`);
  if (typeof schema.minLength === "number" && schema.minLength > 0) parts.push(`≥ ${schema.minLength}`);
  if (schema.default !== undefined) parts.push(`= ${JSON.stringify(schema.default)}`);
  return parts.join(", ");
}

function curl(url: string, accept?: string): string {
  const lines = [`curl -sS "${url}"`, `  -H "Authorization: Bearer $${KEY_VARIABLE}"`];
  if (accept) lines.push(`  -H "Accept: ${accept}"`);
  return lines.join(" \\\n");
}

/** The endpoints of `document`, in its order. */
export function referenceEndpoints(document: OpenApiDocument): ReferenceEndpoint[] {
  const server = document.servers[0]?.url ?? "";
  return Object.entries(document.paths).map(([path, item]) => {
    const op = item.get;
    const parameters = op.parameters.map((p) => {
      const param = resolve(document, p) as { name: string; in: ReferenceParameter["in"]; required: boolean; description?: string; schema: JsonSchema };
      return { name: param.name, in: param.in, required: param.required, description: param.description ?? "", type: schemaSummary(param.schema) };
    });
    const responses = Object.entries(op.responses).map(([status, r]) => {
      const response = resolve(document, r as object) as { content?: Record<string, { schema?: unknown }>; headers?: Record<string, unknown> };
      const content = response.content ?? {};
      const first = Object.values(content)[0];
      return { status, mediaTypes: Object.keys(content), schema: first ? refName(first.schema) : null, retryAfter: Boolean(response.headers?.["Retry-After"]) };
    });
    // Path parameters as placeholders; required query parameters with an example.
    const filled = path.replace(/\{(\w+)\}/g, "<$1>");
    const query = parameters
      .filter((p) => p.in === "query" && p.required)
      .map((p) => `${p.name}=${p.name in EXAMPLE_VALUES ? encodeURIComponent(EXAMPLE_VALUES[p.name]).replace(/%20/g, "+") : `<${p.name}>`}`);
    const url = `${server}${filled}${query.length ? `?${query.join("&")}` : ""}`;
    const ninjs = responses.find((r) => r.status === "200")?.mediaTypes.find((m) => m !== "application/json");
    return {
      id: op.operationId,
      method: "GET" as const,
      path,
      summary: op.summary,
      scope: op["x-sapo-scope"],
      tag: op.tags[0] ?? "",
      parameters,
      responses,
      examples: [{ label: "json" as const, command: curl(url) }, ...(ninjs ? [{ label: "ninjs" as const, command: curl(url, ninjs) }] : [])],
    };
  });
}
