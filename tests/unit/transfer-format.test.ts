// The export archive's canonical row format and checksums, and the table
// order derived from the schema: the parts of export/import that must give
// the same answer whatever engine the rows came from.
import { readFileSync } from "node:fs";
import { Prisma } from "@prisma/client";
import { describe, expect, it } from "vitest";
import {
  ArchiveError,
  comparePrimaryKeys,
  decodeRow,
  encodeRow,
  isSafeFileName,
  parseManifest,
  TableDigest,
  type TableSpec,
} from "@/lib/transfer/format";
import { buildPlan, dependencyOrder, parseSchemaModels, transferPlan } from "@/lib/transfer/plan";

const spec: TableSpec = {
  model: "Thing",
  primaryKey: ["id"],
  fields: [
    { name: "id", type: "String", kind: "scalar" },
    { name: "title", type: "String", kind: "scalar" },
    { name: "count", type: "Int", kind: "scalar" },
    { name: "ratio", type: "Float", kind: "scalar" },
    { name: "on", type: "Boolean", kind: "scalar" },
    { name: "at", type: "DateTime", kind: "scalar" },
    { name: "big", type: "BigInt", kind: "scalar" },
    { name: "price", type: "Decimal", kind: "scalar" },
    { name: "blob", type: "Bytes", kind: "scalar" },
    { name: "role", type: "Role", kind: "enum" },
    { name: "note", type: "String", kind: "scalar" },
  ],
};

const row = {
  id: "ck1",
  title: "Nghệ An \"quoted\" \n line",
  count: 42,
  ratio: -0.125,
  on: true,
  at: new Date("2026-11-27T10:20:30.456Z"),
  big: 9007199254740993n,
  price: new Prisma.Decimal("12.50"),
  blob: new Uint8Array([0, 1, 254, 255]),
  role: "EDITOR",
  note: null,
};

describe("canonical rows", () => {
  it("round-trips every supported type exactly", () => {
    const line = encodeRow(spec, row);
    const back = decodeRow(spec, line);
    expect(back.at).toEqual(row.at);
    expect(back.big).toBe(row.big);
    expect((back.price as Prisma.Decimal).equals(row.price)).toBe(true);
    expect(back.blob).toEqual(row.blob);
    expect(back.note).toBeNull();
    expect(encodeRow(spec, back)).toBe(line);
    expect(JSON.parse(line)).toMatchObject({ at: "2026-11-27T10:20:30.456Z", big: "9007199254740993", price: "12.5", blob: "AAH+/w==" });
  });

  it("does not depend on the order of the columns or the engine's date objects", () => {
    const reordered = Object.fromEntries(Object.entries(row).reverse());
    const line = encodeRow(spec, { ...reordered, at: new Date(row.at.getTime()) });
    expect(line).toBe(encodeRow(spec, row));
    expect(Object.keys(JSON.parse(line))).toEqual([...Object.keys(row)].sort());
  });

  it("keeps non-finite floats, which JSON cannot hold", () => {
    for (const ratio of [Number.NaN, Infinity, -Infinity]) {
      expect(decodeRow(spec, encodeRow(spec, { ...row, ratio })).ratio).toBe(ratio);
    }
  });

  it("refuses values of the wrong type on both sides, naming the column", () => {
    expect(() => encodeRow(spec, { ...row, at: "2026-11-27" })).toThrow(/Thing\.at: expected DateTime/);
    expect(() => encodeRow(spec, { ...row, count: 1.5 })).toThrow(/Thing\.count/);
    expect(() => encodeRow(spec, { ...row, title: undefined })).toThrow(/Thing\.title: missing/);
    const good = JSON.parse(encodeRow(spec, row));
    expect(() => decodeRow(spec, JSON.stringify({ ...good, at: "2026-02-31T00:00:00.000Z" }))).toThrow(ArchiveError);
    expect(() => decodeRow(spec, JSON.stringify({ ...good, count: "42" }))).toThrow(/Thing\.count/);
    expect(() => decodeRow(spec, JSON.stringify({ ...good, extra: 1 }))).toThrow(/unknown column extra/);
    const { title: _dropped, ...missing } = good;
    expect(() => decodeRow(spec, JSON.stringify(missing))).toThrow(/Thing\.title: missing/);
    expect(() => decodeRow(spec, "[1,2]")).toThrow(/not a JSON object/);
  });
});

