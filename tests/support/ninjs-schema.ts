// The IPTC's ninjs 3.1 JSON Schema (draft 2020-12), compiled offline from the
// copy in ../shared/ninjs next to the repository (its README says how): ajv's
// 2020 dialect with ajv-formats, and the GeoJSON schema that ninjs refers to
// registered under its own id first, so nothing is fetched from the network.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { NINJS_SCHEMA_ID } from "@/lib/api/ninjs";

/** ../shared/ninjs from the repository's root (where vitest runs). */
export const NINJS_DIR = path.resolve(import.meta.dirname, "../../../shared/ninjs");
const GEOJSON_ID = "https://geojson.org/schema/GeoJSON.json";

function readJson(file: string): unknown {
  const full = path.join(NINJS_DIR, file);
  if (!existsSync(full)) {
    throw new Error(
      `The ninjs schema is missing: ${full} does not exist. The ninjs tests need the IPTC files in ../shared/ninjs next to the repository ` +
        `(ninjs-schema_3.1.json, GeoJSON-schema.json, example-complex-text-article_3.1.json).`,
    );
  }
  return JSON.parse(readFileSync(full, "utf8"));
}

/** An ajv for draft 2020-12 with formats checked and the ninjs schema (and GeoJSON) added under their ids. */
export function ninjsAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(readJson("GeoJSON-schema.json") as object, GEOJSON_ID);
  ajv.addSchema(readJson("ninjs-schema_3.1.json") as object);
  return ajv;
}

let compiled: ValidateFunction | undefined;

/** The ninjs 3.1 validator (compiled once per test file). */
export function ninjsValidator(): ValidateFunction {
  if (!compiled) {
    const validate = ninjsAjv().getSchema(NINJS_SCHEMA_ID);
    if (!validate) throw new Error(`The ninjs schema in ${NINJS_DIR} does not have the id ${NINJS_SCHEMA_ID}`);
    compiled = validate;
  }
  return compiled;
}

/** The validator's errors, one readable line each (for expect(...).toEqual([])). */
export function ninjsErrors(document: unknown): string[] {
  const validate = ninjsValidator();
  return validate(document) ? [] : (validate.errors ?? []).map(describe);
}

/** The IPTC's own example of a text article. */
export function ninjsExample(): unknown {
  return readJson("example-complex-text-article_3.1.json");
}

function describe(e: ErrorObject): string {
  return `${e.instancePath || "/"} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`;
}
