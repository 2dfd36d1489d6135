/**
 * The single process: migrates and seeds the database, then serves Next.js and the collaboration
 * websocket on /collab.
 */
import { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import next from "next";
import { closeDatabase, getDatabaseHandle } from "./db";
import { seedOnStart } from "./db/seed";
import { createCollabServer } from "./lib/collab/collab-server";
import { registerLiveNotes } from "./lib/collab/registry";
import { stampClientAddress } from "./lib/auth/client-address";
import { capRequestBody, refuseUndecodablePath } from "./lib/security/request-guards";
import { restoreDeclaredLength } from "./lib/security/declared-length";
import { readEnv, resolveAuthSecret } from "./lib/env";
import { createNotificationScheduler } from "./lib/notifications/scheduler";
import { smtpMailSender } from "./lib/notifications/mail-transport";
import { createReportWorker } from "./lib/reports/worker";
import { serverReportRenderers } from "./lib/reports/renderers";

async function main() {
  const env = readEnv();
  // Set before Next loads so its bundled next-auth routes read the same values.
  process.env.NEXTAUTH_SECRET = resolveAuthSecret(env);
  const publicHost = ["0.0.0.0", "::"].includes(env.HOSTNAME) ? "localhost" : env.HOSTNAME;
  process.env.NEXTAUTH_URL ||= `http://${publicHost}:${env.PORT}`;

  const dev = env.NODE_ENV !== "production";
  type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  let resolveReady!: (handler: Handler) => void;
  const ready = new Promise<Handler>((resolve) => (resolveReady = resolve));
  // Requests that arrive while the database and Next start up wait for them rather than fail.
  const server = createServer((req, res) => {
    // Before anything else reads the request: the one place the client's address is decided.
    stampClientAddress(req, env.TRUSTED_PROXIES);
    if (refuseUndecodablePath(req, res)) return;
    capRequestBody(req, res);
    restoreDeclaredLength(res);
    ready
      .then((handleRequest) => handleRequest(req, res))
      .catch((err) => {
        console.error("request failed", req.url, err);
        if (!res.headersSent) res.writeHead(500).end("Internal error");
      });
  });

  // Take the port first, so a port in use is reported at once, before any work is done.
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(env.PORT, env.HOSTNAME, () => {
      server.off("error", reject);
      resolve();
    });
  }).catch((err: NodeJS.ErrnoException) => {
    throw new Error(
      err.code === "EADDRINUSE"
        ? `Port ${env.PORT} is already in use: stop the other server or start this one with another PORT.`
        : `The server could not listen on ${env.HOSTNAME}:${env.PORT}: ${err.message}`,
    );
  });

  // Start-up, in order: open and migrate the database, seed it, then serve.
  const started = Date.now();
  const handle = await getDatabaseHandle();
  await seedOnStart(handle);
  console.log(`database: ${handle.kind} ready (migrated and seeded) in ${Date.now() - started} ms`);

  // Next attaches its own upgrade listener to the server it is given, and closes upgrades whose path
  // matches a route. Giving it a stand-in keeps websocket routing ours (see STACK-NOTES, pitfall 6).
  const app = next({ dev, hostname: env.HOSTNAME, port: env.PORT, httpServer: new EventEmitter() as Server });
  await app.prepare();
  resolveReady(app.getRequestHandler());

  // The collaboration websocket (progress notes) on /collab: see lib/collab/collab-server.ts.
  const collab = createCollabServer({
    db: handle.db,
    secret: process.env.NEXTAUTH_SECRET,
    redisUrl: env.REDIS_URL,
    redisPrefix: process.env.COLLAB_REDIS_PREFIX,
    listen: (channel, onNotify) => handle.listen(channel, onNotify),
  });
  registerLiveNotes(collab);

  // Timed notifications and mail, in every instance: the database's claims keep them from
  // doing anything twice (lib/notifications/scheduler.ts). Without SMTP_URL no mail is sent.
  const scheduler = createNotificationScheduler({
    db: async () => handle.db,
    mail: env.SMTP_URL
      ? {
          sender: smtpMailSender(env.SMTP_URL, env.SMTP_FROM),
          context: { baseUrl: process.env.NEXTAUTH_URL, secret: process.env.NEXTAUTH_SECRET },
        }
      : null,
  });
  scheduler.start();

  // Committee reports, in every instance: jobs are claimed with FOR UPDATE SKIP LOCKED, so each is
  // built once; one whose instance died is re-queued (lib/reports/worker.ts). The printer reaches
  // the printable page through this server, with a token for that one job.
  const reports = createReportWorker({
    db: async () => handle.db,
    renderers: serverReportRenderers({
      baseUrl: `http://${["0.0.0.0", "::"].includes(env.HOSTNAME) ? "127.0.0.1" : env.HOSTNAME}:${env.PORT}`,
      secret: process.env.NEXTAUTH_SECRET,
      chromiumPath: process.env.CHROMIUM_PATH,
    }),
  });
  reports.start();
  void handle.listen("tct_reports", () => void reports.tick().catch(() => {}));

  server.on("upgrade", (req, socket, head) => {
    const pathname = (req.url ?? "").split("?")[0];
    if (pathname === "/collab") {
      collab.handleUpgrade(req, socket, head).catch((err) => {
        console.error("collab upgrade failed", err);
        socket.destroy();
      });
      return;
    }
    // Only the dev server's hot reload uses other upgrades; the handler is internal to Next 16.
    const upgrade = (
      app as unknown as { upgradeHandler?: typeof app.getUpgradeHandler extends () => infer H ? H : never }
    ).upgradeHandler;
    if (dev && upgrade) upgrade(req, socket, head);
    else socket.destroy();
  });
  console.log(`Twin City Tracker ready on ${process.env.NEXTAUTH_URL} (${dev ? "development" : "production"})`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    server.close();
    await scheduler.stop();
    await reports.stop();
    // Every acknowledged edit is already in note_updates; this derives and compacts what is open.
    await collab.shutdown().catch((err) => console.error("flushing notes failed", err));
    server.closeAllConnections();
    await closeDatabase().catch((err) => console.error("closing database failed", err));
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch(async (err) => {
  console.error(err instanceof Error ? err.message : err);
  await closeDatabase().catch(() => {});
  process.exit(1);
});
