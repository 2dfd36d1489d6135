import { apiRoute } from "@/lib/api/handler";
import { listActions } from "@/db/queries/action-list";
import { readActionListQuery } from "@/lib/api/list-query";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/actions?q=&agency=&side=&status=&due=&archived=&page=&pageSize=&sort=&group=: every
 * action across recommendations, filtered, sorted and paged like the All actions page.
 */
export const GET = apiRoute(async ({ req, db }) => {
  const query = await readActionListQuery(db, req.nextUrl.searchParams);
  const { items, total, page, pageSize } = await listActions(db, query);
  // What the permission module decides on stays on the server.
  const data = items.map((item) => {
    const { facts, ...shown } = item;
    void facts;
    return shown;
  });
  return { data, page, pageSize, total, pageCount: Math.ceil(total / pageSize) };
});
