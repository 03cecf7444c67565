// Finding a language's Hunspell files at run time (lib/spelling/dictionary-files.ts):
// in the installed package's folder, none for a language without a dictionary,
// and none when an optional package is not installed (stood in for by a
// language table naming a package that does not exist).
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { CopyLanguage } from "@/lib/copy-desk/languages";

vi.mock("@/lib/copy-desk/languages", async (original) => {
  const real = await original<typeof import("@/lib/copy-desk/languages")>();
  const missing: CopyLanguage = { ...real.copyLanguage("en")!, code: "zz", dictionary: { package: "dictionary-zz-not-installed", licence: "GPL-2.0", optional: true } };
  return { ...real, copyLanguage: (tag: string) => (tag === "zz" ? missing : real.copyLanguage(tag)) };
});

const { dictionaryPackage, isDictionaryFile, readDictionaryFile } = await import("@/lib/spelling/dictionary-files");

describe("dictionary files", () => {
  it("come from the installed package's folder, with its version", async () => {
    const pkg = dictionaryPackage("en-US")!;
    expect(pkg.name).toBe("dictionary-en");
    expect(pkg.dir).toBe(path.join(process.cwd(), "node_modules", "dictionary-en"));
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
    const aff = await readDictionaryFile("en", "index.aff");
    expect(aff?.data.toString("utf8")).toMatch(/^SET UTF-8/);
  });

  it("are none for a language without a dictionary, or whose optional package is not installed", async () => {
    expect(dictionaryPackage("ru")).toBeNull();
    expect(existsSync(path.join(process.cwd(), "node_modules", "dictionary-zz-not-installed"))).toBe(false);
    expect(dictionaryPackage("zz")).toBeNull();
    expect(await readDictionaryFile("zz", "index.dic")).toBeNull();
  });

  it("are only index.aff and index.dic", () => {
    expect(["index.aff", "index.dic"].every(isDictionaryFile)).toBe(true);
    expect(["index.js", "package.json", "../index.aff", "license"].some(isDictionaryFile)).toBe(false);
  });
});
