import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { listCurrentAgencies } from "@/db/queries/agencies";
import { requireUser } from "@/lib/auth/session";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { localizedString } from "@/lib/i18n/localized";
import { Card, CardTitle } from "@/components/ui/card";
import { AdminOnly, mayAdminister } from "../_components/admin-only";
import { listUsersForAdmin } from "@/db/queries/users";
import { NewUserForm } from "./new-user-form";
import { UserRow } from "./user-row";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("title") };
}

export default async function AdminUsersPage() {
  const user = await requireUser("/admin/users");
  if (!mayAdminister(user, "user.manage")) return <AdminOnly />;

  const db = await getDb();
  const [rows, agencyRows, t, format, locale] = await Promise.all([
    listUsersForAdmin(db),
    listCurrentAgencies(db),
    getTranslations("admin.users"),
    getFormatter(),
    getLocale(),
  ]);
  const agencies = agencyRows.map((a) => ({
    key: a.key,
    label: `${a.abbreviation} · ${localizedString({ en: a.nameEn, zhHans: a.nameZhHans, zhHant: a.nameZhHant }, locale)}`,
  }));

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-muted-foreground">{t("count", { total: rows.length })}</p>
      </div>

      <Card aria-labelledby="new-user-title">
        <CardTitle id="new-user-title">{t("newTitle")}</CardTitle>
        <NewUserForm agencies={agencies} minLength={PASSWORD_MIN_LENGTH} />
      </Card>

      {rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <div className="overflow-x-auto rounded-lg border">
          <table className="w-full text-sm">
            <caption className="sr-only">{t("tableCaption")}</caption>
            <thead className="bg-muted/60 text-left text-xs uppercase tracking-wide text-muted-foreground">
              <tr>
                {["name", "email", "role", "agency", "status", "lastSignIn", "actions"].map((c) => (
                  <th key={c} scope="col" className="px-3 py-2">
                    {t(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <UserRow
                  key={row.id}
                  user={{
                    id: row.id,
                    name: row.name,
                    email: row.email,
                    role: row.role,
                    agencyKey: row.agencyKey,
                    active: row.active,
                    lastSignIn: row.lastSignInAt
                      ? format.dateTime(row.lastSignInAt, { dateStyle: "medium", timeStyle: "short" })
                      : null,
                  }}
                  agencies={agencies}
                  isSelf={row.id === user.id}
                  minLength={PASSWORD_MIN_LENGTH}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
