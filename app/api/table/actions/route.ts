import { getDatabaseHandle } from "@/db";
import { apiRoute } from "@/lib/api/handler";
import { actionTableData, tableLocale } from "@/lib/table/table-data";
import { searchParamsToObject } from "@/lib/validation/search-params";

export const dynamic = "force-dynamic";

/**
 * GET /api/table/actions?<the All actions page's query>: the rows, group and facet counts and totals
 * the All actions table renders for that view, with what the caller may change in each row (the
 * same loader as the page's first render). The table fetches this when its URL changes.
 */
export const GET = apiRoute(async ({ req, actor }) => {
  if (req.signal.aborted) return new Response(null, { status: 204 });
  const started = performance.now();
  const data = await actionTableData(
    await getDatabaseHandle(),
    actor,
    searchParamsToObject(req.nextUrl.searchParams),
    tableLocale(actor.locale, req),
  );
  // How long the rows took on the server, for the browser's resource timing (bench/table-interactions.ts
  // splits a table update into the browser's part and the server's with it).
  const rowsMs = (performance.now() - started).toFixed(1);
  return Response.json(data, { headers: { "Cache-Control": "no-store", "Server-Timing": `rows;dur=${rowsMs}` } });
});
