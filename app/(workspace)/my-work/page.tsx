import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { listCurrentAgencies } from "@/db/queries/agencies";
import { listAssignees } from "@/db/queries/actions";
import { myWorkGroups, type MyWorkItem } from "@/db/queries/my-work";
import { requireUser } from "@/lib/auth/session";
import { toAppError } from "@/lib/errors";
import { localized, localizedString } from "@/lib/i18n/localized";
import { loadMyWork, type MyWork } from "@/lib/my-work/load";
import { actionEditRights, actorOf, can } from "@/lib/permissions";
import { myWorkQuery, myWorkQueryInput, type MyWorkQuery } from "@/lib/validation/my-work";
import { linkProblems, zodFieldMessages } from "@/lib/validation/search-params";
import { getSay } from "@/lib/i18n/say";
import { LiveRefresh } from "@/components/live/live-refresh";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { AgencyOption } from "@/components/recommendations/actions/types";
import type { MyWorkRowItem } from "@/components/my-work/my-work-row";
import { AttentionList, MyWorkGroupSection, type AttentionEntry } from "@/components/my-work/my-work-sections";
import { ReportingRequests } from "@/components/rounds/reporting-requests";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("myWork"))("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

/** The page's URL with some of its query changed (undefined drops a key). */
function hrefWith(query: MyWorkQuery, change: Partial<Record<keyof MyWorkQuery, string | undefined>>) {
  const next = { ...query, ...change };
  const params = new URLSearchParams(
    Object.entries(next).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""),
  );
  const s = params.toString();
  return s ? `/my-work?${s}` : "/my-work";
}

/**
 * My work: the signed-in person's and their agency's actions by urgency, changed in place; for
 * coordinators and administrators any agency's (picked in the URL, `?agency=hk-itib`) and what
 * needs attention across agencies. It re-renders when any change commits (LiveRefresh).
 */
