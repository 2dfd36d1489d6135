/**
 * A small process that mounts just the collaboration server (the same lib/collab code server.ts
 * mounts) on PORT, over DATABASE_URL or a PGlite DATA_DIR. Integration tests spawn it so they can
 * kill -9 and restart it in a second instead of waiting for Next. Prints "collab ready" when
 * listening; SIGTERM flushes like server.ts.
 */
import { createServer } from "node:http";
import path from "node:path";
import { openDatabase } from "@/db";
import { createCollabServer } from "@/lib/collab/collab-server";

async function main() {
  const handle = await openDatabase({
    url: process.env.DATABASE_URL || undefined,
    dataDir: process.env.DATABASE_URL ? undefined : path.join(process.env.DATA_DIR ?? ".data", "pglite"),
  });
  const collab = createCollabServer({
    db: handle.db,
    secret: process.env.NEXTAUTH_SECRET!,
    redisUrl: process.env.REDIS_URL || undefined,
    redisPrefix: process.env.COLLAB_REDIS_PREFIX,
    accessCheckMs: Number(process.env.COLLAB_ACCESS_CHECK_MS ?? 10_000),
    debounceMs: Number(process.env.COLLAB_DEBOUNCE_MS ?? 2000),
    maxDebounceMs: process.env.COLLAB_MAX_DEBOUNCE_MS ? Number(process.env.COLLAB_MAX_DEBOUNCE_MS) : undefined,
    compactEveryMs: process.env.COLLAB_COMPACT_EVERY_MS ? Number(process.env.COLLAB_COMPACT_EVERY_MS) : undefined,
    storeDelayMs: process.env.COLLAB_STORE_DELAY_MS ? Number(process.env.COLLAB_STORE_DELAY_MS) : undefined,
    log: (m) => console.log(`collab: ${m}`),
    listen: (channel, onNotify) => handle.listen(channel, onNotify),
  });
  const server = createServer((_req, res) => res.writeHead(404).end());
  server.on("upgrade", (req, socket, head) => {
    if ((req.url ?? "").split("?")[0] === "/collab") void collab.handleUpgrade(req, socket, head);
    else socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(Number(process.env.PORT), "127.0.0.1", resolve));
  console.log("collab ready");
  process.on("SIGTERM", async () => {
    server.close();
    await collab.shutdown();
    server.closeAllConnections();
    await handle.close();
    console.log("collab stopped");
    process.exit(0);
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
