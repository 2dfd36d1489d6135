import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { apiRoute } from "@/lib/api/handler";
import { listRecommendations } from "@/db/queries/recommendation-list";
import { readRecommendationListQuery } from "@/lib/api/list-query";
import { recommendationExportColumns } from "@/lib/export/recommendation-columns";
import { collectExportRows, exportFormatters, exportResponse, readExportRequest } from "@/lib/export/view-export";
import { defaultColumns } from "@/lib/table/recommendation-view";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/recommendations/export?format=csv|xlsx&<the list's filters and sort>&cols=<visible
 * columns>: every row of the view (not one page), in the view's columns and order, in the reader's
 * language. `cols` is checked like the list's (an unknown column is a 400).
 */
export const GET = apiRoute(async ({ req, db }) => {
  const { format: fileFormat, params } = readExportRequest(req.nextUrl.searchParams);
  const { cols, ...query } = await readRecommendationListQuery(db, params);
  const rows = await collectExportRows(
    (page, pageSize) => listRecommendations(db, { ...query, page, pageSize }),
    "recommendations",
  );
  const [t, locale, format] = await Promise.all([getTranslations(), getLocale(), getFormatter()]);
  const columns = recommendationExportColumns(
    t as (key: string) => string,
    locale,
    exportFormatters(format),
    cols?.length ? cols : defaultColumns,
  );
  const body = rows.map((r) => columns.map((c) => c.value(r)));
  return exportResponse(
    fileFormat,
    "recommendations",
    t("list.title"),
    columns.map((c) => c.header),
    body,
  );
});
