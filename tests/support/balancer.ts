import { connect, createServer, type Server, type Socket } from "node:net";

/**
 * A TCP load balancer for tests (issue 18), standing in for the nginx upstream of the README: each
 * connection goes to the next backend in turn; a backend that refuses (a killed relay process) is
 * skipped for that connection. Real sockets, bytes copied both ways, nothing inspected.
 */
export interface Balancer {
  port: number;
  setBackends(ports: number[]): void;
  close(): Promise<void>;
}

export async function startBalancer(backends: number[]): Promise<Balancer> {
  let ports = [...backends];
  let next = 0;
  const open = new Set<Socket>();
  const server: Server = createServer((client) => {
    open.add(client);
    client.on("close", () => open.delete(client));
    client.pause();
    const tryBackend = (attempt: number) => {
      if (attempt >= ports.length || client.destroyed) return client.destroy();
      const port = ports[next++ % ports.length]!;
      const upstream = connect(port, "127.0.0.1");
      open.add(upstream);
      upstream.on("close", () => open.delete(upstream));
      upstream.once("error", () => {
        upstream.destroy();
        if (!connected) tryBackend(attempt + 1);
        else client.destroy();
      });
      let connected = false;
      upstream.once("connect", () => {
        connected = true;
        client.pipe(upstream).pipe(client);
        client.resume();
        client.on("error", () => upstream.destroy());
        client.on("close", () => upstream.destroy());
        upstream.on("close", () => client.destroy());
      });
    };
    tryBackend(0);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return {
    port: typeof address === "object" && address ? address.port : 0,
    setBackends(next: number[]) {
      ports = [...next];
    },
    async close() {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
