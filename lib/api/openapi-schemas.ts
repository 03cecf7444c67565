// The JSON Schemas of the OpenAPI document (lib/api/openapi.ts), made by
// zod's own z.toJSONSchema (draft 2020-12, the dialect OpenAPI 3.1 uses) from
// the schemas that parse the API's inputs and shape its answers
// (lib/api/schemas.ts, lib/api/routes.ts), so the document cannot say
// something the code does not do.
// - Components: every schema named with `.meta({ id })` that schemas.ts
//   exports, and every route's answer (a nameless answer gets one from its
//   route, e.g. GetArticleResponse), converted together so that one refers to
//   another as #/components/schemas/<id>. Answers are the schemas' output side.
// - Parameters: each query and path field, converted on its input side (what
//   a caller may send: `limit` is an integer with its default), with its
//   description lifted onto the parameter.
// Not `server-only`: the API is answered by Sapo's own server, outside Next.js.
import { z } from "zod";
import type { ApiRoute } from "@/lib/api/routes";
import * as apiSchemas from "@/lib/api/schemas";

export type JsonSchema = Record<string, unknown>;

export type OpenApiParameter = {
  name: string;
  in: "path" | "query";
  required: boolean;
  description?: string;
  schema: JsonSchema;
};

const COMPONENT_REF = "#/components/schemas/";

/** The component name of a route's answer. */
export function responseComponentId(route: ApiRoute): string {
  return z.globalRegistry.get(route.response)?.id ?? `${route.id.charAt(0).toUpperCase()}${route.id.slice(1)}Response`;
}

/** The reusable schemas: all of lib/api/schemas.ts's named schemas and the routes' answers. */
export function componentSchemas(routes: readonly ApiRoute[]): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  const named = new Map<string, z.ZodType>();
  const add = (schema: z.ZodType, id: string) => {
    if (registry.has(schema)) return;
    // Two different schemas under one name would silently replace each other in the document.
    if (named.has(id)) throw new Error(`Two API schemas are named ${id}`);
    named.set(id, schema);
    registry.add(schema, { id });
  };
  for (const value of Object.values(apiSchemas)) {
    if (!(value instanceof z.ZodType)) continue;
    const id = z.globalRegistry.get(value)?.id;
    if (id) add(value, id);
  }
  for (const route of routes) add(route.response, responseComponentId(route));

  const { schemas } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    io: "output",
    // body.json is z.unknown(): any JSON (`{}`); nothing else is unrepresentable.
    unrepresentable: "any",
    uri: (id) => `${COMPONENT_REF}${id}`,
  });
  // A named schema that the registry did not hold would land in a "__shared"
  // bag with references no reader resolves: refuse rather than publish that.
  if ("__shared" in schemas) {
    throw new Error(`An API schema refers to a named schema that lib/api/schemas.ts does not export: ${JSON.stringify(Object.keys(schemas.__shared))}`);
  }
  const out: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    // Each comes as a document of its own ($schema, and an $id that would be
    // a fragment, which 2020-12 forbids); inside the OpenAPI document the
    // dialect is the document's.
    const rest: JsonSchema = { ...(schema as JsonSchema) };
    delete rest.$schema;
    delete rest.$id;
    out[id] = rest;
  }
  return out;
}

/** A route's path and query fields as OpenAPI parameters. */
export function routeParameters(route: ApiRoute): OpenApiParameter[] {
  return [...fieldsOf(route.params, "path"), ...fieldsOf(route.query, "query")];
}

function fieldsOf(object: z.ZodObject, where: "path" | "query"): OpenApiParameter[] {
  const json = z.toJSONSchema(object, { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as JsonSchema;
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...schema } = property;
    return {
      name,
      in: where,
      // A path parameter is always required (OpenAPI says so).
      required: where === "path" || required.has(name),
      ...(typeof description === "string" ? { description } : {}),
      schema,
    };
  });
}
