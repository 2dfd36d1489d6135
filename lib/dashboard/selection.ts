import "server-only";
/**
 * The dashboard's selection from a URL query (the page) or the API's query parameters: the
 * recommendations list's own filters (theme, side, agency, horizon and every other list filter),
 * parsed by the list's own schema, on top of a saved view's query when `view` names one. A filter
 * given in the URL replaces the view's value for that filter; sort, columns and paging are ignored.
 */
import type { DbOrTx } from "@/db";
import type { RecommendationFilters } from "@/db/queries/recommendation-list";
import { listSavedViews, type SavedViewSummary } from "@/db/queries/views";
import { badRequest } from "@/lib/errors";
import { english } from "@/lib/i18n/render-message";
import { msg, type Message } from "@/lib/i18n/server-message";
import { filterIds } from "@/lib/table/filters";
import {
  parseListLink,
  recommendationListQuery,
  searchParamsToObject,
  toListParams,
  zodFieldMessages,
} from "@/lib/validation/search-params";

type Raw = Record<string, string | string[]>;

export interface ParsedSelection {
  selection: RecommendationFilters;
  /** The saved view the selection starts from, when `view` named one the caller may read. */
  view: SavedViewSummary | null;
  /** The caller's saved views of the recommendations list, for the selection bar. */
  views: SavedViewSummary[];
  /** Parts of the link that were ignored, and why (the page shows them). */
  problems: string[];
}

/** Only the list's filters (not its sort, columns or paging) of a query. */
function filtersOnly(raw: Raw): Raw {
  return Object.fromEntries(Object.entries(raw).filter(([key]) => (filterIds as readonly string[]).includes(key)));
}

const toRaw = (query: string) => searchParamsToObject(new URLSearchParams(query));

/**
 * The page's reading: lenient like the list's own links, so a hand-edited value shows the dashboard
 * without that part and `problems` says which part was ignored.
 */
export async function readSelection(
  db: DbOrTx,
  userId: string,
  params: URLSearchParams | Record<string, string | string[] | undefined>,
  say: (message: Message) => string = english,
): Promise<ParsedSelection> {
  const raw = searchParamsToObject(params);
  const { views } = await listSavedViews(db, userId, "recommendations");
  const viewId = typeof raw.view === "string" ? raw.view : undefined;
  const view = viewId ? (views.find((v) => v.id === viewId) ?? null) : null;
  const problems: string[] = [];
  if (viewId && !view) problems.push(say(msg("dashboard.noView", { id: viewId })));
  const merged = { ...(view ? filtersOnly(toRaw(view.query)) : {}), ...filtersOnly(raw) };
  const parsed = parseListLink(recommendationListQuery, merged, say);
  problems.push(...parsed.problems);
  return { selection: filtersOf(parsed.query), view, views, problems };
}

/** The API's reading: strict, so an integrator hears of a wrong value (400) instead of a wider answer. */
export async function parseSelectionStrict(
  db: DbOrTx,
  userId: string,
  params: URLSearchParams,
): Promise<{ selection: RecommendationFilters; view: SavedViewSummary | null }> {
  const raw = searchParamsToObject(params);
  let view: SavedViewSummary | null = null;
  if (typeof raw.view === "string") {
    const { views } = await listSavedViews(db, userId, "recommendations");
    view = views.find((v) => v.id === raw.view) ?? null;
    if (!view) throw badRequest("errors.invalidQuery", { view: [msg("dashboard.noView", { id: raw.view })] });
  }
  const own = recommendationListQuery.safeParse(filtersOnly(raw));
  if (!own.success) throw badRequest("errors.invalidQuery", zodFieldMessages(own.error));
  const merged = { ...(view ? filtersOnly(toRaw(view.query)) : {}), ...filtersOnly(raw) };
  // A view saved before a filter changed may hold a value the list no longer takes: read it leniently.
  return { selection: filtersOf(parseListLink(recommendationListQuery, merged).query), view };
}

function filtersOf(query: Parameters<typeof toListParams>[0]): RecommendationFilters {
  const params = toListParams(query);
  delete params.page;
  delete params.pageSize;
  delete params.sort;
  delete params.group;
  delete params.collapsed;
  // Empty lists and texts choose nothing; leaving them out keeps the selection and its links short.
  return Object.fromEntries(
    Object.entries(params).filter(
      ([key, value]) =>
        value !== undefined &&
        value !== "" &&
        !(Array.isArray(value) && value.length === 0) &&
        !(key === "includeArchived" && value === false),
    ),
  ) as RecommendationFilters;
}
