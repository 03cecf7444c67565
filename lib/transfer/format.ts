// The transfer archive (npm run export / npm run import): a directory with
//   manifest.json           what is in it, with a row count and SHA-256 per table
//   tables/<Model>.jsonl    one canonical JSON object per row
//   media/<variant name>    the image files, byte for byte
// and the canonical row serialization both sides checksum. Canonical means
// engine-independent: the same rows read from SQLite and from PostgreSQL give
// the same text and the same checksum. Pure (no database, no files).
import { createHash } from "node:crypto";
import { Prisma } from "@prisma/client";

export const ARCHIVE_FORMAT = "sapo-transfer-1";
export const MANIFEST_FILE = "manifest.json";
export const TABLES_DIR = "tables";
export const MEDIA_DIR = "media";

/** A column as the archive knows it: its name and its Prisma type (the value's type tag). */
export type FieldSpec = { name: string; type: string; kind: "scalar" | "enum" };

export type TableSpec = { model: string; fields: FieldSpec[]; primaryKey: string[] };

export type TableEntry = {
  model: string;
  file: string;
  rows: number;
  /** See TableDigest: SHA-256 over the rows' canonical lines in primary-key order. */
  sha256: string;
  primaryKey: string[];
  fields: { name: string; type: string }[];
};

export type MediaEntry = { name: string; size: number; sha256: string };

export type Manifest = {
  format: typeof ARCHIVE_FORMAT;
  appVersion: string;
  exportedAt: string;
  sourceEngine: string;
  /** In the order they are imported (referenced tables first). */
  tables: TableEntry[];
  /** Models deliberately left out, with why. */
  skipped: Record<string, string>;
  media: MediaEntry[];
};

/** Something wrong with an archive or a value in it; the message says where. */
export class ArchiveError extends Error {}

export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

// Scalar types a transfer can carry. Json is left out on purpose: the schema
// keeps JSON as text, and a Json column would need a rule for key order and
// for JSON null versus database NULL before it could be checksummed.
const SUPPORTED = new Set(["String", "Boolean", "Int", "Float", "DateTime", "BigInt", "Decimal", "Bytes"]);

export function isSupportedField(field: FieldSpec): boolean {
  return field.kind === "enum" || SUPPORTED.has(field.type);
}

function wrongType(field: FieldSpec, value: unknown): never {
  const shown = typeof value === "string" ? JSON.stringify(value.slice(0, 40)) : String(value);
  throw new ArchiveError(`${field.name}: expected ${field.type}, got ${typeof value} ${shown}`);
}

