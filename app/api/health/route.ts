import { NextResponse } from "next/server";
import { sql } from "drizzle-orm";
import { getDatabaseHandle } from "@/db";
import { DATABASE_RETRY_AFTER_SECONDS } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** Longer than this and the database counts as unavailable: a health check must answer promptly. */
const CHECK_TIMEOUT_MS = 1_000;

/** Liveness and readiness in one: answers ok only when the database answers. */
export async function GET() {
  try {
    const handle = await getDatabaseHandle();
    if (handle.unavailable()) throw new Error("the circuit is open");
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      handle.db.execute(sql`select 1`),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
      }),
    ]).finally(() => clearTimeout(timer));
    return NextResponse.json({ status: "ok", database: handle.kind });
  } catch (err) {
    console.error("health check failed:", err instanceof Error ? err.message : err);
    return NextResponse.json(
      { status: "error", database: "unavailable", message: "The database is not reachable." },
      { status: 503, headers: { "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) } },
    );
  }
}
