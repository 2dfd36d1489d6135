import { customType } from "drizzle-orm/pg-core";

/**
 * Binary column. drizzle 0.45 has no built-in bytea; postgres.js wants a Buffer, PGlite takes any
 * Uint8Array, and both hand back a Uint8Array (postgres.js a Buffer, which is one).
 */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  toDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength)),
  fromDriver: (value) => value,
});
