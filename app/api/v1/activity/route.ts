import { apiLocale, apiRoute } from "@/lib/api/handler";
import { listActivityFeed } from "@/db/queries/activity-feed";
import { requireAllowed } from "@/db/mutations/facts";
import { presentActivityEntry } from "@/components/activity/present";
import { badRequest } from "@/lib/errors";
import { activityQuery, activityQueryInput } from "@/lib/validation/activity";
import { zodFieldMessages } from "@/lib/validation/search-params";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/activity?person=&agency=&kind=&item=&from=&to=&before=&limit=: the workspace's
 * changes the caller may read, newest first, a page at a time (nextBefore is the next page's
 * cursor). Reading through the API does not move the page's "since my last visit" marker.
 */
export const GET = apiRoute(async ({ req, db, actor }) => {
  requireAllowed(actor, { action: "activity.read" });
  const parsed = activityQuery.safeParse(activityQueryInput(req.nextUrl.searchParams));
  if (!parsed.success) throw badRequest("errors.invalidQuery", zodFieldMessages(parsed.error));
  const locale = apiLocale(req.headers.get("accept-language"), actor.locale);
  const page = await listActivityFeed(db, actor, parsed.data);
  return { data: page.entries.map((e) => presentActivityEntry(e, locale)), nextBefore: page.nextBefore };
});
