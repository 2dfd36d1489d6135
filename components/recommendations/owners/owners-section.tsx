import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { listCurrentAgencies } from "@/db/queries/agencies";
import { listContactCandidates } from "@/db/queries/owners";
import type { RecommendationView } from "@/db/queries/recommendations";
import { authorize, type Actor, type RecommendationFacts } from "@/lib/permissions";
import { localizedString } from "@/lib/i18n/localized";
import { getSay } from "@/lib/i18n/say";
import { Card, CardTitle } from "@/components/ui/card";
import { OwnersEditor } from "./owners-editor";
import type { OwnerAgency } from "./types";

/**
 * The Owners card of the detail page. The permission module decides whether the controls appear
 * (the same rule setOwners enforces: the "owners" field of a recommendation); the agencies and
 * people to pick from are sent only to those who may change the owners.
 */
export async function OwnersSection({
  rec,
  actor,
  facts,
}: {
  rec: Pick<RecommendationView, "code" | "version" | "owners">;
  actor: Actor;
  facts: RecommendationFacts;
}) {
  const [t, locale, say] = await Promise.all([getTranslations("owners"), getLocale(), getSay()]);
  const decision = authorize(actor, { action: "recommendation.update", recommendation: facts, fields: ["owners"] });
  const agency = (a: RecommendationView["owners"][number]["agency"]): OwnerAgency => ({
    id: a.id,
    key: a.key,
    abbreviation: a.abbreviation,
    name: localizedString(a.name, locale),
    side: a.side,
  });
  let addable: OwnerAgency[] = [];
  let candidates: { id: string; name: string; agencyId: string }[] = [];
  if (decision.allowed) {
    const db = await getDb();
    const owned = new Set(rec.owners.map((o) => o.agency.id));
    const agencies = await listCurrentAgencies(db);
    addable = agencies
      .filter((a) => !owned.has(a.id))
      .map((a) =>
        agency({
          id: a.id,
          key: a.key,
          abbreviation: a.abbreviation,
          name: { en: a.nameEn, zhHans: a.nameZhHans, zhHant: a.nameZhHant },
          side: a.side,
        }),
      );
    const rows = await listContactCandidates(
      db,
      agencies.map((a) => a.id),
    );
    candidates = rows.map((u) => ({ id: u.id, name: u.name, agencyId: u.agencyId! }));
  }
  // Archived: the permission module's own sentence; otherwise who may change the owners.
  const refusal = decision.allowed ? null : facts.archived ? say(decision.reason) : t("onlyCoordinators");

  return (
    <Card aria-labelledby="owners-h">
      <CardTitle id="owners-h">{t("title")}</CardTitle>
      <OwnersEditor
        code={rec.code}
        version={rec.version}
        owners={rec.owners.map((o) => ({ role: o.role, agency: agency(o.agency), contact: o.contact }))}
        canEdit={decision.allowed}
        refusal={refusal}
        addable={addable}
        candidates={candidates}
      />
    </Card>
  );
}
