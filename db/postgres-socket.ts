/**
 * The sockets postgres.js connects through, made safe for a database that goes away.
 *
 * postgres.js 3.4.9 sets its socket to null when a connection closes cleanly and only then rejects
 * the queries in flight; a transaction that was open then sends its ROLLBACK on that connection, and
 * the write, deferred with setImmediate, dereferences the null socket: an uncaught `TypeError:
 * Cannot read properties of null (reading 'write')` (porsager/postgres#1154 and #1208, unfixed in
 * the pinned release). A PostgreSQL restart closes every connection this way.
 *
 * Here the end of the connection (the server's FIN) is reported to postgres.js as an error at once,
 * while its socket still exists, so the queries in flight are rejected and any ROLLBACK that follows
 * meets a socket that answers with an error; the close that comes later is reported as one after an
 * error, so postgres.js does not reject (and trigger) anything a second time.
 */
import net from "node:net";

interface SocketOptions {
  host: string[];
  port: number[];
  path?: string | false;
}

export function guardedSocket(options: SocketOptions): net.Socket {
  const socket = options.path
    ? net.connect(options.path)
    : net.connect({ host: options.host[0], port: options.port[0]! });
  const emit = socket.emit.bind(socket) as (event: string | symbol, ...args: unknown[]) => boolean;
  let failed = false;
  socket.emit = ((event: string | symbol, ...args: unknown[]) => {
    if (event === "error") failed = true;
    if ((event === "end" || event === "close") && !failed) {
      failed = true;
      emit("error", Object.assign(new Error("The database closed the connection."), { code: "CONNECTION_CLOSED" }));
    }
    return event === "close" ? emit("close", true) : emit(event, ...args);
  }) as typeof socket.emit;
  return socket;
}
