import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { listCurrentAgencies } from "@/db/queries/agencies";
import { requireUser } from "@/lib/auth/session";
import { Card, CardTitle } from "@/components/ui/card";
import { AdminOnly, mayAdminister } from "../_components/admin-only";
import { CreateAgencyForm, MergeAgenciesForm } from "./agency-forms";
import { AgencyRow } from "./agency-row";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.agencies"))("title") };
}

export default async function AdminAgenciesPage() {
  const user = await requireUser("/admin/agencies");
  if (!mayAdminister(user, "agency.manage")) return <AdminOnly />;

  const [rows, t, ts] = await Promise.all([
    listCurrentAgencies(await getDb()),
    getTranslations("admin.agencies"),
    getTranslations("sides"),
  ]);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-muted-foreground">{t("count", { total: rows.length })}</p>
      </div>

      <div className="space-y-6">
        <Card aria-labelledby="new-agency-title">
          <CardTitle id="new-agency-title">{t("newTitle")}</CardTitle>
          <CreateAgencyForm />
        </Card>
        <Card aria-labelledby="merge-title">
          <CardTitle id="merge-title">{t("mergeTitle")}</CardTitle>
          <p className="mb-4 text-sm text-muted-foreground">{t("mergeIntro")}</p>
          <MergeAgenciesForm agencies={rows.map((a) => ({ key: a.key, label: `${a.abbreviation} (${a.key})` }))} />
        </Card>
      </div>

      {rows.length === 0 ? (
        <EmptyState title={t("empty")} hint={t("emptyHint")} />
      ) : (
        <div className="overflow-x-auto rounded-lg border">
          <table className="w-full text-sm">
            <caption className="sr-only">{t("tableCaption")}</caption>
            <thead className="bg-muted/60 text-left text-xs uppercase tracking-wide text-muted-foreground">
              <tr>
                {["key", "abbreviation", "side", "nameEn", "nameZhHans", "nameZhHant", "actions"].map((c) => (
                  <th key={c} scope="col" className="px-3 py-2">
                    {t(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <AgencyRow
                  key={a.key}
                  agency={{
                    key: a.key,
                    abbreviation: a.abbreviation,
                    side: a.side,
                    sideLabel: ts(a.side),
                    nameEn: a.nameEn,
                    nameZhHans: a.nameZhHans,
                    nameZhHant: a.nameZhHant,
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
