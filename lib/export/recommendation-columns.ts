import type { RecommendationView } from "@/db/queries/recommendations";
import { localized } from "@/lib/i18n/localized";

type Translate = (key: string) => string;

/** The columns of the recommendations list, as the page shows them, for exports of the same view. */
export function recommendationExportColumns(t: Translate, locale: string, formatDate: (d: Date) => string) {
  const leads = (rec: RecommendationView, side: string) =>
    rec.owners
      .filter((o) => o.role === "lead" && o.agency.side === side)
      .map((o) => o.agency.abbreviation)
      .join(", ");
  return [
    { header: t("list.code"), value: (r: RecommendationView) => r.code },
    { header: t("list.titleColumn"), value: (r: RecommendationView) => localized(r.title, locale) },
    { header: t("list.theme"), value: (r: RecommendationView) => t(`themes.${r.theme}`) },
    { header: t("list.horizon"), value: (r: RecommendationView) => t(`horizon.${r.horizon}`) },
    { header: t("list.status"), value: (r: RecommendationView) => t(`status.${r.status}`) },
    { header: t("list.health"), value: (r: RecommendationView) => (r.health ? t(`health.${r.health}`) : "") },
    { header: `${t("list.leads")} (${t("sides.shenzhen")})`, value: (r: RecommendationView) => leads(r, "shenzhen") },
    { header: `${t("list.leads")} (${t("sides.hong_kong")})`, value: (r: RecommendationView) => leads(r, "hong_kong") },
    { header: t("list.updated"), value: (r: RecommendationView) => formatDate(r.updatedAt) },
  ];
}
