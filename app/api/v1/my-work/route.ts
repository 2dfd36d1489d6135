import { apiRoute } from "@/lib/api/handler";
import { myWorkGroups, type MyWorkItem } from "@/db/queries/my-work";
import { badRequest } from "@/lib/errors";
import { loadMyWork } from "@/lib/my-work/load";
import { myWorkQuery, myWorkQueryInput } from "@/lib/validation/my-work";
import { zodFieldMessages } from "@/lib/validation/search-params";

export const dynamic = "force-dynamic";

/** An action as My work lists it: with its recommendation and whether it is the caller's. */
function itemJson(a: MyWorkItem, callerId: string) {
  return {
    id: a.id,
    title: a.title,
    titles: a.titles,
    descriptions: a.descriptions,
    status: a.status,
    progress: a.progress,
    dueDate: a.dueDate,
    daysOverdue: a.daysOverdue,
    completedAt: a.completedAt,
    completionNote: a.completionNote,
    agency: a.agency.key,
    assignee: a.assignee,
    assignedToYou: a.assignee?.id === callerId,
    recommendation: { code: a.recommendation.code, title: a.recommendation.title },
    version: a.version,
  };
}

/**
 * GET /api/v1/my-work?agency=&scope=agency|mine&show=: the caller's agency's actions in the My work
 * groups (members: their own agency only; coordinators and administrators: any, and needsAttention).
 */
export const GET = apiRoute(async ({ req, db, actor }) => {
  const parsed = myWorkQuery.safeParse(myWorkQueryInput(req.nextUrl.searchParams));
  if (!parsed.success) throw badRequest("errors.invalidQuery", zodFieldMessages(parsed.error));
  const work = await loadMyWork(db, actor, parsed.data);
  const attention = work.needsAttention;
  return {
    data: {
      today: work.today,
      agency: work.agency
        ? {
            key: work.agency.key,
            abbreviation: work.agency.abbreviation,
            name: { en: work.agency.nameEn, zhHans: work.agency.nameZhHans, zhHant: work.agency.nameZhHant },
            side: work.agency.side,
          }
        : null,
      scope: work.scope,
      groups: work.groups
        ? Object.fromEntries(myWorkGroups.map((g) => [g, work.groups![g].map((a) => itemJson(a, actor.id))]))
        : null,
      needsAttention: attention
        ? {
            unassigned: {
              count: attention.unassigned.count,
              items: attention.unassigned.items.map((a) => itemJson(a, actor.id)),
            },
            overdue: {
              count: attention.overdue.count,
              items: attention.overdue.items.map((a) => itemJson(a, actor.id)),
            },
            unplanned: attention.unplanned,
          }
        : null,
    },
  };
});
