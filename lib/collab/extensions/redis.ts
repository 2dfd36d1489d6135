/**
 * Several instances: the Hocuspocus Redis extension relays updates and awareness between processes
 * sharing REDIS_URL, so two instances behind a load balancer serve the same note. Loaded lazily so a
 * server without Redis never opens ioredis.
 */
import type { Extension } from "@hocuspocus/server";

export function createRedisExtension(
  url: string,
  prefix = "tct-collab",
): { extension: Extension; close(): Promise<void> } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Redis } = require("@hocuspocus/extension-redis") as typeof import("@hocuspocus/extension-redis");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const IORedis = require("ioredis") as typeof import("ioredis").default;
  const clients: import("ioredis").default[] = [];
  const extension = new Redis({
    createClient: () => {
      const client = new IORedis(url, { maxRetriesPerRequest: null });
      clients.push(client);
      return client;
    },
    prefix,
  }) as unknown as Extension;
  return {
    extension,
    close: async () => {
      await Promise.all(clients.map((c) => c.quit().catch(() => c.disconnect())));
    },
  };
}
