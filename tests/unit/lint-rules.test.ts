// The structure `npm run lint` enforces, checked against code written for the
// purpose: ESLint (eslint.config.mjs) refuses Prisma queries and value imports
// of the Prisma client under app/, components/ and proxy.ts but not in lib/,
// and lets type-only imports of Prisma's enums through; madge, with the
// options `npm run lint` gives it (package.json's "madge" key), finds an
// import cycle.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ESLint } from "eslint";
import madge, { type MadgeConfig } from "madge";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const RULES = ["no-restricted-syntax", "@typescript-eslint/no-restricted-imports"];

let eslint: ESLint;
// Loading the configuration and its plugins takes seconds, once (more on a busy machine).
beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  await eslint.lintText("", { filePath: path.join(root, "app/warm-up.ts") });
}, 60_000);

/** The data-layer rules' errors for `code` as if it were the file at `filePath` (relative to the repository). */
async function dataLayerErrors(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return result.messages.filter((m) => m.ruleId && RULES.includes(m.ruleId)).map((m) => ({ rule: m.ruleId, line: m.line, severity: m.severity }));
}

// Each line is one way of reaching the database; line numbers are checked below.
const QUERIES = `declare const db: any, database: any, siteForFeeds: any;
export async function handler() {
  await db.article.findMany({ where: { status: "PUBLISHED" } });
  await database.section.findUnique({ where: { slug: "news" } });
  await (await siteForFeeds()).db.tag.count();
  await db.$transaction(async () => {});
  await db.$queryRaw\`SELECT 1\`;
  await db.$executeRawUnsafe("DELETE FROM Article");
}
`;

describe("the data layer is the only way to the database", { timeout: 30_000 }, () => {
  it("refuses Prisma queries under app/, components/ and proxy.ts, however the client is reached", async () => {
    for (const file of ["app/api/example/route.ts", "components/site/example.tsx", "proxy.ts"]) {
      const errors = await dataLayerErrors(QUERIES, file);
      expect(errors.map((e) => [e.rule, e.line]), file).toEqual([3, 4, 5, 6, 7, 8].map((line) => ["no-restricted-syntax", line]));
      expect(errors.every((e) => e.severity === 2)).toBe(true);
    }
  });

  it("refuses a value import of the Prisma client under app/ but allows importing its types", async () => {
    const valueImport = await dataLayerErrors('import { PrismaClient } from "@prisma/client";\nexport const client = new PrismaClient();\n', "app/newsroom/example/page.tsx");
    expect(valueImport).toEqual([{ rule: "@typescript-eslint/no-restricted-imports", line: 1, severity: 2 }]);
    const typeImport = 'import type { Role } from "@prisma/client";\nexport const role = (r: Role) => r;\n';
    expect(await dataLayerErrors(typeImport, "app/newsroom/example/page.tsx")).toEqual([]);
  });

  it("allows the same queries and imports in lib/", async () => {
    expect(await dataLayerErrors(QUERIES, "lib/example/queries.ts")).toEqual([]);
    expect(await dataLayerErrors('import { PrismaClient } from "@prisma/client";\nexport const client = new PrismaClient();\n', "lib/example/client.ts")).toEqual([]);
  });
});

describe("the import cycle check", { timeout: 30_000 }, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "sapo-cycle-"));
    writeFileSync(path.join(dir, "a.ts"), 'import { b } from "./b";\nexport const a = () => b();\n');
    writeFileSync(path.join(dir, "b.ts"), 'import { a } from "./a";\nexport const b = () => a();\n');
    writeFileSync(path.join(dir, "c.ts"), 'import { a } from "./a";\nexport const c = () => a();\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("finds a two-file cycle with the options npm run lint uses", async () => {
    const options = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { madge: MadgeConfig }).madge;
    const result = await madge(dir, { ...options, tsConfig: path.join(root, String(options.tsConfig)) });
    expect(Object.keys(result.obj()).sort()).toEqual(["a.ts", "b.ts", "c.ts"]);
    expect(result.circular()).toEqual([["a.ts", "b.ts"]]);
  });
});
