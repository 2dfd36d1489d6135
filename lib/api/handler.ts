import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { getDb, type Database } from "@/db";
import { AppError, unauthorized } from "@/lib/errors";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";

interface Context<P> {
  req: NextRequest;
  db: Database;
  user: CurrentUser;
  params: P;
}

/**
 * Every /api/v1 route goes through here: who is calling → (permission, from the access issue on) →
 * the handler, which validates its input with zod → a JSON answer. Known errors become their HTTP
 * status with `{ error: { code, message, fieldErrors? } }`; anything else is logged and answered 500
 * without internals.
 */
export function apiRoute<P = Record<string, never>>(handler: (ctx: Context<P>) => Promise<unknown>) {
  return async (req: NextRequest, route: { params: Promise<P> }) => {
    try {
      const user = await getCurrentUser();
      if (!user) throw unauthorized();
      const result = await handler({ req, db: await getDb(), user, params: await route.params });
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (err) {
      return errorResponse(err, req);
    }
  };
}

export function errorResponse(err: unknown, req?: NextRequest) {
  if (err instanceof AppError) {
    return NextResponse.json(
      { error: { code: err.code, message: err.message, ...(err.fieldErrors ? { fieldErrors: err.fieldErrors } : {}) } },
      {
        status: err.status,
        headers: err.status === 401 ? { "WWW-Authenticate": 'Bearer realm="twin-city-tracker"' } : {},
      },
    );
  }
  console.error("API error", req?.method, req?.nextUrl.pathname, err);
  return NextResponse.json(
    { error: { code: "internal", message: "The server could not complete this request. It has been logged." } },
    { status: 500 },
  );
}
