import { NextResponse, type NextRequest } from "next/server";
import { openApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-dynamic";

/** GET /api/v1/openapi.json: the API description; public, like any API reference. */
export function GET(req: NextRequest) {
  return NextResponse.json(openApiDocument(req.nextUrl.origin));
}
