import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { getDatabaseHandle, type Database, type DatabaseHandle } from "@/db";
import { authenticateApiTokenCached } from "@/db/mutations/tokens";
import {
  AppError,
  badRequest,
  DATABASE_RETRY_AFTER_SECONDS,
  notFound,
  payloadTooLarge,
  toAppError,
  unauthorized,
} from "@/lib/errors";
import { getCurrentUser } from "@/lib/auth/session";
import { matchLocale, type SupportedLocale } from "@/lib/i18n/config";
import { actorOf, type Actor } from "@/lib/permissions";
import { decodeUtf8, kib, readLimitedBody } from "@/lib/security/limited-body";
import { renderMessage } from "@/lib/i18n/render-message";
import { fromZodMessage, msg } from "@/lib/i18n/server-message";
import { parseInput } from "@/lib/validation/parse-input";

/** Request bodies above this are refused with 413 while they stream, before anything else is done. */
export const MAX_BODY_BYTES = 64 * 1024;

/** `sessionId` only for a browser session (API tokens have none). `locale`: the user's stored language, null until chosen. */
export type ApiActor = Actor & { name: string; email: string; locale: string | null; sessionId?: string };

/**
 * The language an API answer's messages are written in: the caller's `Accept-Language` when it
 * names a supported language, else the language stored for the calling user, else English. The
 * error `code`s are English identifiers whatever the language.
 */
export function apiLocale(acceptLanguage: string | null | undefined, storedLocale?: string | null): SupportedLocale {
  return matchLocale(acceptLanguage, storedLocale);
}

/** What a route takes besides the caller, each checked by its zod schema before the handler runs. */
interface Inputs<P extends z.ZodType | undefined, B extends z.ZodType | undefined> {
  /** Route segments. A segment the schema refuses names nothing: 404 with the schema's message. */
  params?: P;
  /** A JSON body (Content-Type: application/json): 400 with field errors when it does not fit. */
  body?: B;
}

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;
type AnyHandler = (ctx: Context<never, never>) => Promise<unknown>;

interface Context<P, B> {
  req: NextRequest;
  db: Database;
  actor: ApiActor;
  params: P;
  body: B;
}

type RouteHandler = (req: NextRequest, route: { params: Promise<Record<string, string>> }) => Promise<Response>;

/**
 * Every /api/v1 route goes through here: the body is read up to MAX_BODY_BYTES (counted as it
 * streams, before the caller is even looked up) → who is calling (a session cookie or an
 * `Authorization: Bearer` token) → params and body parsed with the route's schemas → the handler,
 * whose mutations ask the permission module → a JSON answer. Known errors become their HTTP status
 * with `{ error: { code, message, fieldErrors?, details? } }`; anything else is logged and answered
 * 500 without internals.
 */
export function apiRoute(handler: (ctx: Context<undefined, undefined>) => Promise<unknown>): RouteHandler;
export function apiRoute<P extends z.ZodType | undefined = undefined, B extends z.ZodType | undefined = undefined>(
  inputs: Inputs<P, B>,
  handler: (ctx: Context<Parsed<P>, Parsed<B>>) => Promise<unknown>,
): RouteHandler;
export function apiRoute(...args: [AnyHandler] | [Inputs<z.ZodType, z.ZodType>, AnyHandler]): RouteHandler {
  const [inputs, handler] = args.length === 1 ? [{}, args[0]] : args;
  return async (req, route) => {
    let storedLocale: string | null = null;
    try {
      const bytes = inputs.body ? await readBody(req) : undefined;
      const handle = await getDatabaseHandle();
      const db = handle.db;
      const actor = await resolveActor(req, handle);
      storedLocale = actor.locale;
      const params = inputs.params ? parseParams(inputs.params, await route.params) : await route.params;
      const body = inputs.body ? parseInput(inputs.body, parseJson(req, bytes!)) : undefined;
      const result = await (handler as (ctx: Context<unknown, unknown>) => Promise<unknown>)({
        req,
        db,
        actor,
        params,
        body,
      });
      if (result instanceof Response) return result;
      return NextResponse.json(result, { status: req.method === "POST" ? 201 : 200 });
    } catch (err) {
      return errorResponse(err, req, storedLocale);
    }
  };
}

/**
 * A bearer token is looked up in this process's cache of authenticated tokens (db/mutations/tokens.ts:
 * dropped at once on any access change committed here, and on every instance's notification).
 */
async function resolveActor(req: NextRequest, handle: DatabaseHandle): Promise<ApiActor> {
  const header = req.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const found = match ? await authenticateApiTokenCached(handle, match[1]!) : null;
    if (!found) throw new AppError("unauthorized", msg("errors.invalidToken"));
    return { ...actorOf(found), name: found.user.name, email: found.user.email, locale: found.user.locale };
  }
  const user = await getCurrentUser();
  if (!user) throw unauthorized();
  return { ...actorOf(user), name: user.name, email: user.email, locale: user.locale, sessionId: user.sessionId };
}

async function readBody(req: NextRequest): Promise<Uint8Array> {
  const read = await readLimitedBody(req.body, MAX_BODY_BYTES, req.headers.get("content-length"));
  if (!read.ok) throw payloadTooLarge(kib(MAX_BODY_BYTES));
  return read.bytes;
}

function parseParams(schema: z.ZodType, raw: unknown): unknown {
  const parsed = schema.safeParse(raw);
  const issue = parsed.success ? null : parsed.error.issues[0];
  if (!parsed.success) throw notFound(issue ? fromZodMessage(issue.message) : msg("errors.noSuchAddress"));
  return parsed.data;
}

function parseJson(req: NextRequest, bytes: Uint8Array): unknown {
  const type = req.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) throw badRequest("errors.sendJson");
  const text = decodeUtf8(bytes);
  if (text === null) throw badRequest("errors.notUtf8");
  try {
    return JSON.parse(text);
  } catch (err) {
    // The parser's own words (where the JSON breaks) stay as the runtime writes them.
    throw badRequest(msg("errors.notJson", { detail: (err as Error).message }));
  }
}

/**
 * The JSON answer for a failure, its message and field messages in the caller's language
 * (`apiLocale`: Accept-Language, else `storedLocale`, else English).
 */
export function errorResponse(caught: unknown, req?: NextRequest, storedLocale?: string | null) {
  const locale = apiLocale(req?.headers.get("accept-language"), storedLocale);
  const err = toAppError(caught);
  if (err) {
    const { message, fieldErrors } = err.localized(locale);
    return NextResponse.json(
      {
        error: {
          code: err.code,
          message,
          ...(fieldErrors ? { fieldErrors } : {}),
          ...(err.details ? { details: err.details } : {}),
        },
      },
      {
        status: err.status,
        headers: {
          ...(err.status === 401 ? { "WWW-Authenticate": 'Bearer realm="twin-city-tracker"' } : {}),
          // The rest of an oversized body is not wanted: closing the connection stops the upload.
          ...(err.status === 413 ? { Connection: "close" } : {}),
          ...(err.code === "unavailable" ? { "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) } : {}),
        },
      },
    );
  }
  console.error("API error", req?.method, req?.nextUrl.pathname, caught);
  return NextResponse.json(
    { error: { code: "internal", message: renderMessage(msg("errors.internal"), locale) } },
    { status: 500 },
  );
}