export default async function MyWorkPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const raw = myWorkQueryInput(await searchParams);
  const user = await requireUser(`/my-work?${new URLSearchParams(raw).toString()}`);
  const actor = actorOf(user);
  const db = await getDb();
  const [t, locale, format, say] = await Promise.all([getTranslations(), getLocale(), getFormatter(), getSay()]);

  // A hand-edited link with a bad value shows the page without that part, and says so.
  let parsed = myWorkQuery.safeParse(raw);
  let problems: string[] = [];
  if (!parsed.success) {
    const fields = zodFieldMessages(parsed.error);
    problems = linkProblems(fields).map(say);
    parsed = myWorkQuery.safeParse(Object.fromEntries(Object.entries(raw).filter(([key]) => !(key in fields))));
  }
  const query: MyWorkQuery = parsed.success ? parsed.data : {};
  const manager = can(actor, { action: "mywork.read", agencyId: null });
  const heading = <h1 className="text-2xl font-semibold">{t("myWork.title")}</h1>;

  let work: MyWork;
  try {
    work = await loadMyWork(db, actor, query);
  } catch (caught) {
    const err = toAppError(caught);
    if (!err || (err.status !== 403 && err.status !== 400)) throw caught;
    const ownQueue = can(actor, { action: "mywork.read", agencyId: actor.agencyId });
    return (
      <div className="space-y-4">
        {heading}
        <EmptyState
          role="alert"
          {...(err.status === 403 ? { "data-access-denied": "" } : {})}
          title={say(err.descriptor)}
          hint={err.status === 403 ? t("myWork.deniedHint") : undefined}
        >
          <div className="mt-4 flex flex-wrap justify-center gap-2">
            {ownQueue || manager ? (
              <Button asChild size="sm" variant="outline">
                <Link href="/my-work">{t("myWork.backToOwn")}</Link>
              </Button>
            ) : null}
            <Button asChild size="sm" variant="outline">
              <Link href="/recommendations">{t("myWork.toRecommendations")}</Link>
            </Button>
          </div>
        </EmptyState>
      </div>
    );
  }

  const agencyRows = manager ? await listCurrentAgencies(db) : [];
  const option = (a: (typeof agencyRows)[number]): AgencyOption => ({
    id: a.id,
    key: a.key,
    abbreviation: a.abbreviation,
    name: localizedString({ en: a.nameEn, zhHans: a.nameZhHans, zhHant: a.nameZhHant }, locale),
    side: a.side,
  });
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const rowOf = (a: MyWorkItem): MyWorkRowItem => ({
    id: a.id,
    title: a.title,
    description: a.description,
    titles: a.titles,
    descriptions: a.descriptions,
    agency: a.agency,
    assignee: a.assignee,
    status: a.status,
    progress: a.progress,
    dueDate: a.dueDate,
    overdue: a.overdue,
    dueDateRevisions: a.dueDateRevisions,
    completionNote: a.completionNote,
    cancellationReason: a.cancellationReason,
    version: a.version,
    rights: actionEditRights(
      actor,
      {
        agencyId: a.agency.id,
        recommendation: { ownerAgencyIds: a.recommendation.ownerAgencyIds, archived: false },
      },
      say,
    ),
    dueLabel: a.dueDate ? day(a.dueDate) : null,
    recommendation: { code: a.recommendation.code, title: localized(a.recommendation.title, locale) },
    daysOverdue: a.daysOverdue,
    assignedToYou: a.assignee?.id === user.id,
  });
  const groups = work.groups ? myWorkGroups.map((g) => ({ group: g, items: work.groups![g].map(rowOf) })) : null;
  // Coordinators may reassign from the same form: every agency and its people are offered.
  const reassign = groups?.some((g) => g.items.some((i) => i.rights.reassign)) ?? false;
  const reassignAgencies = reassign ? agencyRows.map(option) : [];
  const assignees = reassign
    ? (
        await listAssignees(
          db,
          reassignAgencies.map((a) => a.id),
        )
      ).map((u) => ({ ...u, agencyId: u.agencyId! }))
    : [];
  const agencyName = work.agency
    ? localizedString(
        { en: work.agency.nameEn, zhHans: work.agency.nameZhHans, zhHant: work.agency.nameZhHant },
        locale,
      )
    : null;
  // "Only mine" means something to a member of the agency shown.
  const ownAgency = work.agency !== null && work.agency.id === actor.agencyId;

  const attention = work.needsAttention;
  const actionEntry = (a: MyWorkItem): AttentionEntry => ({
    key: a.id,
    code: a.recommendation.code,
    title: localized(a.titles, locale),
    serves: localized(a.recommendation.title, locale),
    agency: { abbreviation: a.agency.abbreviation, side: a.agency.side },
    detail: a.dueDate ? t("actionList.due", { date: day(a.dueDate) }) : null,
    late: a.daysOverdue !== null ? t("myWork.overdueBy", { days: a.daysOverdue }) : null,
  });
  const capped = (list: "unassigned" | "overdue" | "unplanned", count: number, shown: number) => ({
    showAllHref: query.show !== list && count > shown ? hrefWith(query, { show: list }) : null,
    showFewerHref: query.show === list ? hrefWith(query, { show: undefined }) : null,
  });

  return (
    <div className="space-y-4">
      <LiveRefresh renderedAt={new Date().toISOString()} />
      <div className="space-y-1">
        {heading}
        <p className="text-sm text-muted-foreground">
          {agencyName
            ? t(ownAgency ? "myWork.ofOwnAgency" : "myWork.ofAgency", { agency: agencyName })
            : t("myWork.pickAgencyHint")}
        </p>
      </div>
      {problems.length ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm dark:bg-amber-950">
          {t("myWork.invalidLink", { problems: problems.join("; ") })}
        </p>
      ) : null}

      <div className="flex flex-wrap items-end gap-3">
        {manager ? (
          <form method="get" action="/my-work" className="flex flex-wrap items-end gap-2">
            <div className="space-y-1">
              <label htmlFor="my-work-agency" className="block text-sm font-medium">
                {t("myWork.agency")}
              </label>
              <select
                id="my-work-agency"
                name="agency"
                defaultValue={work.agency?.key ?? ""}
                className="h-9 max-w-[80vw] rounded-md border bg-background px-2 text-sm"
              >
                <option value="">{t("myWork.noAgency")}</option>
                {(["shenzhen", "hong_kong"] as const).map((side) => (
                  <optgroup key={side} label={t(`sides.${side}`)}>
                    {agencyRows
                      .filter((a) => a.side === side)
                      .map((a) => (
                        <option key={a.key} value={a.key}>
                          {`${a.abbreviation} · ${option(a).name}`}
                        </option>
                      ))}
                  </optgroup>
                ))}
              </select>
            </div>
            {query.show ? <input type="hidden" name="show" value={query.show} /> : null}
            <Button type="submit" size="sm" variant="outline">
              {t("myWork.showAgency")}
            </Button>
          </form>
        ) : null}
        {ownAgency ? (
          <nav aria-label={t("myWork.filter")} className="inline-flex rounded-md border p-0.5 text-sm">
            {(["agency", "mine"] as const).map((scope) => (
              <Link
                key={scope}
                href={hrefWith(query, { scope: scope === "agency" ? undefined : scope })}
                aria-current={work.scope === scope ? "page" : undefined}
                className={
                  work.scope === scope
                    ? "rounded bg-primary px-3 py-1 font-medium text-primary-foreground"
                    : "rounded px-3 py-1 text-muted-foreground hover:text-foreground"
                }
              >
                {t(`myWork.scope.${scope}`)}
              </Link>
            ))}
          </nav>
        ) : null}
      </div>

      {attention ? (
        <Card aria-labelledby="attention-h">
          <h2 id="attention-h" className="mb-3 text-base font-semibold">
            {t("myWork.attention.title")}
          </h2>
          <div className="grid gap-5 md:grid-cols-3">
            <AttentionList
              list="unassigned"
              count={attention.unassigned.count}
              entries={attention.unassigned.items.map(actionEntry)}
              {...capped("unassigned", attention.unassigned.count, attention.unassigned.items.length)}
            />
            <AttentionList
              list="overdue"
              count={attention.overdue.count}
              entries={attention.overdue.items.map(actionEntry)}
              {...capped("overdue", attention.overdue.count, attention.overdue.items.length)}
            />
            <AttentionList
              list="unplanned"
              count={attention.unplanned.count}
              entries={attention.unplanned.items.map((r) => ({
                key: r.code,
                code: r.code,
                title: localized(r.title, locale),
                serves: null,
                agency: null,
                detail: t(`status.${r.status}`),
                late: null,
              }))}
              {...capped("unplanned", attention.unplanned.count, attention.unplanned.items.length)}
            />
          </div>
        </Card>
      ) : null}

      {work.requests?.length ? (
        <Card aria-labelledby="reporting-h">
          <h2 id="reporting-h" className="mb-1 text-base font-semibold">
            {t("rounds.myWork.title", { count: work.requests.length })}
          </h2>
          <ReportingRequests requests={work.requests} actor={actor} />
        </Card>
      ) : null}

      {groups ? (
        groups.map((g) => (
          <MyWorkGroupSection
            key={g.group}
            group={g.group}
            items={g.items}
            showAgency={!ownAgency}
            reassignAgencies={reassignAgencies}
            assignees={assignees}
          />
        ))
      ) : (
        <EmptyState title={t("myWork.noAgencyChosen")} hint={t("myWork.noAgencyChosenHint")} />
      )}
    </div>
  );
}
