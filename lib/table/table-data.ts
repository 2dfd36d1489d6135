import "server-only";
/**
 * The rows of the recommendations and All actions tables for one view, exactly as the tables render
 * them: read through the list queries, localized, and with what this person may edit in each row,
 * decided by the permission module. The page's first render and the tables' own fetches
 * (app/api/table/*) both come through here, so a row means the same thing either way.
 */
import type { DatabaseHandle } from "@/db";
import { actionFacetCountsCached, listActionsCached, type ActionTableItem } from "@/db/queries/action-list";
import {
  facetCountsCached,
  listRecommendationsCached,
  type GroupCount,
  type ListItem,
} from "@/db/queries/recommendation-list";
import { localeCookie, matchLocale, type SupportedLocale } from "@/lib/i18n/config";
import { localized, localizedString } from "@/lib/i18n/localized";
import { renderMessage } from "@/lib/i18n/render-message";
import { actionEditRights, factsOf, recommendationEditRights, type Actor, type Say } from "@/lib/permissions";
import {
  actionListQuery,
  parseListLink,
  recommendationListQuery,
  toActionListParams,
  toListParams,
} from "@/lib/validation/search-params";
import type { ActionRow } from "./action-row";
import { dataQueryOf, type TableData } from "./data-query";
import type { FacetId, FacetIdOf, actionFilters } from "./filters";
import type { TableRow } from "./recommendation-row";
import { actionUrlState, canonicalQuery, tableUrlState } from "./url-state";

export type RecommendationTableData = TableData<TableRow, GroupCount, Record<FacetId, Record<string, number>>>;

export interface ActionGroup {
  key: string;
  label: string;
  count: number;
}
export type ActionTableData = TableData<
  ActionRow,
  ActionGroup,
  Record<FacetIdOf<typeof actionFilters>, Record<string, number>>
>;

type Raw = Record<string, string | string[]>;

function toSearchParams(raw: Raw): URLSearchParams {
  return new URLSearchParams(
    Object.entries(raw).flatMap(([key, value]) =>
      (Array.isArray(value) ? value : [value]).map((v) => [key, v] as [string, string]),
    ),
  );
}

/**
 * The reader's language for a table's rows fetched by the browser, chosen as for a page
 * (lib/i18n/request.ts): the user's stored language, else the browser's cookie, else its languages.
 */
export function tableLocale(
  storedLocale: string | null,
  req: { cookies: { get(name: string): { value: string } | undefined }; headers: Headers },
) {
  return matchLocale(storedLocale, req.cookies.get(localeCookie)?.value, req.headers.get("accept-language"));
}

/** What this person may change in a row, decided as on the detail page (the server checks again). */
function recommendationEdit(actor: Actor, item: ListItem, say: Say): TableRow["edit"] {
  const { statuses, health, priority, lead } = recommendationEditRights(actor, factsOf(item), item.status, say);
  return { statuses, health, priority, lead };
}

export async function recommendationTableData(
  handle: DatabaseHandle,
  actor: Actor,
  raw: Raw,
  locale: SupportedLocale,
): Promise<RecommendationTableData> {
  const say: Say = (message) => renderMessage(message, locale);
  // A hand-edited link with a bad value shows the view without that part, and says so.
  const { query, problems } = parseListLink(recommendationListQuery, raw, say);
  const params = toListParams(query);
  // Through the per-data-version cache (db/queries/list-cache.ts): the same view asked again costs no query.
  const [result, facets] = await Promise.all([
    listRecommendationsCached(handle, params),
    facetCountsCached(handle, params),
  ]);
  const chip = (a: ListItem["owners"][number]["agency"]) => ({
    key: a.key,
    abbreviation: a.abbreviation,
    name: localizedString(a.name, locale),
  });
  const rows: TableRow[] = result.items.map((item) => {
    const leads = (side: string) =>
      item.owners.filter((o) => o.role === "lead" && o.agency.side === side).map((o) => chip(o.agency));
    return {
      id: `${item.group ?? ""}:${item.code}`,
      code: item.code,
      title: localized(item.title, locale),
      archived: item.archivedAt !== null,
      theme: item.theme,
      horizon: item.horizon,
      priority: item.priority,
      status: item.status,
      health: item.health,
      leads: { shenzhen: leads("shenzhen"), hong_kong: leads("hong_kong") },
      progress: item.progress,
      nextDue: item.nextDue,
      overdueCount: item.overdueCount,
      targetDate: item.targetDate,
      updatedAt: item.updatedAt.toISOString(),
      version: item.version,
      group: item.group,
      edit: recommendationEdit(actor, item, say),
    };
  });
  return {
    query: dataQueryOf(canonicalQuery(tableUrlState, toSearchParams(raw))),
    rows,
    groups: result.groups,
    facets,
    total: result.total,
    rowTotal: result.rowTotal,
    problems,
  };
}

/** What this person may change in a row, decided as on the recommendation page (the server checks again). */
function actionEdit(actor: Actor, item: ActionTableItem, say: Say): ActionRow["edit"] {
  const rights = actionEditRights(actor, item.facts, say);
  return { work: rights.edit, reassign: rights.reassign };
}

export async function actionTableData(
  handle: DatabaseHandle,
  actor: Actor,
  raw: Raw,
  locale: SupportedLocale,
): Promise<ActionTableData> {
  const say: Say = (message) => renderMessage(message, locale);
  const { query, problems } = parseListLink(actionListQuery, raw, say);
  const params = toActionListParams(query);
  // Through the per-data-version cache, as for recommendations.
  const [result, facets] = await Promise.all([
    listActionsCached(handle, params),
    actionFacetCountsCached(handle, params),
  ]);
  const rows: ActionRow[] = result.items.map((item) => ({
    id: item.id,
    title: localized(item.titles, locale),
    code: item.recommendation.code,
    recommendationTitle: localized(item.recommendation.title, locale),
    archived: item.recommendation.archived,
    agency: {
      key: item.agency.key,
      abbreviation: item.agency.abbreviation,
      name: localizedString(item.agency.name, locale),
      side: item.agency.side,
    },
    assignee: item.assignee?.name ?? null,
    status: item.status,
    progress: item.progress,
    dueDate: item.dueDate,
    overdueBy: item.overdueBy,
    updatedAt: item.updatedAt.toISOString(),
    version: item.version,
    group: item.group,
    edit: actionEdit(actor, item, say),
  }));
  const groups: ActionGroup[] = result.groups.map((g) => ({
    key: g.key,
    label: `${g.label} · ${localizedString(g.names, locale)}`,
    count: g.count,
  }));
  return {
    query: dataQueryOf(canonicalQuery(actionUrlState, toSearchParams(raw))),
    rows,
    groups,
    facets,
    total: result.total,
    rowTotal: result.rowTotal,
    problems,
  };
}
