// Pure parsing for the benchmarks (no I/O, unit-tested in
// tests/unit/bench-parse.test.ts): which scripts and stylesheets a page
// loads, which Next.js static files it names, and the CPU time of a process
// tree from /proc/<pid>/stat lines.

type Tag = { attrs: Map<string, string>; body: string };

const decode = (s: string) => s.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'");

function attributes(text: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of text.matchAll(/([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g)) {
    attrs.set(m[1].toLowerCase(), decode(m[2] ?? m[3] ?? m[4] ?? ""));
  }
  return attrs;
}

function scriptTags(html: string): Tag[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].map((m) => ({ attrs: attributes(m[1]), body: m[2] }));
}

export type PageScripts = {
  /** Distinct `src` addresses, as written in the page. */
  external: string[];
  /** Text of inline scripts. */
  inline: string[];
};

/**
 * The JavaScript a modern browser runs for a page: every `<script src>` and
 * every inline `<script>`, except JSON-LD (data, not code) and `nomodule`
 * fallbacks (which modern browsers skip).
 */
export function pageScripts(html: string): PageScripts {
  const external = new Set<string>();
  const inline: string[] = [];
  for (const { attrs, body } of scriptTags(html)) {
    if ((attrs.get("type") ?? "").toLowerCase() === "application/ld+json" || attrs.has("nomodule")) continue;
    const src = attrs.get("src");
    if (src) external.add(src);
    else if (body.trim()) inline.push(body);
  }
  return { external: [...external], inline };
}

/** `href`s of `<link rel="stylesheet">`, in page order. */
export function stylesheets(html: string): string[] {
  return [...html.matchAll(/<link\b([^>]*)>/gi)]
    .map((m) => attributes(m[1]))
    .filter((a) => (a.get("rel") ?? "").toLowerCase().split(/\s+/).includes("stylesheet") && a.get("href"))
    .map((a) => a.get("href")!);
}

/** Distinct `/_next/static/…` JavaScript and CSS files a page names in any src or href. */
export function nextStaticFiles(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/\b(?:src|href)\s*=\s*["']?([^"'\s>]*\/_next\/static\/[^"'\s>]+)/gi)) {
    const url = decode(m[1]);
    if (/\.(?:js|css)(?:[?#]|$)/.test(url)) found.add(url);
  }
  return [...found];
}

export type ProcStat = { pid: number; ppid: number; ticks: number };

/**
 * One /proc/<pid>/stat line: pid, parent and CPU clock ticks spent
 * (utime + stime, plus cutime + cstime: children it has already reaped, so
 * a child that exits during a measurement is still counted once).
 * The command name (field 2) may hold spaces and parentheses: fields are
 * counted from the last ")".
 */
export function parseProcStat(line: string): ProcStat {
  const close = line.lastIndexOf(")");
  if (close < 0) throw new Error(`not a /proc/<pid>/stat line: ${line.slice(0, 60)}`);
  const pid = Number(line.slice(0, line.indexOf(" ")));
  // After ")": state(3) ppid(4) … utime(14) stime(15) cutime(16) cstime(17).
  const rest = line.slice(close + 2).trim().split(/\s+/);
  const field = (n: number) => Number(rest[n - 3]);
  return { pid, ppid: field(4), ticks: field(14) + field(15) + field(16) + field(17) };
}

/** Ticks of `root` and all its descendants among `stats`. */
export function treeTicks(stats: ProcStat[], root: number): number {
  const children = new Map<number, ProcStat[]>();
  for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  let total = 0;
  const seen = new Set<number>();
  const queue = stats.filter((s) => s.pid === root);
  while (queue.length) {
    const s = queue.shift()!;
    if (seen.has(s.pid)) continue;
    seen.add(s.pid);
    total += s.ticks;
    queue.push(...(children.get(s.pid) ?? []));
  }
  return total;
}
