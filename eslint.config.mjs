// ESLint for the whole repository (flat config), run by `npm run lint` and
// `npm test` with zero warnings allowed.
// - Next.js's core-web-vitals set (React, hooks, @next/next, jsx-a11y, import)
//   and its TypeScript set (typescript-eslint).
// - No import cycles anywhere (`import/no-cycle`, resolved through tsconfig's
//   `@/` paths).
// - The data layer is the only way to the database: no Prisma client import
//   and no Prisma query outside lib/ (type-only imports of Prisma's enums and
//   types stay allowed), see docs/architecture.md.
import { readFileSync } from "node:fs";
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// Prisma model delegates and raw-SQL methods: `<anything>.article.findMany(…)`,
// `db.$queryRaw`…, and `$transaction`, which only the data layer opens.
// A query is a model method called on a model delegate, whatever the handle
// is called or however it was reached (`database.article…`,
// `(await siteForFeeds()).db.section…`), or any such method called on one of
// the usual handles. The delegates are the schema's models, read from it so a
// new model is covered without editing this file.
const PRISMA_METHODS =
  "findUnique|findUniqueOrThrow|findFirst|findFirstOrThrow|findMany|create|createMany|createManyAndReturn|update|updateMany|updateManyAndReturn|upsert|delete|deleteMany|count|aggregate|groupBy";
const PRISMA_MODELS = [...readFileSync(new URL("./prisma/schema.prisma", import.meta.url), "utf8").matchAll(/^model\s+(\w+)/gm)]
  .map(([, name]) => name[0].toLowerCase() + name.slice(1))
  .join("|");
const prismaOutsideLib = [
  {
    selector: `CallExpression[callee.property.name=/^(${PRISMA_METHODS})$/]:matches([callee.object.property.name=/^(${PRISMA_MODELS})$/], [callee.object.object.name=/^(db|siteDb|tx|prisma|client)$/])`,
    message: "Prisma queries live in lib/: call a function there and pass it the database handle.",
  },
  {
    selector: "CallExpression[callee.property.name=/^\\$(queryRaw|queryRawUnsafe|executeRaw|executeRawUnsafe|transaction)$/]",
    message: "Raw SQL and transactions live in lib/.",
  },
  {
    selector: "TaggedTemplateExpression[tag.property.name=/^\\$(queryRaw|executeRaw)$/]",
    message: "Raw SQL lives in lib/.",
  },
];
const prismaImports = {
  paths: [
    { name: "@prisma/client", allowTypeImports: true, message: "Only lib/ talks to Prisma; import types only." },
    { name: "@/lib/db/client", allowTypeImports: true, message: "Only lib/ opens database clients; import types only." },
  ],
  patterns: [{ group: ["@sapo/prisma-postgres"], allowTypeImports: true, message: "Only lib/ talks to Prisma." }],
};

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "data/**",
    "exports/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  {
    settings: {
      "import/resolver": { typescript: { project: "./tsconfig.json" }, node: true },
    },
    rules: {
      "import/no-cycle": ["error", { ignoreExternal: true }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "proxy.ts"],
    rules: {
      "no-restricted-syntax": ["error", ...prismaOutsideLib],
      "@typescript-eslint/no-restricted-imports": ["error", prismaImports],
    },
  },
  {
    // The reader site is rendered by react-dom/server in Sapo's own server,
    // not by Next.js (lib/reader/): a whole <html> document with plain <a>
    // and <img>, where next/head, next/link and next/image have no place.
    files: ["components/site/**/*.tsx", "lib/reader/**/*.tsx"],
    rules: {
      "@next/next/no-head-element": "off",
      "@next/next/no-html-link-for-pages": "off",
      "@next/next/no-img-element": "off",
    },
  },
]);
