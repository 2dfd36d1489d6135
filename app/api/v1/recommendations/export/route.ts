import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { apiRoute } from "@/lib/api/handler";
import { badRequest } from "@/lib/errors";
import { listRecommendations, MAX_PAGE_SIZE } from "@/db/queries/recommendation-list";
import type { RecommendationView } from "@/db/queries/recommendations";
import { readRecommendationListQuery } from "@/lib/api/list-query";
import { recommendationExportColumns } from "@/lib/export/recommendation-columns";
import { toCsv, toXlsx } from "@/lib/export/table-export";
import { defaultColumns } from "@/lib/table/recommendation-view";

export const dynamic = "force-dynamic";

/** An export is a document for people, not a bulk dump: past this, narrow the filters. */
const MAX_EXPORT_ROWS = 20_000;

/**
 * GET /api/v1/recommendations/export?format=csv|xlsx&<the list's filters and sort>&cols=<visible
 * columns>: every row of the view (not one page), in the view's columns and order, in the reader's
 * language. `cols` is checked like the list's (an unknown column is a 400).
 */
export const GET = apiRoute(async ({ req, db }) => {
  const params = new URLSearchParams(req.nextUrl.searchParams);
  const fileFormat = params.get("format") ?? "csv";
  if (fileFormat !== "csv" && fileFormat !== "xlsx") throw badRequest('format must be "csv" or "xlsx".');
  params.delete("format");
  params.delete("page");
  params.delete("pageSize");
  // An export is a flat list in the view's order: grouping is for reading on screen.
  params.delete("group");
  params.delete("collapsed");
  const { cols, ...query } = await readRecommendationListQuery(db, params);
  const ids = cols?.length ? cols : defaultColumns;

  const rows: RecommendationView[] = [];
  for (let page = 1; ; page++) {
    const result = await listRecommendations(db, { ...query, page, pageSize: MAX_PAGE_SIZE });
    if (result.total > MAX_EXPORT_ROWS) {
      throw badRequest(
        `The view has ${result.total} recommendations; exports hold at most ${MAX_EXPORT_ROWS}. Narrow the filters.`,
      );
    }
    rows.push(...result.items);
    if (rows.length >= result.total || result.items.length === 0) break;
  }

  const [t, locale, format] = await Promise.all([getTranslations(), getLocale(), getFormatter()]);
  const columns = recommendationExportColumns(
    t as (key: string) => string,
    locale,
    {
      date: (d) => format.dateTime(d, { dateStyle: "medium" }),
      day: (iso) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }),
      percent: (share) => format.number(share, { style: "percent" }),
    },
    ids,
  );
  const header = columns.map((c) => c.header);
  const body = rows.map((r) => columns.map((c) => c.value(r)));
  const name = `recommendations-${new Date().toISOString().slice(0, 10)}.${fileFormat}`;
  const disposition = `attachment; filename="${name}"`;
  if (fileFormat === "csv") {
    return new Response(toCsv(header, body), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": disposition },
    });
  }
  return new Response(new Uint8Array(await toXlsx(t("list.title"), header, body)), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": disposition,
    },
  });
});
