"use server";
import { z } from "zod";
import { getDb } from "@/db";
import { applyUnsubscribe } from "@/lib/notifications/unsubscribe";

const input = z.strictObject({ token: z.string().min(1).max(1000) });

/**
 * Confirms an unsubscribe link. The one server action without a session: the signed link is the
 * authority (lib/notifications/unsubscribe-token.ts), and it can do nothing but stop mail for the
 * one person and reason it was signed for. Answers what it did, or why the link is refused.
 */
export async function confirmUnsubscribeAction(raw: unknown): Promise<UnsubscribeResult> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return refused("invalid");
  try {
    const done = await applyUnsubscribe(await getDb(), parsed.data.token);
    return done.ok ? { ok: true } : refused(done.why);
  } catch (err) {
    console.error("unsubscribe failed", err);
    return { ok: false, code: "internal" };
  }
}

type UnsubscribeResult = { ok: true } | { ok: false; code: "bad_request" | "internal"; why?: "invalid" | "expired" };
const refused = (why: "invalid" | "expired"): UnsubscribeResult => ({ ok: false, code: "bad_request", why });
