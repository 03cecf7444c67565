// The reader site's stylesheet: app/globals.css (the newsroom's too, which
// Next.js bundles), served by Sapo's own server under a name that carries a
// hash of its content, so browsers and CDNs keep it for a year and a new
// version gets a new name. Read once at start (each request in development).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

export type Stylesheet = { path: string; file: string; css: string };

const SOURCE = path.join(process.cwd(), "app", "globals.css");

export function loadStylesheet(source = SOURCE): Stylesheet {
  const css = readFileSync(source, "utf8");
  const file = `site-${createHash("sha256").update(css).digest("hex").slice(0, 12)}.css`;
  return { path: `/assets/${file}`, file, css };
}
