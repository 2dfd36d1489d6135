import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { listCurrentAgencies } from "@/db/queries/agencies";
import { listAssignees, listRecommendationActions } from "@/db/queries/actions";
import { listActionEvidence } from "@/db/queries/evidence";
import { actionEditRights, authorize, can, type Actor, type RecommendationFacts } from "@/lib/permissions";
import { toEvidenceListItem } from "@/components/evidence/list-item";
import { localizedString } from "@/lib/i18n/localized";
import { getSay } from "@/lib/i18n/say";
import { Card, CardTitle } from "@/components/ui/card";
import { ActionList } from "./action-list";
import type { AgencyOption, ActionRowItem } from "./types";

/**
 * The "Actions" section of a recommendation: its actions as a list people work in (add, edit in
 * place, reassign, complete, cancel, reorder). The permission module decides every control shown
 * here, as it decides every write.
 */
export async function ActionsSection({
  code,
  recommendationId,
  actor,
  facts,
}: {
  code: string;
  recommendationId: string;
  actor: Actor;
  facts: RecommendationFacts;
}) {
  const db = await getDb();
  const [t, say, locale, format, items, agencies, evidence] = await Promise.all([
    getTranslations(),
    getSay(),
    getLocale(),
    getFormatter(),
    listRecommendationActions(db, recommendationId),
    listCurrentAgencies(db),
    listActionEvidence(db, recommendationId),
  ]);
  const option = (a: (typeof agencies)[number]): AgencyOption => ({
    id: a.id,
    key: a.key,
    abbreviation: a.abbreviation,
    name: localizedString({ en: a.nameEn, zhHans: a.nameZhHans, zhHant: a.nameZhHant }, locale),
    side: a.side,
  });
  const mayAddFor = (agencyId: string) =>
    authorize(actor, { action: "action.create", recommendation: facts, agencyId });
  const addAgencies = agencies.filter((a) => mayAddFor(a.id).allowed).map(option);
  const addRefusal = addAgencies.length ? null : mayAddFor(actor.agencyId ?? "");
  const rows: ActionRowItem[] = items.map((a) => ({
    ...a,
    rights: actionEditRights(actor, { agencyId: a.agency.id, recommendation: facts }, say),
    evidence: {
      items: (evidence.get(a.id) ?? []).map(toEvidenceListItem),
      canWrite: can(actor, {
        action: "evidence.write",
        on: { kind: "action", action: { agencyId: a.agency.id, recommendation: facts } },
      }),
    },
    dueLabel: a.dueDate
      ? format.dateTime(new Date(`${a.dueDate}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })
      : null,
  }));
  const reassignAgencies = rows.some((r) => r.rights.reassign) ? agencies.map(option) : [];
  // Only the people someone may pick are sent to their browser: every agency's for a coordinator.
  const pickFrom = new Set([...addAgencies, ...reassignAgencies].map((a) => a.id));
  const assignees = await listAssignees(db, [...pickFrom]);
  const editRefusal = rows.find((r) => !r.rights.edit)?.rights.refusal ?? null;

  return (
    <Card aria-labelledby="actions-h">
      <CardTitle id="actions-h">{t("detail.actions")}</CardTitle>
      {editRefusal ? <p className="mb-3 text-xs text-muted-foreground">{editRefusal}</p> : null}
      <ActionList
        code={code}
        items={rows}
        addAgencies={addAgencies}
        reassignAgencies={reassignAgencies}
        assignees={assignees.map((u) => ({ id: u.id, name: u.name, agencyId: u.agencyId! }))}
        addRefusal={addRefusal && !addRefusal.allowed ? say(addRefusal.reason) : null}
      />
    </Card>
  );
}
