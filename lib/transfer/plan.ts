// Which tables a transfer carries, their columns and primary keys, and the
// order to insert them in (referenced tables first), all derived from the
// data model rather than listed by hand.
//
// Prisma.dmmf gives the models and their columns with types, but in Prisma 6
// with the query compiler it is trimmed: no primary keys and no foreign-key
// side of a relation. Those two facts come from the schema text
// (prisma/schema.prisma), read by a deliberately small parser; the two
// sources are cross-checked so a stale generated client or an unusual schema
// stops the transfer instead of misleading it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Prisma } from "@prisma/client";
import { isSupportedField, type FieldSpec, type TableSpec } from "@/lib/transfer/format";

/**
 * Models not transferred: derived or momentary data, rebuilt or irrelevant on the target.
 * ArticleView (hourly view counts, lib/views/) is carried on purpose: an
 * export is also how an installation moves to PostgreSQL, and without the
 * counts "most read" would be empty for a week after the move. They are
 * counts only, nothing about readers, and a row per article and hour read.
 */
export const SKIPPED_MODELS: Record<string, string> = {
  SearchKey: "row ids of the full-text index; the index is rebuilt after import",
  SignInAttempt: "sign-in attempts counted for throttling, for 15 minutes",
  SignInLock: "rows locked while a sign-in attempt is counted; they hold nothing",
};

export const SCHEMA_FILE = path.join("prisma", "schema.prisma");

export type ParsedField = {
  name: string;
  type: string;
  list: boolean;
  optional: boolean;
  id: boolean;
  autoincrement: boolean;
  relationFields: string[] | null;
};
export type ParsedModel = { name: string; fields: ParsedField[]; compoundId: string[] | null };

export class SchemaError extends Error {}

// Drops // comments (/// doc comments included) outside double-quoted strings.
function stripComment(line: string): string {
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inString && c === "\\") i++;
    else if (c === '"') inString = !inString;
    else if (!inString && c === "/" && line[i + 1] === "/") return line.slice(0, i);
  }
  return line;
}

const list = (inner: string) => inner.split(",").map((s) => s.trim()).filter(Boolean);

/**
 * The models of a Prisma schema with what the runtime DMMF lacks: primary
 * keys (@id, @@id) and, per relation field, the scalar fields holding the
 * foreign key (@relation(fields: [...])) on the side that has them.
 */
export function parseSchemaModels(text: string): ParsedModel[] {
  const models: ParsedModel[] = [];
  let current: ParsedModel | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = stripComment(raw).trim();
    if (!line) continue;
    if (!current) {
      const start = /^model\s+(\w+)\s*\{$/.exec(line);
      if (start) current = { name: start[1], fields: [], compoundId: null };
      continue;
    }
    if (line === "}") {
      models.push(current);
      current = null;
      continue;
    }
    if (line.startsWith("@@")) {
      const id = /^@@id\(\s*(?:fields:\s*)?\[([^\]]*)\]/.exec(line);
      if (id) current.compoundId = list(id[1]);
      continue;
    }
    const field = /^(\w+)\s+(\w+)(\[\])?(\?)?(.*)$/.exec(line);
    if (!field) throw new SchemaError(`model ${current.name}: cannot read the line "${line}"`);
    const attributes = field[5];
    const relation = /@relation\(([^)]*)\)/.exec(attributes);
    const fkFields = relation ? /fields:\s*\[([^\]]*)\]/.exec(relation[1]) : null;
    current.fields.push({
      name: field[1],
      type: field[2],
      list: Boolean(field[3]),
      optional: Boolean(field[4]),
      id: /(^|\s)@id\b/.test(attributes),
      autoincrement: /@default\(\s*autoincrement\(\)\s*\)/.test(attributes),
      relationFields: fkFields ? list(fkFields[1]) : null,
    });
  }
  if (current) throw new SchemaError(`model ${current.name} is not closed`);
  return models;
}

/**
 * Orders models so that every model comes after the models it references.
 * Ties keep the given order, so the result is stable. Throws on a
 * self-reference or a cycle: inserting those would need a second pass that
 * fills the foreign keys in later, which Sapo's schema has never needed.
 */
