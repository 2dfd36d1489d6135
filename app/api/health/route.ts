import { NextResponse } from "next/server";
import { sql } from "drizzle-orm";
import { getDatabaseHandle } from "@/db";

export const dynamic = "force-dynamic";

/** Liveness and readiness in one: answers ok only when the database answers. */
export async function GET() {
  try {
    const handle = await getDatabaseHandle();
    await handle.db.execute(sql`select 1`);
    return NextResponse.json({ status: "ok", database: handle.kind });
  } catch (err) {
    console.error("health check failed", err);
    return NextResponse.json({ status: "error", message: "The database is not reachable." }, { status: 503 });
  }
}