describe("table checksums", () => {
  const rows = ["b", "a", "C", "é", "z10", "z9"].map((id, i) => ({ ...row, id, count: i }));
  const digest = (list: typeof rows) => {
    const d = new TableDigest(spec);
    for (const r of list) d.add(r, encodeRow(spec, r));
    return d.finish();
  };

  it("is the same whatever order the database returned the rows in", () => {
    const a = digest(rows);
    expect(a.rows).toBe(6);
    expect(digest([...rows].reverse())).toEqual(a);
    expect(digest([rows[3], rows[0], rows[5], rows[1], rows[4], rows[2]])).toEqual(a);
  });

  it("changes when any value of any row changes, or a row goes missing", () => {
    const a = digest(rows).sha256;
    expect(digest(rows.map((r, i) => (i === 4 ? { ...r, title: r.title + " " } : r))).sha256).not.toBe(a);
    expect(digest(rows.map((r, i) => (i === 0 ? { ...r, at: new Date(r.at.getTime() + 1) } : r))).sha256).not.toBe(a);
    expect(digest(rows.slice(1))).toMatchObject({ rows: 5 });
  });

  it("refuses a primary key that appears twice", () => {
    expect(() => digest([...rows, rows[2]])).toThrow(/appears twice/);
  });

  it("orders keys in JavaScript, not by a database collation", () => {
    const keys = [["é"], ["b"], ["C"], ["a"]].sort(comparePrimaryKeys).map((k) => k[0]);
    expect(keys).toEqual(["C", "a", "b", "é"]); // code units: upper case first, accents last
    expect([[10], [9], [100]].sort(comparePrimaryKeys)).toEqual([[9], [10], [100]]);
    expect(comparePrimaryKeys(["a", "b"], ["a", "c"])).toBeLessThan(0);
  });
});

describe("the manifest", () => {
  const minimal = { format: "sapo-transfer-1", appVersion: "1", exportedAt: "x", sourceEngine: "sqlite", skipped: {}, tables: [], media: [] };

  it("accepts a well-formed manifest and refuses other formats", () => {
    expect(parseManifest(JSON.stringify(minimal)).format).toBe("sapo-transfer-1");
    expect(() => parseManifest(JSON.stringify({ ...minimal, format: "sapo-backup-1" }))).toThrow(/not a Sapo export/);
    expect(() => parseManifest("{")).toThrow(/not JSON/);
  });

  it("refuses names that would reach outside the archive", () => {
    for (const name of ["../etc/passwd", "/abs.webp", "a/b.webp", ".hidden", "x..webp"]) {
      expect(isSafeFileName(name), name).toBe(false);
      expect(() => parseManifest(JSON.stringify({ ...minimal, media: [{ name, size: 1, sha256: "0" }] }))).toThrow(ArchiveError);
    }
    expect(isSafeFileName("0123456789abcdef0123-480.webp")).toBe(true);
    const table = { model: "../User", file: "tables/../User.jsonl", rows: 0, sha256: "", primaryKey: ["id"], fields: [] };
    expect(() => parseManifest(JSON.stringify({ ...minimal, tables: [table] }))).toThrow(ArchiveError);
  });
});

