import path from "node:path";
import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { can } from "@/lib/auth/permissions";
import { ConfigError, readConfig } from "@/lib/config";
import { DatabaseUrlError, DEFAULT_DATABASE_URL, resolveDatabaseUrl } from "@/lib/db/adapter";

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
    expect(() => resolveDatabaseUrl("postgres://localhost/sapo")).toThrow(/PostgreSQL/);
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
