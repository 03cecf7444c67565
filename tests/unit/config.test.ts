import path from "node:path";
import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { can } from "@/lib/auth/permissions";
import { ConfigError, readConfig } from "@/lib/config/env";
import { DatabaseUrlError, DEFAULT_DATABASE_URL, redactUrl, resolveDatabaseUrl, resolveReplicaUrls } from "@/lib/db/adapter";

describe("readConfig", () => {
  it("has working defaults", () => {
    const c = readConfig({});
    expect(c).toMatchObject({ port: 3000, siteUrl: "http://localhost:3000", timeZone: "Asia/Ho_Chi_Minh", dataDir: "data" });
  });

  it("rejects a bad port, URL or time zone with a clear message", () => {
    expect(() => readConfig({ PORT: "abc" })).toThrow(ConfigError);
    expect(() => readConfig({ PORT: "70000" })).toThrow(/PORT "70000"/);
    expect(() => readConfig({ SITE_URL: "ftp://x" })).toThrow(/SITE_URL/);
    expect(() => readConfig({ SITE_TIME_ZONE: "Nowhere/City" })).toThrow(/SITE_TIME_ZONE/);
  });
});

describe("resolveDatabaseUrl", () => {
  it("defaults to data/sapo.db relative to the project", () => {
    expect(resolveDatabaseUrl(undefined)).toEqual({
      engine: "sqlite",
      url: DEFAULT_DATABASE_URL,
      file: path.resolve("data/sapo.db"),
    });
  });

  it("refuses URLs it cannot serve, saying what to use instead", () => {
    expect(() => resolveDatabaseUrl("mysql://localhost/x")).toThrow(DatabaseUrlError);
    expect(() => resolveDatabaseUrl("file:")).toThrow(/names no database file/);
    expect(() => resolveDatabaseUrl("postgresql://sapo@localhost")).toThrow(/no database name/);
  });

  it("selects PostgreSQL for postgres:// and postgresql:// URLs", () => {
    expect(resolveDatabaseUrl("postgres://sapo:pw@db.internal:5432/sapo")).toEqual({ engine: "postgresql", url: "postgres://sapo:pw@db.internal:5432/sapo" });
    expect(resolveDatabaseUrl(" postgresql://sapo@127.0.0.1/news ").engine).toBe("postgresql");
  });

  it("never prints a password in its errors", () => {
    expect(redactUrl("postgresql://sapo:hunter2@db/sapo")).toBe("postgresql://sapo:***@db/sapo");
    expect(() => resolveDatabaseUrl("mysql://root:hunter2@db/sapo")).toThrow(/^(?!.*hunter2)/s);
  });
});

describe("resolveReplicaUrls", () => {
  const primary = resolveDatabaseUrl("postgresql://sapo@primary/sapo");
  it("reads a comma-separated list and refuses a replica of another engine", () => {
    expect(resolveReplicaUrls(undefined, primary)).toEqual([]);
    expect(resolveReplicaUrls(" postgresql://r1/sapo, postgresql://r2/sapo ,", primary).map((r) => r.url)).toEqual([
      "postgresql://r1/sapo",
      "postgresql://r2/sapo",
    ]);
    expect(() => resolveReplicaUrls("file:./data/replica.db", primary)).toThrow(/is sqlite, but the primary is postgresql/);
  });
});

describe("safeCallbackPath", () => {
  it("keeps same-site paths and refuses everything else", () => {
    expect(safeCallbackPath("/newsroom/articles")).toBe("/newsroom/articles");
    expect(safeCallbackPath("https://evil.example")).toBe("/newsroom");
    expect(safeCallbackPath("//evil.example")).toBe("/newsroom");
    expect(safeCallbackPath("/\\evil.example")).toBe("/newsroom");
    expect(safeCallbackPath(null)).toBe("/newsroom");
  });
});

describe("permissions", () => {
  it("lets only the desk publish and only admins manage users", () => {
    expect(can("REPORTER", "article:publish")).toBe(false);
    expect(can("EDITOR", "article:publish")).toBe(true);
    expect(can("EDITOR", "users:manage")).toBe(false);
    expect(can("ADMIN", "users:manage")).toBe(true);
    expect(can("REPORTER", "newsroom:enter")).toBe(true);
  });
});
