import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { RequestCounts, RoundDetail } from "@/db/queries/rounds";
import { localizedString } from "@/lib/i18n/localized";
import { SideDot } from "@/components/recommendations/badges";

const columns = ["not_started", "draft", "submitted", "returned", "accepted", "late"] as const;

/** Counts per agency and per side with their response rates: who has answered how much of what was asked. */
export async function RoundCounts({ counts }: { counts: RoundDetail["counts"] }) {
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const rate = (c: RequestCounts) =>
    c.responseRate === null ? "—" : format.number(c.responseRate, { style: "percent", maximumFractionDigits: 0 });
  const cells = (c: RequestCounts) => (
    <>
      <td className="px-2 py-1.5 text-right tabular-nums">{format.number(c.total)}</td>
      {columns.map((s) => (
        <td key={s} className="px-2 py-1.5 text-right tabular-nums">
          {format.number(c.byState[s])}
        </td>
      ))}
      <td className="px-2 py-1.5 text-right font-medium tabular-nums">{rate(c)}</td>
    </>
  );
  const head = (first: string) => (
    <thead>
      <tr className="border-b text-left text-xs text-muted-foreground">
        <th scope="col" className="px-2 py-1.5 font-medium">
          {first}
        </th>
        <th scope="col" className="px-2 py-1.5 text-right font-medium">
          {t("rounds.counts.requests")}
        </th>
        {columns.map((s) => (
          <th key={s} scope="col" className="px-2 py-1.5 text-right font-medium">
            {t(`rounds.state.${s}`)}
          </th>
        ))}
        <th scope="col" className="px-2 py-1.5 text-right font-medium">
          {t("rounds.counts.responseRate")}
        </th>
      </tr>
    </thead>
  );
  return (
    <div className="space-y-4">
      <div className="overflow-x-auto">
        <table className="w-full min-w-[36rem] text-sm">
          <caption className="sr-only">{t("rounds.counts.perSide")}</caption>
          {head(t("rounds.counts.side"))}
          <tbody>
            {counts.sides.map((s) => (
              <tr key={s.side} className="border-b last:border-0">
                <th scope="row" className="px-2 py-1.5 text-left font-medium">
                  <span className="inline-flex items-center gap-1.5">
                    <SideDot side={s.side} />
                    {t(`sides.${s.side}`)}
                  </span>
                </th>
                {cells(s.counts)}
              </tr>
            ))}
            <tr className="border-t-2">
              <th scope="row" className="px-2 py-1.5 text-left font-semibold">
                {t("rounds.counts.all")}
              </th>
              {cells(counts.total)}
            </tr>
          </tbody>
        </table>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[36rem] text-sm">
          <caption className="sr-only">{t("rounds.counts.perAgency")}</caption>
          {head(t("rounds.counts.agency"))}
          <tbody>
            {counts.agencies.map(({ agency, counts: c }) => (
              <tr key={agency.id} className="border-b last:border-0">
                <th scope="row" className="px-2 py-1.5 text-left font-medium">
                  <abbr
                    title={localizedString(
                      { en: agency.nameEn, zhHans: agency.nameZhHans, zhHant: agency.nameZhHant },
                      locale,
                    )}
                    className="no-underline"
                  >
                    {agency.abbreviation}
                  </abbr>
                </th>
                {cells(c)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
