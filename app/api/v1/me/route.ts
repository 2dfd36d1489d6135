import { apiRoute } from "@/lib/api/handler";
import { getOwnProfile } from "@/db/queries/users";
import { setOwnPreferences } from "@/db/mutations/preferences";
import { notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/server-message";
import { preferencesInput } from "@/lib/validation/preferences";

export const dynamic = "force-dynamic";

async function profile(db: Parameters<typeof getOwnProfile>[0], userId: string) {
  const me = await getOwnProfile(db, userId);
  if (!me) throw notFound(msg("errors.accountGone"));
  const { agencyKey, ...account } = me;
  return { data: { ...account, agency: agencyKey } };
}

/** GET /api/v1/me: the caller's account, with the interface language they chose (null: the browser's). */
export const GET = apiRoute(async ({ db, actor }) => profile(db, actor.id));

/** PATCH /api/v1/me { locale }: the caller's preferences. */
export const PATCH = apiRoute({ body: preferencesInput }, async ({ db, actor, body }) => {
  await setOwnPreferences(db, actor, body);
  return profile(db, actor.id);
});
