// nginx in front of Sapo with a micro-cache for reader pages: the one
// template that docs/deploying.md ("nginx in front: micro-cache for reader
// pages") shows and that `npm run bench:reads` runs, so the benchmarked
// configuration is the documented one (tests/unit/bench-nginx.test.ts checks
// that the document holds `nginxSiteConfig(DEPLOY_EXAMPLE)` word for word).
// Also starts and stops a private, unprivileged nginx for the benchmark.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export type NginxSiteOptions = {
  /** Where Sapo listens, host:port. */
  upstream: string;
  /** Directory for cached pages (nginx's user must own it). */
  cacheDir: string;
  /** `listen` parameters, one directive each. */
  listen: string[];
  serverName: string;
  tls?: { certificate: string; key: string };
};

/** The values docs/deploying.md shows. */
export const DEPLOY_EXAMPLE: NginxSiteOptions = {
  upstream: "127.0.0.1:3000",
  cacheDir: "/var/cache/nginx/sapo",
  listen: ["443 ssl http2", "[::]:443 ssl http2"],
  serverName: "news.example.com",
  tls: {
    certificate: "/etc/letsencrypt/live/news.example.com/fullchain.pem",
    key: "/etc/letsencrypt/live/news.example.com/privkey.pem",
  },
};

/**
 * The http-level part of Sapo's nginx site (a file in sites-available/,
 * included inside `http { }`): maps, cache zone, upstream and server.
 * Why each line is there is said in the comments it carries.
 */
export function nginxSiteConfig(o: NginxSiteOptions): string {
  const tls = o.tls ? [`    ssl_certificate     ${o.tls.certificate};`, `    ssl_certificate_key ${o.tls.key};`, ""] : [];
  return [
    "# A NextAuth session cookie (split into .0, .1… when large): signed-in",
    "# people always reach Sapo and their pages are never stored.",
    "map $http_cookie $sapo_session {",
    "    default 0;",
    '    "~(^|;)\\s*(__Secure-)?next-auth\\.session-token(\\.\\d+)?=" 1;',
    "}",
    "",
    "# WebSocket upgrades (/collab): \"upgrade\" when asked for, otherwise no",
    "# Connection header, so upstream keepalive connections stay reusable.",
    "map $http_upgrade $connection_upgrade {",
    "    default upgrade;",
    '    ""      "";',
    "}",
    "",
    "# Keys in 10 MB of shared memory (about 80,000 pages), at most 1 GB on disk,",
    "# an entry nobody asked for in an hour is dropped.",
    `proxy_cache_path ${o.cacheDir} levels=1:2 keys_zone=sapo:10m max_size=1g inactive=1h use_temp_path=off;`,
    "",
    "upstream sapo {",
    `    server ${o.upstream};`,
    "    keepalive 16;",
    "    keepalive_timeout 4s;   # below Node's 5 s, so nginx never reuses a closed connection",
    "}",
    "",
    "server {",
    ...o.listen.map((l) => `    listen ${l};`),
    `    server_name ${o.serverName};`,
    "",
    ...tls,
    "    # Images up to 10 MB are uploaded through /api/media.",
    "    client_max_body_size 11m;",
    "",
    "    proxy_http_version 1.1;",
    '    proxy_set_header Connection "";',
    "    proxy_set_header Host $host;",
    "    # The address nginx sees. Believed because nginx is in TRUSTED_PROXIES.",
    "    proxy_set_header X-Forwarded-For $remote_addr;",
    "    proxy_set_header X-Forwarded-Proto $scheme;",
    "    proxy_read_timeout 60s;",
    "",
    "    # The micro-cache. No proxy_cache_valid: Sapo's Cache-Control alone",
    "    # decides what is stored and for how long (s-maxage before max-age;",
    "    # private, no-store, no-cache, Set-Cookie and Vary: * are never stored).",
    "    proxy_cache sapo;",
    "    # Sapo's \"Vary: Accept-Encoding\" makes one copy per distinct",
    "    # Accept-Encoding line under each key (br, gzip, none…).",
    "    proxy_cache_key $scheme$host$request_uri;",
    "    proxy_cache_revalidate on;           # an expired page is re-checked with its ETag (304)",
    "    proxy_cache_use_stale updating error timeout;   # and the last page while Sapo restarts",
    "    proxy_cache_background_update on;    # readers get the stale page while one request refreshes it",
    "    proxy_cache_lock on;                 # one request fills an empty entry, the others wait for it",
    "    proxy_cache_bypass $sapo_session;",
    "    proxy_no_cache $sapo_session;",
    "    add_header X-Cache-Status $upstream_cache_status always;",
    "",
    "    location / {",
    "        proxy_pass http://sapo;",
    "    }",
    "",
    "    # The newsroom, signing in, the API and search: never stored, so kept",
    "    # away from the cache (requests for one address not stored would",
    "    # otherwise queue behind proxy_cache_lock, up to 5 s each).",
    "    location ~ ^/(newsroom|login|set-password|api|search)(/|$) {",
    "        proxy_cache off;",
    "        proxy_pass http://sapo;",
    "    }",
    "    # Any other /_next/ address: never cached.",
    "    location /_next/ {",
    "        proxy_cache off;",
    "        proxy_pass http://sapo;",
    "    }",
    "    # Next.js's hashed, immutable files: cached like the pages.",
    "    location /_next/static/ {",
    "        proxy_pass http://sapo;",
    "    }",
    "",
    "    # WebSocket endpoint: a location's own proxy_set_header lines replace",
    "    # the server's, so all are repeated here.",
    "    location /collab {",
    "        proxy_cache off;",
    "        proxy_pass http://sapo;",
    "        proxy_set_header Upgrade $http_upgrade;",
    "        proxy_set_header Connection $connection_upgrade;",
    "        proxy_set_header Host $host;",
    "        proxy_set_header X-Forwarded-For $remote_addr;",
    "        proxy_set_header X-Forwarded-Proto $scheme;",
    "        proxy_read_timeout 1h;",
    "    }",
    "}",
    "",
  ].join("\n");
}

