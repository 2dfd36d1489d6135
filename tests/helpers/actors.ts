/** Who performs a write in tests, and what a refused write looks like. */
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { actorOf, type Actor } from "@/lib/permissions";

/** The actor of the account with this e-mail (a demo user or one the test created), as a session makes it. */
export async function actorFor(db: DbOrTx, email: string): Promise<Actor> {
  const [u] = await db.select().from(users).where(eq(users.email, email));
  if (!u) throw new Error(`No account has the e-mail ${email}`);
  return actorOf(u);
}

/** The AppError a write was refused with; fails the test when the write went through. */
export async function rejection(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error("expected the write to be refused");
}
