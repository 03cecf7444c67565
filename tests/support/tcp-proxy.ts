// A TCP proxy in front of the test database server, so a test can take a
// "server" away and bring it back without touching the real one:
// - stop(): nothing listens any more and the open connections are cut (a
//   stopped server: connections are refused);
// - hang(): connections are accepted but nothing answers, on the open ones
//   too (a machine gone from the network: clients wait for their timeouts);
// - start(): forwards again (connections opened while hanging are cut, as a
//   restarted server would).
import net from "node:net";

export type TcpProxy = {
  /** `url` with its host and port replaced by the proxy's. */
  through(url: string): string;
  stop(): Promise<void>;
  hang(): void;
  start(): Promise<void>;
  close(): Promise<void>;
};

export async function startTcpProxy(targetUrl: string): Promise<TcpProxy> {
  const target = new URL(targetUrl);
  const sockets = new Set<net.Socket>();
  let hanging = false;
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
  };
  const server = net.createServer((client) => {
    track(client);
    if (hanging) return; // accepted, never answered
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    track(upstream);
    client.on("data", (data) => { if (!hanging) upstream.write(data); });
    upstream.on("data", (data) => { if (!hanging) client.write(data); });
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        server.off("error", reject);
        resolve((server.address() as net.AddressInfo).port);
      });
    });
  const port = await listen(0);
  const cutAll = () => { for (const s of sockets) s.destroy(); };
  const stopListening = () => new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
  return {
    through(url) {
      const u = new URL(url);
      u.hostname = "127.0.0.1";
      u.port = String(port);
      return u.toString();
    },
    async stop() {
      const closed = stopListening();
      cutAll();
      await closed;
    },
    hang() {
      hanging = true;
    },
    async start() {
      hanging = false;
      cutAll();
      if (!server.listening) await listen(port);
    },
    async close() {
      const closed = stopListening();
      cutAll();
      await closed;
    },
  };
}