export function dependencyOrder(models: { name: string; dependsOn: string[] }[]): string[] {
  for (const m of models) {
    if (m.dependsOn.includes(m.name)) {
      throw new SchemaError(`${m.name} references itself; the transfer would need a second pass for it (lib/transfer/plan.ts)`);
    }
  }
  const done = new Set<string>();
  const order: string[] = [];
  const waiting = [...models];
  while (waiting.length) {
    const i = waiting.findIndex((m) => m.dependsOn.every((d) => done.has(d)));
    if (i < 0) {
      throw new SchemaError(
        `the references between ${waiting.map((m) => m.name).join(", ")} form a cycle; the transfer would need a second pass for them (lib/transfer/plan.ts)`,
      );
    }
    const [next] = waiting.splice(i, 1);
    done.add(next.name);
    order.push(next.name);
  }
  return order;
}

export type TransferPlan = {
  /** Tables in insert order; delete in the reverse order. */
  tables: TableSpec[];
  /** Models present in the schema but not transferred. */
  skipped: string[];
};

type DmmfModel = { name: string; fields: readonly { name: string; kind: string; type: string }[] };

/** The plan from a runtime datamodel and the schema text it was generated from. */
export function buildPlan(datamodel: { models: readonly DmmfModel[] }, schemaText: string): TransferPlan {
  const parsed = new Map(parseSchemaModels(schemaText).map((m) => [m.name, m]));
  const dmmfNames = datamodel.models.map((m) => m.name);
  const parsedNames = [...parsed.keys()];
  const mismatch = (what: string) =>
    new SchemaError(`${SCHEMA_FILE} and the generated Prisma client disagree (${what}); run \`npx prisma generate\``);
  if (dmmfNames.length !== parsedNames.length || dmmfNames.some((n) => !parsed.has(n))) {
    throw mismatch(`models ${dmmfNames.join(",")} versus ${parsedNames.join(",")}`);
  }

  const specs = new Map<string, TableSpec>();
  const dependsOn = new Map<string, string[]>();
  for (const model of datamodel.models) {
    const schemaModel = parsed.get(model.name)!;
    const byName = new Map(schemaModel.fields.map((f) => [f.name, f]));
    if (byName.size !== model.fields.length) throw mismatch(`fields of ${model.name}`);
    for (const f of model.fields) {
      if (byName.get(f.name)?.type !== f.type) throw mismatch(`field ${model.name}.${f.name}`);
    }
    if (model.name in SKIPPED_MODELS) continue;

    const fields: FieldSpec[] = model.fields
      .filter((f) => f.kind === "scalar" || f.kind === "enum")
      .map((f) => ({ name: f.name, type: f.type, kind: f.kind as FieldSpec["kind"] }));
    for (const f of fields) {
      if (!isSupportedField(f) || byName.get(f.name)!.list) {
        throw new SchemaError(`${model.name}.${f.name} is a ${f.type} column, which the transfer does not carry yet (lib/transfer/format.ts)`);
      }
    }
    // Imported ids would leave a PostgreSQL sequence behind them, and the
    // next insert would collide; such a table needs its sequence moved first.
    const counter = schemaModel.fields.find((f) => f.autoincrement);
    if (counter) throw new SchemaError(`${model.name}.${counter.name} is autoincrement, which the transfer does not handle yet (lib/transfer/plan.ts)`);
    const primaryKey = schemaModel.compoundId ?? schemaModel.fields.filter((f) => f.id).map((f) => f.name);
    if (primaryKey.length === 0) throw new SchemaError(`${model.name} has no primary key (@id or @@id)`);
    specs.set(model.name, { model: model.name, fields, primaryKey });

    const deps: string[] = [];
    for (const f of model.fields) {
      if (f.kind !== "object" || !byName.get(f.name)!.relationFields) continue;
      if (f.type in SKIPPED_MODELS) {
        throw new SchemaError(`${model.name}.${f.name} references ${f.type}, which the transfer skips; it cannot be imported without it`);
      }
      if (!deps.includes(f.type)) deps.push(f.type);
    }
    dependsOn.set(model.name, deps);
  }

  const order = dependencyOrder([...specs.keys()].map((name) => ({ name, dependsOn: dependsOn.get(name)! })));
  return { tables: order.map((name) => specs.get(name)!), skipped: dmmfNames.filter((n) => n in SKIPPED_MODELS) };
}

/** The plan for this installation's schema (read from the working directory, the project root). */
export function transferPlan(schemaFile = path.resolve(SCHEMA_FILE)): TransferPlan {
  return buildPlan(Prisma.dmmf.datamodel, readFileSync(schemaFile, "utf8"));
}
