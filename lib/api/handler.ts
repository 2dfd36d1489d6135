import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { getDb, type Database } from "@/db";
import { authenticateApiToken } from "@/db/mutations/tokens";
import { AppError, badRequest, DATABASE_RETRY_AFTER_SECONDS, fromDatabaseError, unauthorized } from "@/lib/errors";
import { getCurrentUser } from "@/lib/auth/session";
import type { Actor } from "@/lib/permissions";
import { zodFieldErrors } from "@/lib/validation/search-params";

/** Request bodies above this are refused with 413 before they are parsed. */
export const MAX_BODY_BYTES = 64 * 1024;

export type ApiActor = Actor & { name: string; email: string; tokenName?: string };

interface Context<P> {
  req: NextRequest;
  db: Database;
  actor: ApiActor;
  params: P;
}

/**
 * Every /api/v1 route goes through here: who is calling (a session cookie or an
 * `Authorization: Bearer` token) → the handler, which validates its input with zod and lets the
 * mutation layer ask the permission module → a JSON answer. Known errors become their HTTP status
 * with `{ error: { code, message, fieldErrors?, details? } }`; anything else is logged and answered
 * 500 without internals.
 */
export function apiRoute<P = Record<string, never>>(handler: (ctx: Context<P>) => Promise<unknown>) {
  return async (req: NextRequest, route: { params: Promise<P> }) => {
    try {
      const db = await getDb();
      const actor = await resolveActor(req, db);
      const result = await handler({ req, db, actor, params: await route.params });
      if (result instanceof Response) return result;
      return NextResponse.json(result, { status: req.method === "POST" ? 201 : 200 });
    } catch (err) {
      return errorResponse(err, req);
    }
  };
}

async function resolveActor(req: NextRequest, db: Database): Promise<ApiActor> {
  const header = req.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const found = match ? await authenticateApiToken(db, match[1]!) : null;
    if (!found)
      throw new AppError("unauthorized", "The API token is not valid: it may be mistyped, revoked or expired.");
    const { user, scope, name } = found;
    return {
      id: user.id,
      role: user.role,
      agencyId: user.agencyId,
      name: user.name,
      email: user.email,
      tokenScope: scope,
      tokenName: name,
    };
  }
  const user = await getCurrentUser();
  if (!user) throw unauthorized();
  return { id: user.id, role: user.role, agencyId: user.agencyId, name: user.name, email: user.email };
}

/** Reads a JSON body no larger than MAX_BODY_BYTES and validates it, saying what to fix. */
export async function readJson<S extends z.ZodType>(req: NextRequest, schema: S): Promise<z.infer<S>> {
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const type = req.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json"))
    throw badRequest("Send the body as JSON with Content-Type: application/json.");
  const text = await req.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw tooLarge();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (err) {
    throw badRequest(`The body is not valid JSON: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw badRequest("Some fields are not valid.", zodFieldErrors(parsed.error));
  return parsed.data;
}

const tooLarge = () => new AppError("payload_too_large", `The body is larger than ${MAX_BODY_BYTES / 1024} KiB.`);

export function errorResponse(caught: unknown, req?: NextRequest) {
  const err = caught instanceof AppError ? caught : (fromDatabaseError(caught) ?? caught);
  if (err instanceof AppError) {
    return NextResponse.json(
      {
        error: {
          code: err.code,
          message: err.message,
          ...(err.fieldErrors ? { fieldErrors: err.fieldErrors } : {}),
          ...(err.details ? { details: err.details } : {}),
        },
      },
      {
        status: err.status,
        headers: {
          ...(err.status === 401 ? { "WWW-Authenticate": 'Bearer realm="twin-city-tracker"' } : {}),
          ...(err.code === "unavailable" ? { "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) } : {}),
        },
      },
    );
  }
  console.error("API error", req?.method, req?.nextUrl.pathname, err);
  return NextResponse.json(
    { error: { code: "internal", message: "The server could not complete this request. It has been logged." } },
    { status: 500 },
  );
}
