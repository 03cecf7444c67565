// The reader site's two files besides its pages, served by Sapo's own server
// under /assets/ with a name that carries a hash of their content, so
// browsers and CDNs keep them for a year and a new version gets a new name:
// - the stylesheet, app/globals.css (the newsroom's too, which Next.js
//   bundles);
// - the script, lib/reader/assets/reader.js: the one small island every
//   reader page loads (view beacon, copy-link buttons, relative times).
// Read once at start (each request in development).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

export type Asset = {
  /** The address pages link to: /assets/<file>. */
  path: string;
  file: string;
  body: string;
  contentType: string;
};

/**
 * Islands only some articles need, each its own small script loaded only on
 * pages whose body asks for it (lib/reader/islands.ts): the embeds'
 * click-to-load facades and the galleries' slideshow.
 */
export const ISLAND_NAMES = ["embeds", "gallery"] as const;
export type IslandName = (typeof ISLAND_NAMES)[number];

export type ReaderAssets = { stylesheet: Asset; script: Asset; islands: Record<IslandName, Asset> };

const STYLESHEET = path.join("app", "globals.css");
const SCRIPT = path.join("lib", "reader", "assets", "reader.js");
const islandFile = (name: IslandName) => path.join("lib", "reader", "assets", `${name}.js`);

function asset(name: string, extension: string, contentType: string, body: string): Asset {
  const file = `${name}-${createHash("sha256").update(body).digest("hex").slice(0, 12)}.${extension}`;
  return { path: `/assets/${file}`, file, body, contentType };
}

/**
 * The script as sent: without its whole-line comments and indentation
 * (about half the bytes, and 900 rather than 1,700 gzipped). Safe because
 * reader.js has no string or template literal spanning lines;
 * tests/unit/reader-island.test.ts runs what this returns.
 */
export function compactScript(source: string): string {
  return (
    source
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "" && !line.startsWith("//"))
      .join("\n") + "\n"
  );
}

export function loadReaderAssets(root = process.cwd()): ReaderAssets {
  const read = (file: string) => readFileSync(path.join(root, file), "utf8");
  return {
    stylesheet: asset("site", "css", "text/css; charset=utf-8", read(STYLESHEET)),
    script: asset("reader", "js", "text/javascript; charset=utf-8", compactScript(read(SCRIPT))),
    islands: Object.fromEntries(
      ISLAND_NAMES.map((name) => [name, asset(name, "js", "text/javascript; charset=utf-8", compactScript(read(islandFile(name))))]),
    ) as Record<IslandName, Asset>,
  };
}

/** The islands' addresses, by name, for pages to link to. */
export function islandPaths(assets: ReaderAssets): Record<IslandName, string> {
  return Object.fromEntries(ISLAND_NAMES.map((name) => [name, assets.islands[name].path])) as Record<IslandName, string>;
}

/** The asset called `file` (a name from a page, hash included), if it is one. */
export function findAsset(assets: ReaderAssets, file: string): Asset | undefined {
  return [assets.stylesheet, assets.script, ...Object.values(assets.islands)].find((a) => a.file === file);
}
