import { apiRoute } from "@/lib/api/handler";
import { loadDashboard } from "@/db/queries/dashboard";
import { parseSelectionStrict } from "@/lib/dashboard/selection";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/dashboard?theme=&side=&agency=&horizon=&view=…: the dashboard's figures for the
 * selection (any recommendations-list filter, on top of a saved view's when `view` names one).
 */
export const GET = apiRoute(async ({ req, db, actor }) => {
  const { selection, view } = await parseSelectionStrict(db, actor.id, req.nextUrl.searchParams);
  const dashboard = await loadDashboard(db, actor, selection);
  return { data: { selection, view: view ? { id: view.id, name: view.name } : null, ...dashboard } };
});
