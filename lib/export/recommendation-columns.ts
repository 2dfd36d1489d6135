import type { RecommendationView } from "@/db/queries/recommendations";
import { localizedString } from "@/lib/i18n/localized";
import { defaultColumns, type ColumnId } from "@/lib/table/recommendation-view";
import type { ExportCell } from "./table-export";
import type { ExportFormatters } from "./view-export";

type Translate = (key: string) => string;

/**
 * The table's columns as an export writes them: the same ids, titles and values as the page, so an
 * export of a view holds exactly the columns the view shows, in its order.
 */
export function recommendationExportColumns(
  t: Translate,
  locale: string,
  format: ExportFormatters,
  ids: readonly ColumnId[] = defaultColumns,
) {
  const leads = (rec: RecommendationView, side: string) =>
    rec.owners
      .filter((o) => o.role === "lead" && o.agency.side === side)
      .map((o) => o.agency.abbreviation)
      .join(", ");
  const share = (v: number | null) => (v === null ? "" : format.percent(v));
  const all: Record<ColumnId, { header: string; value: (r: RecommendationView) => ExportCell }> = {
    code: { header: t("list.code"), value: (r) => r.code },
    title: { header: t("list.titleColumn"), value: (r) => localizedString(r.title, locale) },
    theme: { header: t("list.theme"), value: (r) => t(`themes.${r.theme}`) },
    horizon: { header: t("list.horizon"), value: (r) => t(`horizon.${r.horizon}`) },
    priority: { header: t("list.priority"), value: (r) => t(`priority.${r.priority}`) },
    status: { header: t("list.status"), value: (r) => t(`status.${r.status}`) },
    health: { header: t("list.health"), value: (r) => (r.health ? t(`health.${r.health}`) : "") },
    leadShenzhen: { header: t("list.leadShenzhen"), value: (r) => leads(r, "shenzhen") },
    leadHongKong: { header: t("list.leadHongKong"), value: (r) => leads(r, "hong_kong") },
    progressShenzhen: { header: t("list.progressShenzhen"), value: (r) => share(r.progress.shenzhen) },
    progressHongKong: { header: t("list.progressHongKong"), value: (r) => share(r.progress.hong_kong) },
    nextDue: { header: t("list.nextDue"), value: (r) => (r.nextDue ? format.day(r.nextDue) : "") },
    overdue: { header: t("list.overdue"), value: (r) => format.count(r.overdueCount) },
    target: { header: t("list.target"), value: (r) => (r.targetDate ? format.day(r.targetDate) : "") },
    updated: { header: t("list.updated"), value: (r) => format.date(r.updatedAt) },
  };
  return ids.map((id) => all[id]);
}
