/**
 * The peers of the collaboration benchmark, each run in its own process so its CPU is its own:
 * `hocuspocus PORT` is plain Hocuspocus 4.7 with no extensions (applies in memory, relays, nothing
 * stored); `relay PORT` is a bare @y/websocket-server relay. Prints "ready" when listening.
 */
import { createServer } from "node:http";
import { Server } from "@hocuspocus/server";
import { WebSocketServer } from "ws";

async function main() {
  const [mode, portArg] = process.argv.slice(2);
  const port = Number(portArg);
  if (mode === "hocuspocus") {
    await new Server({ port, address: "127.0.0.1", quiet: true, extensions: [] }).listen();
  } else if (mode === "relay") {
    const { setupWSConnection } = await import("@y/websocket-server/utils");
    const wss = new WebSocketServer({ noServer: true });
    const server = createServer((_req, res) => res.writeHead(404).end());
    server.on("upgrade", (req, socket, head) =>
      wss.handleUpgrade(req, socket, head, (ws) => setupWSConnection(ws, req, { gc: true })),
    );
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  } else throw new Error(`unknown peer ${mode}`);
  console.log("ready");
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
