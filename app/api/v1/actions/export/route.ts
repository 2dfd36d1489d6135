import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { apiRoute } from "@/lib/api/handler";
import { listActions } from "@/db/queries/action-list";
import { readActionListQuery } from "@/lib/api/list-query";
import { actionExportColumns } from "@/lib/export/action-columns";
import { collectExportRows, exportFormatters, exportResponse, readExportRequest } from "@/lib/export/view-export";
import { defaultActionColumns } from "@/lib/table/action-view";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/actions/export?format=csv|xlsx&<the All actions filters and sort>&cols=<visible
 * columns>: every action of the view (not one page), in the view's columns and order, in the
 * reader's language, formula-neutralised like the recommendations export.
 */
export const GET = apiRoute(async ({ req, db }) => {
  const { format: fileFormat, params } = readExportRequest(req.nextUrl.searchParams);
  const { cols, ...query } = await readActionListQuery(db, params);
  const rows = await collectExportRows((page, pageSize) => listActions(db, { ...query, page, pageSize }), "actions");
  const [t, locale, format] = await Promise.all([getTranslations(), getLocale(), getFormatter()]);
  const columns = actionExportColumns(
    t as (key: string) => string,
    locale,
    exportFormatters(format),
    cols?.length ? cols : defaultActionColumns,
  );
  const body = rows.map((r) => columns.map((c) => c.value(r)));
  return exportResponse(
    fileFormat,
    "actions",
    t("allActions.title"),
    columns.map((c) => c.header),
    body,
  );
});
