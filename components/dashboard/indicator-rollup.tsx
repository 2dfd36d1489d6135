/**
 * Indicators rolled up by theme: each indicator of the selection's recommendations with its latest
 * reading against its target, and how far from baseline to target that reading has come.
 */
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Dashboard } from "@/db/queries/dashboard";
import { localizedString } from "@/lib/i18n/localized";
import { Card, CardTitle } from "@/components/ui/card";
import { INDICATOR_LIMIT } from "@/db/queries/dashboard";

export async function IndicatorRollup({
  indicators,
  truncated,
}: {
  indicators: Dashboard["indicators"];
  truncated: boolean;
}) {
  const [t, tAll, format, locale] = await Promise.all([
    getTranslations("dashboard.indicators"),
    getTranslations(),
    getFormatter(),
    getLocale(),
  ]);
  const count = indicators.reduce((s, g) => s + g.indicators.length, 0);
  const reached = indicators.reduce((s, g) => s + g.indicators.filter((i) => i.progress === 1).length, 0);
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const value = (v: number | null, unit: string) => (v === null ? t("notSet") : `${format.number(v)} ${unit}`);
  return (
    <Card data-chart="indicators" className="min-w-0 space-y-3">
      <CardTitle className="mb-1">{t("title")}</CardTitle>
      <p className="text-sm" data-summary="">
        {count ? t("summary", { count, themes: indicators.length, reached: format.number(reached) }) : t("none")}
      </p>
      {indicators.map((group) => (
        <div key={group.theme} className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="py-1 text-left font-medium">{tAll(`themes.${group.theme}`)}</caption>
            <thead>
              <tr className="border-b text-left">
                {(["indicator", "recommendation", "latest", "target", "progress"] as const).map((column) => (
                  <th key={column} scope="col" className="py-1.5 pr-3 font-medium">
                    {t(column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {group.indicators.map((i) => (
                <tr key={i.id} className="border-b align-top last:border-0">
                  <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                    {i.name}
                  </th>
                  <td className="py-1.5 pr-3">
                    <Link
                      href={`/recommendations/${encodeURIComponent(i.code)}`}
                      className="text-primary underline underline-offset-2"
                      title={localizedString(i.title, locale)}
                    >
                      {i.code}
                    </Link>
                  </td>
                  <td className="py-1.5 pr-3">
                    {i.latest
                      ? t("onDay", { value: value(i.latest.value, i.unit), date: day(i.latest.observedOn) })
                      : t("noReading")}
                  </td>
                  <td className="py-1.5 pr-3">{value(i.target, i.unit)}</td>
                  <td className="py-1.5 pr-3">
                    {i.progress === null ? (
                      "—"
                    ) : (
                      <span className="flex items-center gap-2">
                        <span aria-hidden className="h-2 w-16 overflow-hidden rounded bg-muted">
                          <span
                            className="block h-full bg-primary"
                            style={{ width: `${Math.floor(i.progress * 100)}%` }}
                          />
                        </span>
                        {format.number(Math.floor(i.progress * 100) / 100, { style: "percent" })}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      {truncated ? <p className="text-xs text-muted-foreground">{t("truncated", { count: INDICATOR_LIMIT })}</p> : null}
    </Card>
  );
}
