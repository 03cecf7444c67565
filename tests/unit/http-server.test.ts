// Sapo's HTTP server in front of Next.js (here in front of a stand-in
// handler): the app sees each connection's real address in x-sapo-peer,
// whatever the client sent, and a stop lets a request in flight finish.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createSapoServer, stopServer } from "@/lib/server/http-server";

let server: http.Server | undefined;
afterEach(() => server?.close());

async function listen(handle: Parameters<typeof createSapoServer>[0], host = "127.0.0.1"): Promise<string> {
  server = createSapoServer(handle);
  await new Promise<void>((resolve) => server!.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}

/** The peer header the app saw, echoed back. */
const echoPeer = async (req: http.IncomingMessage, res: http.ServerResponse) => {
  res.end(JSON.stringify(req.headers["x-sapo-peer"]));
};

describe("Sapo's HTTP server", () => {
  it("replaces a forged x-sapo-peer with the connection's address", async () => {
    const base = await listen(echoPeer);
    const response = await fetch(`${base}/newsroom`, { headers: { "x-sapo-peer": "198.51.100.66", "x-forwarded-for": "198.51.100.67" } });
    expect(await response.json()).toBe("127.0.0.1");
    expect(await (await fetch(base)).json()).toBe("127.0.0.1");
  });

  it("does the same over IPv6", async () => {
    const base = await listen(echoPeer, "::1");
    expect(await (await fetch(base, { headers: { "x-sapo-peer": "2001:db8::66" } })).json()).toBe("::1");
  });

  it("answers 500 when the app fails, and keeps serving", async () => {
    let calls = 0;
    const base = await listen(async (req, res) => {
      if (calls++ === 0) throw new Error("boom");
      res.end("fine");
    });
    const original = console.error;
    console.error = () => {};
    try {
      expect((await fetch(base)).status).toBe(500);
    } finally {
      console.error = original;
    }
    expect(await (await fetch(base)).text()).toBe("fine");
  });

  it("stops gracefully: a request in flight gets its answer, then the app closes", async () => {
    let release!: () => void;
    const started = new Promise<void>((resolve) => {
      release = resolve;
    });
    const base = await listen(async (req, res) => {
      release();
      await new Promise((r) => setTimeout(r, 200));
      res.end("done");
    });
    const inFlight = fetch(base).then((r) => r.text());
    await started;
    const closed: string[] = [];
    const stopping = stopServer(server!, async () => {
      closed.push("app");
    });
    expect(await inFlight).toBe("done");
    await stopping;
    expect(closed).toEqual(["app"]);
    await expect(fetch(base)).rejects.toThrow();
  });
});