/** One value as it goes into the archive: JSON-safe and the same whichever engine read it. */
export function encodeValue(field: FieldSpec, value: unknown): unknown {
  if (value === null) return null;
  if (value === undefined) throw new ArchiveError(`${field.name}: missing`);
  if (field.kind === "enum") return typeof value === "string" ? value : wrongType(field, value);
  switch (field.type) {
    case "String":
      return typeof value === "string" ? value : wrongType(field, value);
    case "Boolean":
      return typeof value === "boolean" ? value : wrongType(field, value);
    case "Int":
      return Number.isSafeInteger(value) ? value : wrongType(field, value);
    case "Float":
      if (typeof value !== "number") wrongType(field, value);
      // JSON has no NaN or Infinity; String() gives "NaN", "Infinity", "-Infinity".
      return Number.isFinite(value) ? value : String(value);
    case "DateTime":
      // Dates are instants: ISO 8601 in UTC with milliseconds, whatever the
      // engine's own representation.
      if (!(value instanceof Date) || Number.isNaN(value.getTime())) wrongType(field, value);
      return value.toISOString();
    case "BigInt":
      return typeof value === "bigint" ? value.toString() : wrongType(field, value);
    case "Decimal":
      return Prisma.Decimal.isDecimal(value) ? (value as Prisma.Decimal).toString() : wrongType(field, value);
    case "Bytes":
      return value instanceof Uint8Array ? Buffer.from(value).toString("base64") : wrongType(field, value);
    default:
      throw new ArchiveError(`${field.name}: the transfer does not support ${field.type} columns`);
  }
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The inverse of encodeValue: what Prisma's createMany takes. */
export function decodeValue(field: FieldSpec, value: unknown): unknown {
  if (value === null) return null;
  if (value === undefined) throw new ArchiveError(`${field.name}: missing`);
  if (field.kind === "enum") return typeof value === "string" ? value : wrongType(field, value);
  switch (field.type) {
    case "String":
      return typeof value === "string" ? value : wrongType(field, value);
    case "Boolean":
      return typeof value === "boolean" ? value : wrongType(field, value);
    case "Int":
      return Number.isSafeInteger(value) ? value : wrongType(field, value);
    case "Float":
      if (typeof value === "number") return value;
      if (value === "NaN" || value === "Infinity" || value === "-Infinity") return Number(value);
      return wrongType(field, value);
    case "DateTime": {
      if (typeof value !== "string" || !ISO_INSTANT.test(value)) wrongType(field, value);
      const date = new Date(value);
      // Also refuses calendar nonsense such as 2026-02-31, which Date would roll over.
      if (Number.isNaN(date.getTime()) || date.toISOString() !== value) wrongType(field, value);
      return date;
    }
    case "BigInt":
      return typeof value === "string" && /^-?\d+$/.test(value) ? BigInt(value) : wrongType(field, value);
    case "Decimal":
      try {
        if (typeof value !== "string") wrongType(field, value);
        return new Prisma.Decimal(value);
      } catch {
        return wrongType(field, value);
      }
    case "Bytes":
      return typeof value === "string" && BASE64.test(value) ? new Uint8Array(Buffer.from(value, "base64")) : wrongType(field, value);
    default:
      throw new ArchiveError(`${field.name}: the transfer does not support ${field.type} columns`);
  }
}

// Keys sorted by name (code units), so the line does not depend on the order
// of the columns in the schema or in the engine's result.
function sortedFields(spec: TableSpec): FieldSpec[] {
  return [...spec.fields].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** A row (as Prisma returns it) as its canonical line, without the newline. */
export function encodeRow(spec: TableSpec, row: Record<string, unknown>): string {
  const out: Record<string, unknown> = {};
  for (const field of sortedFields(spec)) {
    try {
      out[field.name] = encodeValue(field, row[field.name]);
    } catch (e) {
      throw new ArchiveError(`${spec.model}.${(e as Error).message}`);
    }
  }
  return JSON.stringify(out);
}

/** A canonical line back into createMany data; refuses unknown or missing columns. */
export function decodeRow(spec: TableSpec, line: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    throw new ArchiveError(`${spec.model}: a line is not JSON`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new ArchiveError(`${spec.model}: a line is not a JSON object`);
  const input = parsed as Record<string, unknown>;
  const known = new Set(spec.fields.map((f) => f.name));
  const unknown = Object.keys(input).filter((k) => !known.has(k));
  if (unknown.length) throw new ArchiveError(`${spec.model}: unknown column ${unknown.join(", ")}`);
  const row: Record<string, unknown> = {};
  for (const field of spec.fields) {
    try {
      row[field.name] = decodeValue(field, input[field.name]);
    } catch (e) {
      throw new ArchiveError(`${spec.model}.${(e as Error).message}`);
    }
  }
  return row;
}

type PkValue = string | number;

/** The row's primary key as comparable values (the encoded form: strings for dates, big numbers, bytes). */
export function primaryKeyOf(spec: TableSpec, row: Record<string, unknown>): PkValue[] {
  return spec.primaryKey.map((name) => {
    const field = spec.fields.find((f) => f.name === name);
    if (!field) throw new ArchiveError(`${spec.model}: primary key column ${name} is not a column`);
    const v = encodeValue(field, row[name]);
    if (typeof v !== "string" && typeof v !== "number") throw new ArchiveError(`${spec.model}: primary key ${name} is null`);
    return v;
  });
}

/**
 * Orders primary keys in JavaScript: numbers by value, strings by UTF-16 code
 * units. Never the database's ORDER BY, whose text collation differs between
 * SQLite and PostgreSQL (and between PostgreSQL locales).
 */
export function comparePrimaryKeys(a: PkValue[], b: PkValue[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x === "number" && typeof y === "number") return x - y;
    const sx = String(x);
    const sy = String(y);
    if (sx !== sy) return sx < sy ? -1 : 1;
  }
  return 0;
}

/**
 * Count and checksum of a table, fed one row at a time in any order. The
 * checksum is the SHA-256 of the concatenated SHA-256 digests of the rows'
 * canonical lines, taken in primary-key order. Hashing each row as it comes
 * keeps memory at a key and 32 bytes per row instead of the whole table
 * (revisions hold full article bodies).
 */
export class TableDigest {
  private entries: { key: PkValue[]; digest: Buffer }[] = [];

  constructor(private spec: TableSpec) {}

  /** `line` must be the row's canonical line (encodeRow). */
  add(row: Record<string, unknown>, line: string): void {
    this.entries.push({ key: primaryKeyOf(this.spec, row), digest: createHash("sha256").update(line).digest() });
  }

  finish(): { rows: number; sha256: string } {
    this.entries.sort((a, b) => comparePrimaryKeys(a.key, b.key));
    const hash = createHash("sha256");
    for (const [i, e] of this.entries.entries()) {
      if (i > 0 && comparePrimaryKeys(this.entries[i - 1].key, e.key) === 0) {
        throw new ArchiveError(`${this.spec.model}: primary key ${JSON.stringify(e.key)} appears twice`);
      }
      hash.update(e.digest);
    }
    return { rows: this.entries.length, sha256: hash.digest("hex") };
  }
}

// Archive paths are built from names in the manifest: only plain file names,
// so a crafted manifest cannot reach outside the archive directory.
const SAFE_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/;

export function isSafeFileName(name: string): boolean {
  return SAFE_FILE_NAME.test(name) && !name.includes("..");
}

/** Checks the manifest's shape (not its checksums); throws ArchiveError saying what is wrong. */
export function parseManifest(text: string): Manifest {
  let m: unknown;
  try {
    m = JSON.parse(text);
  } catch {
    throw new ArchiveError(`${MANIFEST_FILE} is not JSON`);
  }
  const bad = (what: string): never => {
    throw new ArchiveError(`${MANIFEST_FILE}: ${what}`);
  };
  if (typeof m !== "object" || m === null) bad("not an object");
  const o = m as Record<string, unknown>;
  if (o.format !== ARCHIVE_FORMAT) bad(`format is ${JSON.stringify(o.format)}, expected "${ARCHIVE_FORMAT}" (not a Sapo export, or from an incompatible version)`);
  if (!Array.isArray(o.tables)) bad("tables is missing");
  if (!Array.isArray(o.media)) bad("media is missing");
  for (const t of o.tables as unknown[]) {
    const e = t as Partial<TableEntry>;
    if (typeof e?.model !== "string" || !isSafeFileName(e.model)) bad(`a table has no usable model name`);
    if (e.file !== `${TABLES_DIR}/${e.model}.jsonl`) bad(`table ${e.model}: unexpected file ${String(e.file)}`);
    if (!Number.isSafeInteger(e.rows) || typeof e.sha256 !== "string" || !Array.isArray(e.fields) || !Array.isArray(e.primaryKey)) {
      bad(`table ${e.model}: rows, sha256, fields or primaryKey missing`);
    }
  }
  for (const f of o.media as unknown[]) {
    const e = f as Partial<MediaEntry>;
    if (typeof e?.name !== "string" || !isSafeFileName(e.name)) bad(`a media file has an unusable name ${JSON.stringify(e?.name)}`);
    if (!Number.isSafeInteger(e.size) || typeof e.sha256 !== "string") bad(`media ${e.name}: size or sha256 missing`);
  }
  return m as Manifest;
}
