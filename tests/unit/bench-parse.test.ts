// The benchmarks' parsing (scripts/bench-parse.ts): which scripts a page
// runs, its stylesheets, the Next.js files the sign-in page names, and CPU
// time of a process tree from /proc/<pid>/stat lines.
import { describe, expect, it } from "vitest";
import { nextStaticFiles, pageScripts, parseProcStat, stylesheets, treeTicks } from "@/scripts/bench-parse";

describe("pageScripts", () => {
  it("counts external and inline scripts, not JSON-LD, nomodule fallbacks or empty tags", () => {
    const html = [
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
      "<script type='application/LD+JSON'>{}</script>",
      '<script src="/a.js?v=1&amp;x=2" async></script>',
      "<script src=/b.js defer></script>",
      '<script src="/a.js?v=1&amp;x=2"></script>',
      '<script nomodule src="/polyfills.js"></script>',
      "<script>self.x=1</script>",
      '<script type="module">import("/c.js")</script>',
      "<script> </script>",
    ].join("");
    expect(pageScripts(html)).toEqual({ external: ["/a.js?v=1&x=2", "/b.js"], inline: ["self.x=1", 'import("/c.js")'] });
  });

  it("finds nothing on a page without scripts", () => {
    expect(pageScripts("<html><body><p>script</p></body></html>")).toEqual({ external: [], inline: [] });
  });
});

describe("stylesheets and Next.js files", () => {
  it("lists <link rel=stylesheet> addresses in page order, whatever the attribute order", () => {
    const html = '<link rel="preload" href="/font.woff2"><link href="/assets/site-3f2a.css" rel="stylesheet"><link rel="alternate stylesheet" href="/alt.css"><link rel=icon href=/favicon.ico>';
    expect(stylesheets(html)).toEqual(["/assets/site-3f2a.css", "/alt.css"]);
  });

  it("lists the /_next/static/ JavaScript and CSS a page names, once each", () => {
    const html = [
      '<link rel="stylesheet" href="/_next/static/css/app.css">',
      '<script src="/_next/static/chunks/main-1a2b.js" async></script>',
      '<link rel="preload" as="script" href="/_next/static/chunks/main-1a2b.js">',
      '<script src="/_next/static/chunks/page.js?dpl=abc&amp;v=2"></script>',
      '<link rel="preload" href="/_next/static/media/font.woff2" as="font">',
      '<img src="/media/photo.webp">',
    ].join("");
    expect(nextStaticFiles(html)).toEqual(["/_next/static/css/app.css", "/_next/static/chunks/main-1a2b.js", "/_next/static/chunks/page.js?dpl=abc&v=2"]);
  });
});

// Fields: pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime …
const stat = (pid: number, comm: string, ppid: number, utime: number, stime: number, cutime = 0, cstime = 0) =>
  `${pid} (${comm}) S ${ppid} ${pid} ${pid} 0 -1 4194560 100 0 0 0 ${utime} ${stime} ${cutime} ${cstime} 20 0 11 0 12345 1000000 5000 18446744073709551615`;

describe("process tree CPU time", () => {
  it("reads pid, parent and user + system time, own and of reaped children, even with spaces and parentheses in the name", () => {
    expect(parseProcStat(stat(42, "node (server) x", 7, 150, 30, 5, 2))).toEqual({ pid: 42, ppid: 7, ticks: 187 });
    expect(() => parseProcStat("garbage")).toThrow();
  });

  it("sums a process and all its descendants, nothing else", () => {
    const stats = [
      stat(1, "init", 0, 1000, 1000),
      stat(10, "tsx", 1, 50, 10), // the launcher
      stat(11, "node start.ts", 10, 100, 20),
      stat(12, "node server.ts", 11, 4000, 600),
      stat(13, "esbuild", 10, 7, 3),
      stat(20, "autocannon", 1, 9000, 900),
    ].map(parseProcStat);
    expect(treeTicks(stats, 10)).toBe(60 + 120 + 4600 + 10);
    expect(treeTicks(stats, 12)).toBe(4600);
    expect(treeTicks(stats, 99)).toBe(0);
  });
});
