import type { ActionTableItem } from "@/db/queries/action-list";
import { localizedString } from "@/lib/i18n/localized";
import { defaultActionColumns, type ActionColumnId } from "@/lib/table/action-view";
import type { ExportCell } from "./table-export";
import type { ExportFormatters } from "./view-export";

type Translate = (key: string) => string;

/**
 * The All actions table's columns as an export writes them: the same ids, titles and values as the
 * page, so an export of a view holds exactly the columns the view shows, in its order.
 */
export function actionExportColumns(
  t: Translate,
  locale: string,
  format: ExportFormatters,
  ids: readonly ActionColumnId[] = defaultActionColumns,
) {
  const title = (id: ActionColumnId) => t(`allActions.columns.${id}`);
  const all: Record<ActionColumnId, (a: ActionTableItem) => ExportCell> = {
    title: (a) => localizedString(a.titles, locale),
    recommendation: (a) => a.recommendation.code,
    recommendationTitle: (a) => localizedString(a.recommendation.title, locale),
    agency: (a) => a.agency.abbreviation,
    side: (a) => t(`sides.${a.agency.side}`),
    assignee: (a) => a.assignee?.name ?? "",
    status: (a) => t(`actionStatus.${a.status}`),
    progress: (a) => format.percent(a.progress / 100),
    due: (a) => (a.dueDate ? format.day(a.dueDate) : ""),
    overdueBy: (a) => (a.overdueBy === null ? "" : format.count(a.overdueBy)),
    updated: (a) => format.date(a.updatedAt),
  };
  return ids.map((id) => ({ header: title(id), value: all[id] }));
}