describe("the table order", () => {
  const schema = `
    // A comment with { braces } and a model Fake { word
    model Post {
      id       String  @id @default("a//b") /// not a comment start inside the string
      authorId String?
      author   Person? @relation("wrote", fields: [authorId], references: [id], onDelete: SetNull)
      tags     PostTag[]
    }
    model PostTag {
      postId String
      tag    String
      post   Post   @relation(fields: [postId], references: [id])
      @@id([postId, tag])
      @@index([tag])
    }
    model Person {
      id    Int    @id
      posts Post[] @relation("wrote")
    }
  `;

  it("reads primary keys and which side of a relation holds the foreign key", () => {
    const models = parseSchemaModels(schema);
    expect(models.map((m) => m.name)).toEqual(["Post", "PostTag", "Person"]);
    const post = models[0];
    expect(post.fields.find((f) => f.name === "id")).toMatchObject({ id: true, type: "String" });
    expect(post.fields.find((f) => f.name === "author")).toMatchObject({ relationFields: ["authorId"], optional: true });
    expect(post.fields.find((f) => f.name === "tags")).toMatchObject({ relationFields: null, list: true });
    expect(models[1].compoundId).toEqual(["postId", "tag"]);
  });

  it("puts referenced tables first, cross-checked against the runtime datamodel", () => {
    const field = (name: string, kind: string, type: string) => ({ name, kind, type });
    const datamodel = {
      models: [
        { name: "Post", fields: [field("id", "scalar", "String"), field("authorId", "scalar", "String"), field("author", "object", "Person"), field("tags", "object", "PostTag")] },
        { name: "PostTag", fields: [field("postId", "scalar", "String"), field("tag", "scalar", "String"), field("post", "object", "Post")] },
        { name: "Person", fields: [field("id", "scalar", "Int"), field("posts", "object", "Post")] },
      ],
    };
    const plan = buildPlan(datamodel, schema);
    expect(plan.tables.map((t) => t.model)).toEqual(["Person", "Post", "PostTag"]);
    expect(plan.tables[2].primaryKey).toEqual(["postId", "tag"]);
    // A client generated from another schema is caught.
    const stale = { models: [...datamodel.models.slice(0, 2), { name: "Person", fields: [field("id", "scalar", "String"), field("posts", "object", "Post")] }] };
    expect(() => buildPlan(stale, schema)).toThrow(/disagree/);
    // Imported autoincrement ids would leave a PostgreSQL sequence behind them.
    const counted = schema.replace("id    Int    @id", "id    Int    @id @default(autoincrement())");
    expect(() => buildPlan(datamodel, counted)).toThrow(/Person\.id is autoincrement/);
  });

  it("refuses cycles and self-references instead of inserting in a wrong order", () => {
    expect(() => dependencyOrder([{ name: "A", dependsOn: ["B"] }, { name: "B", dependsOn: ["A"] }, { name: "C", dependsOn: [] }])).toThrow(/A, B form a cycle/);
    expect(() => dependencyOrder([{ name: "Comment", dependsOn: ["Comment"] }])).toThrow(/references itself/);
    expect(dependencyOrder([{ name: "A", dependsOn: ["C"] }, { name: "B", dependsOn: [] }, { name: "C", dependsOn: ["B"] }])).toEqual(["B", "C", "A"]);
  });

  it("covers Sapo's schema: every table after the tables it references, derived tables left out", () => {
    const plan = transferPlan();
    const order = plan.tables.map((t) => t.model);
    expect(plan.skipped.sort()).toEqual(["SearchKey", "SignInAttempt", "SignInLock"]);
    expect(order).not.toContain("SearchKey");
    expect(order).not.toContain("SignInAttempt");
    expect(order.length + plan.skipped.length).toBe(Prisma.dmmf.datamodel.models.length);
    for (const model of parseSchemaModels(readFileSync("prisma/schema.prisma", "utf8"))) {
      if (!order.includes(model.name)) continue;
      for (const f of model.fields.filter((f) => f.relationFields)) {
        expect(order.indexOf(f.type), `${model.name}.${f.name} → ${f.type}`).toBeLessThan(order.indexOf(model.name));
      }
    }
    const user = plan.tables.find((t) => t.model === "User")!;
    expect(user.fields.map((f) => f.name)).toContain("passwordHash");
    expect(plan.tables.find((t) => t.model === "ArticleTag")!.primaryKey).toEqual(["articleId", "tagId"]);
    expect(plan.tables.find((t) => t.model === "Setting")!.primaryKey).toEqual(["key"]);
  });
});