export type BenchNginx = {
  prefix: string;
  upstream: string;
  /** Port of the site (the template above, without TLS). */
  port: number;
  /** Port of a plain server: `location = /plain.html` from prefix/plain. */
  plainPort: number;
  workers: number;
};

/** A whole nginx.conf for the benchmark: everything under `prefix`, no root needed. */
export function nginxBenchConfig(b: BenchNginx): string {
  const p = (name: string) => path.join(b.prefix, name);
  const site = nginxSiteConfig({ upstream: b.upstream, cacheDir: p("cache"), listen: [`127.0.0.1:${b.port}`], serverName: "localhost" });
  const indent = (text: string) => text.replace(/^(?=.)/gm, "    ");
  return [
    "# nginx for `npm run bench:reads` (scripts/bench-nginx.ts); rewritten on every run.",
    "daemon off;",
    `worker_processes ${b.workers};`,
    `pid ${p("nginx.pid")};`,
    `error_log ${p("error.log")} warn;`,
    "events { worker_connections 1024; }",
    "http {",
    "    access_log off;",
    // Node keeps a connection for any number of requests; nginx's default
    // (1000) would make the load generator reconnect now and then.
    "    keepalive_requests 1000000;",
    ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `    ${t}_temp_path ${p(`temp/${t}`)};`),
    "",
    indent(site),
    "    # The same page as a file on disk: what nginx does at best.",
    "    server {",
    `        listen 127.0.0.1:${b.plainPort};`,
    "        types { text/html html; }",
    `        root ${p("plain")};`,
    "        location = /plain.html { }",
    "    }",
    "}",
    "",
  ].join("\n");
}

export const NGINX_BIN = process.env.BENCH_NGINX ?? "/usr/sbin/nginx";

function nginxArgs(prefix: string, conf: string) {
  return ["-p", prefix, "-c", conf, "-e", path.join(prefix, "error.log")];
}

/** `nginx -t` on a config; throws with nginx's own words if it does not load. */
export function testNginxConfig(prefix: string, conf: string): string {
  const r = spawnSync(NGINX_BIN, ["-t", ...nginxArgs(prefix, conf)], { encoding: "utf8" });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`nginx -t failed:\n${r.stderr}`);
  return r.stderr.trim();
}

function waitForPort(port: number, child: ChildProcess, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error(`nginx exited with ${child.exitCode}`));
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nginx did not listen on ${port}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

/** Checks `conf` (nginx -t), starts nginx in the foreground on it, resolves once both ports answer. */
export async function startNginx(b: BenchNginx, conf: string): Promise<{ pid: number; stop: () => Promise<void> }> {
  for (const dir of ["cache", "plain", "temp"]) mkdirSync(path.join(b.prefix, dir), { recursive: true });
  testNginxConfig(b.prefix, conf);
  const child = spawn(NGINX_BIN, nginxArgs(b.prefix, conf), { stdio: ["ignore", "inherit", "inherit"] });
  await waitForPort(b.port, child);
  await waitForPort(b.plainPort, child);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGQUIT"); // graceful: workers finish, then the master exits
    });
  return { pid: child.pid!, stop };
}
